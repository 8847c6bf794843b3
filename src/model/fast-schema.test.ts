import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { generateTopology } from "./examples/generate.ts";
import { compiledTopology } from "./fast-schema.ts";
import { topology } from "./schema.ts";
import { BIG_DOCUMENT_RESOURCES, parseBigDocumentsWith, topologyFromSchema } from "./schema-diagnostics.ts";
import { validTopology } from "./testing/arbitrary.ts";

/** Values with their key order and undefined members written out (JSON.stringify drops both). */
function exact(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(exact).join(",")}]`;
  const proto = Object.getPrototypeOf(value) === null ? "null-proto" : "";
  return `${proto}{${Reflect.ownKeys(value)
    .map((k) => `${String(k)}:${exact((value as Record<PropertyKey, unknown>)[k])}`)
    .join(",")}}`;
}

/** What hostile or careless input puts into a value. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1.5,
    2 ** 53,
    -1,
    65_536,
    "",
    "x".repeat(1_100),
    "10.0.0.1/16",
    "10.0.0.0/40",
    "0.0.0.0/0",
    "local",
    "ami-0123",
    "/dev/xvda",
    "/dev/Sdf",
    true,
    false,
    null,
    [],
    {},
  ),
);

/** A valid document with values replaced, keys added or removed anywhere in it. */
const mutatedTopology = fc
  .tuple(
    validTopology(),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom("set", "add", "delete", "external"),
        fc.constantFrom("id", "typo", "__proto__", "external", "tags"),
        junk,
      ),
      { maxLength: 5 },
    ),
  )
  .map(([doc, edits]) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
    const nodes: Record<string, unknown>[] = [];
    const walk = (value: unknown) => {
      if (typeof value !== "object" || value === null) return;
      nodes.push(value as Record<string, unknown>);
      for (const item of Object.values(value)) walk(item);
    };
    walk(copy);
    for (const [n, edit, key, value] of edits) {
      const node = nodes[n % nodes.length] as Record<string, unknown>;
      const keys = Object.keys(node);
      const existing = keys[n % Math.max(1, keys.length)] ?? key;
      if (edit === "set") node[existing] = value;
      else if (edit === "delete") delete node[existing];
      else if (edit === "external") node.external = n % 2 === 0;
      // A "__proto__" key as JSON.parse makes it: an own property, not the prototype.
      else Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });

/** Both parsers' answers on `data`, for comparison. */
function both(data: unknown): [string, string] {
  const answer = (result: ReturnType<typeof topology.safeParse>) =>
    result.success ? `ok ${exact(result.data)}` : `issues ${exact(result.error.issues)}`;
  return [answer(topology.safeParse(data)), answer(compiledTopology().safeParse(data))];
}

describe("zod's generated parser of the topology schema", () => {
  it("gives valid documents exactly the schema's output (values, key order)", () => {
    fc.assert(
      fc.property(validTopology(), (doc) => {
        const [runtime, compiled] = both(JSON.parse(JSON.stringify(doc)));
        expect(compiled).toBe(runtime);
        expect(runtime.startsWith("ok")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("gives broken and hostile documents exactly the schema's answer: the same output or the same issues", () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedTopology, (data) => {
        const [runtime, compiled] = both(data);
        expect(compiled).toBe(runtime);
        if (runtime.startsWith("issues")) refused++;
      }),
      { numRuns: 300 },
    );
    // The mutations do reach the refusing side (the property is not only about valid documents).
    expect(refused).toBeGreaterThan(50);
  });

  it("leaves the input alone and shares nothing with it", () => {
    const data = JSON.parse(JSON.stringify(generateTopology(30, 2)));
    const before = exact(data);
    const parsed = compiledTopology().parse(data);
    expect(exact(data)).toBe(before);
    expect(parsed).not.toBe(data);
    expect(parsed.instances[0]).not.toBe(data.instances[0]);
  });
});

describe("topologyFromSchema on big documents", () => {
  afterEach(() => parseBigDocumentsWith(undefined));

  it("uses the parser set for big documents only from BIG_DOCUMENT_RESOURCES resources on", () => {
    const asked: number[] = [];
    parseBigDocumentsWith((data) => {
      asked.push(
        Object.values(data as object)
          .filter(Array.isArray)
          .flat().length,
      );
      return compiledTopology().safeParse(data);
    });
    const small = generateTopology(100, 1);
    expect(topologyFromSchema(small)).toEqual(topology.parse(small));
    expect(asked).toEqual([]);
    const big = generateTopology(BIG_DOCUMENT_RESOURCES / 2, 1);
    const count = Object.values(big).filter(Array.isArray).flat().length;
    expect(count).toBeGreaterThanOrEqual(BIG_DOCUMENT_RESOURCES);
    expect(exact(topologyFromSchema(big))).toBe(exact(topology.parse(big)));
    expect(asked).toEqual([count]);
  });
});
