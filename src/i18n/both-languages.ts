// Both UI languages at once, for what can't wait for a fetch: the CLI, the workers (they answer in
// the language a request names) and the unit tests. Imported for its effect; the page loads Korean
// only when its UI is Korean (strings.ts loadLanguage, issue #14).

import { provideKorean } from "./strings.ts";
import { ko } from "./strings-ko.ts";

provideKorean(ko);
