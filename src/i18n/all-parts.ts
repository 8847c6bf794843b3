// Every part of both UI languages, handed to the catalog by what can't wait for a fetch: the CLI and
// the workers (both-languages.ts) and the unit tests (test-setup.ts). It imports only the tables, so a
// test's mock of strings.ts can call it.
import type { provideStrings } from "./strings.ts";
import { EN_FIRST } from "./strings-en.ts";
import { EN_CLI } from "./strings-en-cli.ts";
import { EN_LATER } from "./strings-en-later.ts";
import { KO_FIRST } from "./strings-ko.ts";
import { KO_CLI } from "./strings-ko-cli.ts";
import { KO_LATER } from "./strings-ko-later.ts";

export function provideAllParts(provide: typeof provideStrings): void {
  provide("en", "first", EN_FIRST);
  provide("en", "later", EN_LATER);
  provide("en", "cli", EN_CLI);
  provide("ko", "first", KO_FIRST);
  provide("ko", "later", KO_LATER);
  provide("ko", "cli", KO_CLI);
}
