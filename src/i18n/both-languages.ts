// Both UI languages, every part at once, for what can't wait for a fetch: the CLI and the workers
// (they answer in the language a request names). Imported for its effect; the page loads a language's
// parts when its UI needs them (load-language.ts, issue #14).
import { provideAllParts } from "./all-parts.ts";
import { provideStrings } from "./strings.ts";

provideAllParts(provideStrings);
