// Documents shared by the command tests.
import seedJson from "../../../examples/seed-article.json";
import { type Topology, topology } from "../schema.ts";
import type { CommandResult } from "./types.ts";

export function seed(): Topology {
  return topology.parse(seedJson);
}

/** Unwraps a successful result, failing the test with the refusal otherwise. */
export function ok(result: CommandResult): { doc: Topology; selection?: string } {
  if (!result.ok) throw new Error(`expected success, got refusal ${JSON.stringify(result.reason)}`);
  return result;
}

export function refusalCode(result: CommandResult): string | undefined {
  return result.ok ? undefined : result.reason.code;
}
