import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Palette } from "./Palette.tsx";

const NAMES = [
  "Region",
  "Availability Zone",
  "VPC",
  "Internet gateway",
  "Public subnet",
  "Private subnet",
  "Security group",
  "EC2 instance",
  "EBS volume",
  "NAT gateway",
  "Route table",
  "Network ACL",
  "Elastic IP",
];

describe("Palette", () => {
  for (const lang of ["en", "ko"] as const) {
    it(`names its region and every draggable item exactly (${lang})`, () => {
      const html = renderToStaticMarkup(<Palette lang={lang} onActivate={() => {}} />);
      expect(html).toContain('<aside class="palette" aria-label="Components">');
      const labels = [...html.matchAll(/<button[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
      expect(labels).toEqual(NAMES);
      expect(html.match(/draggable="true"/g)).toHaveLength(NAMES.length);
    });
  }

  it("shows Korean labels in Korean", () => {
    const html = renderToStaticMarkup(<Palette lang="ko" onActivate={() => {}} />);
    expect(html).toContain("퍼블릭 서브넷");
    expect(html).toContain("구성 요소");
  });
});
