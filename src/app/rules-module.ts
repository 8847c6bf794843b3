// What the app needs to check a document, as one chunk loaded right after the first picture (the
// instance-type catalog, the rules and their messages are not needed to draw the boxes).
export {
  checkRulesIncremental,
  checkRulesIncrementalSliced,
  createRuleCache,
  primeRuleCache,
  recordRulesSliced,
} from "../model/rules/incremental.ts";
export { checkRules, messageIn } from "../model/validate.ts";
