// Format-2 rules on public addresses (Amazon VPC User Guide, "NAT gateways" and "Elastic IP
// addresses"): a public NAT gateway reaches the internet only with an Elastic IP and from a public
// subnet; an Elastic IP address is associated with one thing at a time.

import { jsonPath } from "../diagnostics.ts";
import { displayName } from "../kind-labels.ts";
import { isSubnetPublic, subnetRoutesUnknown } from "../routing.ts";
import { definedEntries } from "../schema.ts";
import { about, type Finding, finding, type RuleContext } from "./types.ts";

/** A public NAT gateway without an Elastic IP, or in a subnet that is not public: AWS creates it, but it can't reach the internet. */
export function natGatewaysWithoutInternet({ doc, index }: RuleContext): Finding[] {
  const out: Finding[] = [];
  // An external Elastic IP may still say what it is associated with.
  const withEip = new Set(doc.elasticIps.map((e) => e.natGateway).filter((n) => n !== undefined));
  for (const [i, nat] of definedEntries(doc.natGateways)) {
    if ((nat.connectivity ?? "public") !== "public") continue;
    if (!withEip.has(nat.id)) {
      out.push(
        finding({
          messageId: "nat-gateway-no-internet.eip",
          path: jsonPath(["natGateways", i]),
          resource: nat.id,
          params: { who: displayName(nat) },
        }),
      );
    }
    const subnet = index.subnets.get(nat.subnet);
    // Unknown or external subnet, or one whose routes are outside the document: facts missing.
    if (!subnet || isSubnetPublic(index, subnet) || subnetRoutesUnknown(index, subnet)) continue;
    out.push(
      about(
        finding({
          messageId: "nat-gateway-no-internet.subnet",
          path: jsonPath(["natGateways", i, "subnet"]),
          resource: nat.id,
          params: { who: displayName(nat), subnet: displayName(subnet) },
        }),
        subnet.id,
      ),
    );
  }
  return out;
}

/** One Elastic IP address written as two allocations: associated twice (or both listed and used). */
export function elasticIpAssociations({ doc }: RuleContext): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, { who: string; id: string; target: string }>();
  for (const [i, eip] of definedEntries(doc.elasticIps)) {
    if (eip.publicIp === undefined) continue;
    const target = eip.instance ?? eip.natGateway ?? "";
    const earlier = first.get(eip.publicIp);
    if (earlier === undefined) {
      first.set(eip.publicIp, { who: displayName(eip), id: eip.id, target });
      continue;
    }
    out.push(
      about(
        finding({
          messageId: "eip-association-multiple",
          path: jsonPath(["elasticIps", i, "publicIp"]),
          resource: eip.id,
          params: {
            who: displayName(eip),
            address: eip.publicIp,
            first: earlier.who,
            target,
            firstTarget: earlier.target,
          },
        }),
        earlier.id,
      ),
    );
  }
  return out;
}
