// Unit tests have both UI languages, as the CLI does (the page loads a language when its UI needs it).
// Given when a test first imports the catalog, so a test's own mocks of what it imports apply.
import { vi } from "vitest";

vi.mock("./strings.ts", async (importOriginal) => {
  const strings = await importOriginal<typeof import("./strings.ts")>();
  const [{ EN_REST }, { ko }] = await Promise.all([import("./strings-en.ts"), import("./strings-ko.ts")]);
  strings.provideStrings("en", EN_REST);
  strings.provideStrings("ko", ko);
  return strings;
});
