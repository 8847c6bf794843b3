import { expect, test } from "@playwright/test";
import { diagramNode, openDiagram, openFile, toolbarButton } from "./fixtures/app.ts";

const twoInstances = JSON.stringify({
  version: 1,
  name: "Opened file",
  regions: [{ id: "us-east-1", availabilityZones: ["us-east-1a"] }],
  vpcs: [{ id: "vpc-a", region: "us-east-1", cidrBlock: "10.1.0.0/16" }],
  subnets: [
    { id: "sub-a", vpc: "vpc-a", availabilityZone: "us-east-1a", cidrBlock: "10.1.0.0/24", public: false },
  ],
  instances: [
    { id: "i-a", name: "alpha", subnet: "sub-a", instanceType: "t3.small" },
    { id: "i-b", name: "beta", subnet: "sub-a", instanceType: "t3.nano", publicIp: true },
  ],
});

test.describe("opening files", () => {
  test("a broken JSON file is refused with its line and column, and the diagram stays", async ({ page }) => {
    await openDiagram(page);
    await openFile(page, "broken.json", '{\n  "version": 1,\n  "regions": [\n}');
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("broken.json");
    await expect(alert).toContainText(/line 4/i);
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("a file that breaks AWS rules is refused with the rule, and the diagram stays", async ({ page }) => {
    await openDiagram(page);
    const bad = JSON.parse(twoInstances);
    bad.subnets[0].cidrBlock = "10.2.0.0/24"; // outside its VPC
    await openFile(page, "outside.json", JSON.stringify(bad));
    const refusal = page.getByRole("alert");
    await expect(refusal).toContainText("subnet-outside-vpc");
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
    // Only when asked: the same refusal a share link gets, then one undo step.
    await refusal.getByRole("button", { name: "Open anyway", exact: true }).click();
    await expect(diagramNode(page, "EC2 instance alpha")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "outside.json" })).toContainText(/1 error/);
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("a valid file with warnings opens, and undo goes back", async ({ page }) => {
    await openDiagram(page);
    await openFile(page, "two.json", twoInstances);
    await expect(diagramNode(page, "EC2 instance alpha")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance beta")).toBeVisible();
    // beta has a public IP in a private subnet: a warning, not a refusal.
    await expect(page.getByRole("status").filter({ hasText: "two.json" })).toContainText(/warning/);
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("YAML files open too", async ({ page }) => {
    await openDiagram(page);
    const yaml = [
      "version: 1",
      "regions:",
      "  - id: eu-west-1",
      "    availabilityZones: [eu-west-1a]",
      "vpcs:",
      "  - { id: vpc-y, region: eu-west-1, cidrBlock: 10.9.0.0/16 }",
    ].join("\n");
    await openFile(page, "topology.yaml", yaml);
    await expect(diagramNode(page, "VPC vpc-y")).toBeVisible();
  });

  // A file dragged from the desktop: Playwright can't drag from outside the page, so the browser's
  // own events are sent, with a real DataTransfer holding the file, where a person lets go.
  test("a file dropped on the diagram opens as with Open…, and undo goes back", async ({ page }) => {
    await openDiagram(page);
    const files = await page.evaluateHandle(
      ([name, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text as string], name as string, { type: "application/json" }));
        return transfer;
      },
      ["two.json", twoInstances],
    );
    const pane = page.locator(".react-flow__pane");
    for (const type of ["dragenter", "dragover", "drop"])
      await pane.dispatchEvent(type, { dataTransfer: files });
    await expect(diagramNode(page, "EC2 instance alpha")).toBeVisible();
    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });

  test("an AWS CLI example page whose output isn't valid JSON is refused with its line and column", async ({
    page,
  }) => {
    await openDiagram(page);
    const rst = [
      "Output::",
      "",
      "    {",
      '        "Volumes": [{ "VolumeId": "vol-1',
      '        " }]',
      "    }",
      "",
    ];
    await openFile(page, "describe-volumes.rst", rst.join("\n"));
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("describe-volumes.rst:4:");
    await expect(alert).toContainText("not valid JSON");
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });
});
