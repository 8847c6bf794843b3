// Server-side rendering is enough to check the panel's structure without a DOM library.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import seed from "../../examples/seed-article.json";
import { describeResource } from "../explain/describe.ts";
import type { Lang } from "../model/diagnostics.ts";
import { generateTopology } from "../model/examples/generate.ts";
import { type Topology, topology } from "../model/schema.ts";
import { indexTopology } from "../model/topology-index.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";

function render(doc: Topology, id: string, lang: Lang): string {
  const view = describeResource(doc, indexTopology(doc), id, lang);
  if (!view) throw new Error(`no view for ${id}`);
  return renderToStaticMarkup(
    <DetailsPanel view={view} lang={lang} onSelect={() => {}} onClose={() => {}} />,
  );
}

const firstHeading = (html: string) => /<h[1-6][^>]*>(.*?)<\/h[1-6]>/.exec(html)?.[1];

describe("DetailsPanel", () => {
  it("is a complementary region named Details in every language, headed by the kind label", () => {
    const doc = topology.parse(seed);
    const en = render(doc, "i-web-1", "en");
    const ko = render(doc, "i-web-1", "ko");
    for (const html of [en, ko])
      expect(html).toMatch(/^<aside role="complementary"[^>]*aria-label="Details"/);
    expect(firstHeading(en)).toBe("EC2 instance");
    expect(firstHeading(ko)).toBe("EC2 인스턴스");
    expect(ko).toContain("세부 정보");
    expect(en).toContain(">Close</button>");
    expect(ko).toContain(">닫기</button>");
  });

  it("opens AWS documentation in a new tab without a referrer", () => {
    const html = render(topology.parse(seed), "vpc-main", "en");
    // In-page jumps to other nodes are links too (href="#node=…"); the rest go to AWS's docs.
    const links = [...html.matchAll(/<a [^>]*>/g)]
      .map((m) => m[0])
      .filter((a) => !a.includes('href="#node='));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toContain('target="_blank"');
      expect(link).toContain('rel="noreferrer"');
      expect(link).toMatch(/href="https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it("states the verdict and every step in words, not only colour", () => {
    const doc = topology.parse(seed);
    const gateway = doc.internetGateways[0];
    if (gateway) gateway.vpc = null;
    const [inbound = "", outbound = ""] = render(doc, "i-web-1", "en").split(
      "Can this instance reach the internet?",
    );
    expect(inbound).toContain("Not reachable from the internet");
    // The gateway is gone and the route now leads nowhere; the instance still runs with its address.
    const common = inbound.split("Ports its security groups open")[0] ?? "";
    expect(common.match(/Not met:/g)).toHaveLength(2);
    expect(common.match(/<\/span> Met:/g)).toHaveLength(2);
    // The way out breaks at the same place: the route leads to a gateway no longer attached.
    expect(outbound).toContain("Cannot reach the internet");
    expect(outbound.match(/Not met:/g)).toHaveLength(1);
    expect(outbound).toContain("which is not attached to this VPC");
  });

  it("marks an answer the document can't give with '?', not '✗'", () => {
    const doc = topology.parse({
      ...seed,
      vpcs: [{ id: "vpc-main", external: true }],
      internetGateways: [],
      routeTables: [],
    });
    const [inbound = ""] = render(doc, "i-web-1", "en").split("Can this instance reach the internet?");
    expect(inbound).toContain("? </span><strong>Unknown: what decides it is outside this document");
    // So are the steps that lack the facts: the VPC's gateway and its main table.
    expect(inbound.match(/<span aria-hidden="true">\?<\/span> Unknown:/g)).toHaveLength(2);
    expect(inbound).toContain("details-step--unknown");
  });

  it("renders related resources as in-page links and the current crumb as plain text", () => {
    const html = render(topology.parse(seed), "i-web-1", "en");
    expect(html).toContain('<a href="#node=sg-web" class="details-link">Security group web</a>');
    expect(html).toContain('<span aria-current="location">EC2 instance web-1</span>');
  });

  it("says the Internet's name once: its kind is its name", () => {
    for (const lang of ["en", "ko"] as const) {
      const html = render(topology.parse(seed), "@internet", lang);
      expect(html).not.toContain("details-panel__name");
      expect(render(topology.parse(seed), "i-web-1", lang)).toContain(
        '<p class="details-panel__name">web-1</p>',
      );
    }
  });

  it("offers no tags for a Region (AWS can't tag one), unless its file tags it anyway", () => {
    const doc = topology.parse(seed);
    expect(render(doc, "ap-northeast-2", "en")).not.toContain(">Tags</h4>");
    expect(render(doc, "vpc-main", "en")).toContain(">Tags</h4>");
    const region = doc.regions[0];
    if (region) region.tags = { Team: "ops" };
    expect(render(doc, "ap-northeast-2", "en")).toContain(">Tags</h4>");
  });

  it("asks for the other instance in a combobox named 'Other instance', its list unrendered until opened", () => {
    const doc = generateTopology(1000);
    const [first, second] = [...indexTopology(doc).instances.values()];
    if (!first || !second) throw new Error("no instances");
    const html = render(doc, first.id, "en");
    const field = /<label for="([^"]+)">Other instance<\/label><div[^>]*><input id="([^"]+)"[^>]*>/.exec(
      html,
    );
    expect(field?.[1]).toBe(field?.[2]);
    expect(field?.[0]).toContain('role="combobox"');
    expect(field?.[0]).toContain('aria-expanded="false"');
    // The first other instance is chosen, shown by its name; none of the 999 is listed yet.
    expect(field?.[0]).toContain(`value="EC2 instance ${second.name}"`);
    expect(html).not.toContain('role="option"');
    // The only native options: TCP and UDP of the two Protocol fields.
    expect(html.match(/<option /g)).toHaveLength(4);
  });

  it("renders every node of the seed example without throwing", () => {
    const doc = topology.parse(seed);
    const ids = [...indexTopology(doc).kindById.keys()];
    for (const id of [...ids, "@internet", "@az/vpc-main/ap-northeast-2a"])
      for (const lang of ["en", "ko"] as const) expect(render(doc, id, lang)).toContain("<h2");
  });
});
