// Unit tests have every part of both UI languages, as the CLI does (the page loads a language's parts
// when its UI needs them). Given when a test first imports the catalog, so a test's own mocks of what
// it imports apply.
import { vi } from "vitest";

vi.mock("./strings.ts", async (importOriginal) => {
  const strings = await importOriginal<typeof import("./strings.ts")>();
  const { provideAllParts } = await import("./all-parts.ts");
  provideAllParts(strings.provideStrings);
  return strings;
});
