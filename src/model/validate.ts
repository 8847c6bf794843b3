// The one entry point for checking a topology from outside src/model: the schema and the AWS rules
// (their order lives in ./rules/validate.ts), and a diagnostic's message in the other language.
export { localizeDiagnostic, messageIn } from "./messages.ts";
export { checkRules, hasErrors, RULES, type ValidateOptions, validate } from "./rules/validate.ts";
