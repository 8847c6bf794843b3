import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateTopology } from "../model/examples/generate.ts";
import type { Topology } from "../model/schema.ts";
import { applyEdit, editArbitrary } from "../model/testing/edits.ts";
import { createDocDecoder, createDocEncoder } from "./doc-codec.ts";
import { topologyArbitrary } from "./testing/arbitrary.ts";

describe("documents sent to the layout worker", () => {
  it("arrive equal to the page's after any edits, each copied across the boundary", () => {
    fc.assert(
      fc.property(
        topologyArbitrary(),
        fc.array(fc.tuple(editArbitrary, fc.boolean()), { minLength: 1, maxLength: 10 }),
        (start, steps) => {
          const encode = createDocEncoder();
          const decode = createDocDecoder();
          let doc = start;
          let collapsed: readonly string[] = [];
          let received = decode<Topology>(structuredClone(encode(doc)));
          expect(received).toEqual(doc);
          for (const [edit, again] of steps) {
            const before = received;
            const page = doc;
            ({ doc, collapsed } = applyEdit(doc, collapsed, edit, []));
            received = decode<Topology>(structuredClone(encode(doc)));
            expect(received).toEqual(doc);
            expect(Object.keys(received)).toEqual(Object.keys(doc));
            // Sending the same document again sends no list at all, and changes nothing.
            if (again) {
              const sent = encode(doc);
              expect(Object.keys(sent.lists)).toEqual([]);
              const same = decode<Topology>(structuredClone(sent));
              for (const key of Object.keys(doc) as (keyof Topology)[]) expect(same[key]).toBe(received[key]);
              received = same;
            }
            // A list the edit left alone is the very list the worker had.
            for (const key of Object.keys(doc) as (keyof Topology)[])
              if (doc[key] === page[key]) expect(received[key]).toBe(before[key]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("arrive equal when a document goes as the JSON text it was read from, and after edits to it (#15 B9)", () => {
    fc.assert(
      fc.property(
        topologyArbitrary(),
        fc.array(fc.tuple(editArbitrary, fc.boolean()), { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          const encode = createDocEncoder();
          const decode = createDocDecoder();
          let doc = start;
          let collapsed: readonly string[] = [];
          for (const [edit, opened] of steps) {
            ({ doc, collapsed } = applyEdit(doc, collapsed, edit, []));
            // `opened`: the document arrives as a file's would, a copy of its text, with that text.
            if (opened) doc = JSON.parse(JSON.stringify(doc)) as Topology;
            const sent = encode(doc, opened ? JSON.stringify(doc) : undefined);
            if (opened) expect(Object.keys(sent.lists)).toEqual([]);
            const received = decode<Topology>(structuredClone(sent));
            expect(received).toEqual(doc);
            expect(Object.keys(received)).toEqual(Object.keys(doc));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sends Undo back to an opened document as what changed, not as its text again", () => {
    const encode = createDocEncoder();
    const decode = createDocDecoder();
    const opened = generateTopology(300, 2);
    const first = decode<Topology>(structuredClone(encode(opened, JSON.stringify(opened))));
    const subnet = opened.subnets[0]?.id ?? "";
    const dropped = {
      ...opened,
      instances: [...opened.instances, { id: "i-new", subnet, instanceType: "t3.micro" }],
    };
    decode(structuredClone(encode(dropped)));
    const sent = encode(opened, JSON.stringify(opened));
    expect(sent.text).toBeUndefined();
    expect(sent.lists.instances?.every((item) => typeof item === "number")).toBe(true);
    const undone = decode<Topology>(structuredClone(sent));
    expect(undone).toEqual(opened);
    // The worker's own objects come back: its layout cache still knows them.
    expect(undone.subnets).toBe(first.subnets);
    expect(undone.instances[0]).toBe(first.instances[0]);
  });

  it("sends an undefined field as a value, never as the worker's own (which a text doesn't have)", () => {
    const encode = createDocEncoder();
    const decode = createDocDecoder();
    const doc = { ...generateTopology(3, 1), description: undefined };
    decode(structuredClone(encode(doc, JSON.stringify(doc))));
    const edited = { ...doc, name: "edited" };
    expect(decode<Topology>(structuredClone(encode(edited)))).toEqual(edited);
  });

  it("sends only the new item of a grown list and nothing of the untouched lists", () => {
    const encode = createDocEncoder();
    const doc = generateTopology(1000, 2);
    encode(doc);
    const subnet = doc.subnets[0]?.id ?? "";
    const grown = {
      ...doc,
      instances: [...doc.instances, { id: "i-new", subnet, instanceType: "t3.micro" }],
    };
    const sent = encode(grown);
    expect(Object.keys(sent.lists)).toEqual(["instances"]);
    // The 1,000 kept instances go as one run (from 0, 1,000 of them), not a number each.
    expect(sent.lists.instances).toEqual([0, doc.instances.length, grown.instances.at(-1)]);
    const deleted = { ...grown, instances: grown.instances.filter((_, i) => i !== 10) };
    expect(encode(deleted).lists.instances).toEqual([0, 10, 11, grown.instances.length - 11]);
    expect(sent.same).toEqual(Object.keys(doc).filter((k) => k !== "instances"));
  });

  it("refuses a request that refers to something it never received", () => {
    const decode = createDocDecoder();
    expect(() =>
      decode({ order: ["instances"], same: [], lists: { instances: [3, 1] }, values: {} }),
    ).toThrow(/missing item instances\[3\]/);
    expect(() => decode({ order: ["vpcs"], same: ["vpcs"], lists: {}, values: {} })).toThrow(
      /missing field vpcs/,
    );
  });
});
