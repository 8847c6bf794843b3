// Unit tests have both UI languages, as the CLI does (the page loads Korean when its UI is Korean).
// Given when a test first imports the catalog, so a test's own mocks of what it imports apply.
import { vi } from "vitest";

vi.mock("./strings.ts", async (importOriginal) => {
  const strings = await importOriginal<typeof import("./strings.ts")>();
  const { ko } = await import("./strings-ko.ts");
  strings.provideKorean(ko);
  return strings;
});
