// Writes schemas/topology.schema.json from the zod model, so editors can autocomplete and check
// topology files ("$schema": "../schemas/topology.schema.json"). Run with `npm run schema`;
// scripts/generate-schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { topology } from "../src/model/schema.ts";

export const SCHEMA_ID = "urn:ec2viz:schema:topology:2";
export const SCHEMA_PATH = fileURLToPath(new URL("../schemas/topology.schema.json", import.meta.url));

/** The JSON Schema text of the topology format (what a person writes: io "input", defaults optional). */
export function schemaText(): string {
  const generated = z.toJSONSchema(topology, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: "ec2viz topology (format version 2)",
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
