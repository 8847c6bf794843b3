// What the app needs to check a document, as one chunk loaded right after the first picture (the
// instance-type catalog, the rules and their messages are not needed to draw the boxes).
export { messageIn } from "../model/messages.ts";
export { checkRulesIncremental, createRuleCache } from "../model/rules/incremental.ts";
export { checkRules } from "../model/rules/validate.ts";
