import { expect, test } from "@playwright/test";
import { details, diagramNode, openDiagram, openFile, toolbarButton } from "./fixtures/app.ts";

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: A shop's network, written the way people write templates.
Parameters:
  VpcCidr:
    Type: String
    Default: 10.50.0.0/16
Resources:
  ShopVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref VpcCidr
      Tags:
        - Key: Name
          Value: shop-vpc
  Gateway:
    Type: AWS::EC2::InternetGateway
  Attachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: !Ref ShopVpc
      InternetGatewayId: !Ref Gateway
  PublicSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref ShopVpc
      CidrBlock: !Select [0, !Cidr [!GetAtt ShopVpc.CidrBlock, 4, 8]]
      AvailabilityZone: !Select [0, !GetAZs '']
  PublicTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref ShopVpc
  ToInternet:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref PublicTable
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref Gateway
  PublicAssociation:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      RouteTableId: !Ref PublicTable
      SubnetId: !Ref PublicSubnet
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      SubnetId: !Ref PublicSubnet
      Tags:
        - Key: Name
          Value: shop-web
  Reports:
    Type: AWS::S3::Bucket
`;

test.describe("importing real infrastructure", () => {
  test("a CloudFormation template opened with Open… shows its report, imports, and Undo brings the diagram back", async ({
    page,
  }) => {
    await openDiagram(page);
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();

    // Cancel first: nothing changes.
    await openFile(page, "shop.yaml", TEMPLATE);
    const report = page.getByRole("dialog", { name: "Import report" });
    await expect(report).toBeVisible();
    await report.getByRole("button", { name: "Cancel" }).click();
    await expect(report).toBeHidden();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();

    await openFile(page, "shop.yaml", TEMPLATE);
    await expect(report).toBeVisible();
    await expect(report).toContainText("Read as CloudFormation:");
    await expect(report).toContainText("1 VPC,");
    await expect(report.getByRole("region", { name: "Skipped (1)" })).toContainText("AWS::S3::Bucket");
    await expect(report).toContainText("Reports");
    await report.getByRole("button", { name: "Import" }).click();
    await expect(report).toBeHidden();

    await expect(diagramNode(page, "VPC shop-vpc")).toBeVisible({ timeout: 30_000 });
    await expect(diagramNode(page, "EC2 instance shop-web")).toBeVisible();
    await expect(diagramNode(page, "EC2 instance web-1")).toHaveCount(0);

    await toolbarButton(page, "Undo").click();
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible({ timeout: 30_000 });
    await expect(diagramNode(page, "VPC shop-vpc")).toHaveCount(0);
  });

  test("a subnet of a VPC from another stack is just a Subnet: whether it is public is unknown", async ({
    page,
  }) => {
    await openDiagram(page);
    // The VPC is another stack's export and no route table serves the subnet: its VPC's main table,
    // which decides public or private, is outside the template too.
    const template = `Resources:
  AppSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !ImportValue network-VpcId
      CidrBlock: 10.0.1.0/24
      AvailabilityZone: eu-west-1a
      Tags:
        - Key: Name
          Value: app
  App:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.micro
      SubnetId: !Ref AppSubnet
`;
    await openFile(page, "app.yaml", template);
    const report = page.getByRole("dialog", { name: "Import report" });
    await report.getByRole("button", { name: "Import" }).click();
    const subnet = diagramNode(page, "Subnet app");
    await expect(subnet).toBeVisible({ timeout: 30_000 });
    await expect(diagramNode(page, "Private subnet app")).toHaveCount(0);
    await subnet.click({ position: { x: 30, y: 12 } });
    await expect(details(page).getByRole("heading", { level: 2 }).first()).toHaveText("Subnet");
    await expect(details(page)).toContainText("Public or private is unknown");
  });

  test("a long skipped list is one line per kind and reason: counted, the first few named (#15)", async ({
    page,
  }) => {
    await openDiagram(page);
    // A state of a VPC and 60 buckets (past the 50 listed one by one). 100,000 of them built
    // 100,001 list items before: a task of many seconds.
    const bucket = (i: number) => ({
      mode: "managed",
      type: "aws_s3_bucket",
      name: `b${i}`,
      instances: [{ attributes: { id: `b${i}` } }],
    });
    const vpc = { id: "vpc-1", cidr_block: "10.0.0.0/16", tags: {} };
    const state = {
      version: 4,
      terraform_version: "1.9.5",
      serial: 1,
      lineage: "x",
      outputs: {},
      resources: [
        { mode: "managed", type: "aws_vpc", name: "v", instances: [{ attributes: vpc }] },
        ...Array.from({ length: 60 }, (_, i) => bucket(i)),
      ],
    };
    await openFile(page, "buckets.tfstate", JSON.stringify(state));
    const skipped = page
      .getByRole("dialog", { name: "Import report" })
      .getByRole("region", { name: "Skipped (60)" });
    await expect(skipped.getByRole("listitem")).toHaveCount(1);
    await expect(skipped).toContainText(
      "aws_s3_bucket aws_s3_bucket.b0, aws_s3_bucket.b1, aws_s3_bucket.b2 and 57 more: ec2viz does not draw aws_s3_bucket.",
    );
  });

  test("a template that can't be read changes nothing and says where it breaks", async ({ page }) => {
    await openDiagram(page);
    await openFile(page, "broken.yaml", "Resources:\n  Vpc:\n    Type: [AWS::EC2::VPC\n");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("broken.yaml");
    await expect(diagramNode(page, "EC2 instance web-1")).toBeVisible();
  });
});
