import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { seed } from "../model/testing/commands.ts";
import { editCommand, PropertiesForm } from "./PropertiesForm.tsx";

const noop = () => {};

function render(selectedId: string | null, lang: "en" | "ko" = "en", instanceTypes?: string[]) {
  return renderToStaticMarkup(
    <PropertiesForm
      doc={seed()}
      selectedId={selectedId}
      lang={lang}
      onCommit={noop}
      instanceTypes={instanceTypes}
    />,
  );
}

describe("PropertiesForm", () => {
  it("renders nothing without a selection, and a note for boxes that aren't resources", () => {
    expect(render(null)).toBe("");
    // A box drawn from other resources says there is nothing to edit, instead of an empty tab.
    expect(render("@az/vpc-main/ap-northeast-2a")).toContain("Nothing to edit here");
    expect(render("@internet", "ko")).toContain("편집할 것이 없습니다");
  });

  it("shows the instance's fields with labels, values and described messages", () => {
    const html = render("i-web-1", "en", ["t3.micro", "t3.small"]);
    for (const label of [
      "Name",
      "Subnet",
      "Instance type",
      "AMI ID",
      "Public IPv4 address",
      "Security groups",
      "Tags",
    ]) {
      expect(html).toContain(`>${label}<`);
    }
    expect(html).toContain('value="t3.micro"');
    expect(html).toContain('value="ami-0c9c942bd7bf113a2"');
    expect(html).toMatch(/<datalist id="[^"]+"><option value="t3.micro"><\/option><option value="t3.small">/);
    const described = [...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1] as string);
    expect(described.length).toBeGreaterThan(4);
    for (const id of described) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('value="Project"');
  });

  it("shows security group rules and Korean labels", () => {
    const html = render("sg-web", "ko");
    expect(html).toContain("인바운드 규칙");
    expect(html).toContain('value="80"');
    expect(html).toContain("모든 아웃바운드 트래픽");
  });

  it("turns an edit into the update command", () => {
    const result = editCommand({ kind: "vpc", id: "vpc-main", patch: { name: "prod" } })(seed());
    expect(result.ok && result.doc.vpcs[0]?.name).toBe("prod");
  });
});
