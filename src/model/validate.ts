// The public entry point for checking a topology; the rules and their order live in ./rules/.

export { localizeDiagnostic, messageIn } from "./messages.ts";
export {
  checkRules,
  hasErrors,
  RULES,
  toDiagnostic,
  type ValidateOptions,
  validate,
} from "./rules/validate.ts";
