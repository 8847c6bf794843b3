// Both UI languages at once, for what can't wait for a fetch: the CLI, the workers (they answer in
// the language a request names) and the unit tests. Imported for its effect; the page loads a
// language's table when its UI needs it (load-language.ts, issue #14).

import { provideStrings } from "./strings.ts";
import { EN_REST } from "./strings-en.ts";
import { ko } from "./strings-ko.ts";

provideStrings("en", EN_REST);
provideStrings("ko", ko);
