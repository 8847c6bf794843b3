// The seed document and result unwrappers shared by the command, store and form tests.
import seedJson from "../../../examples/seed-article.json";
import type { CommandResult } from "../commands/types.ts";
import { type Topology, topology } from "../schema.ts";

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
