// A hand-made topology that exercises every drawing rule at once: two zones, public and private
// subnets, an instance with several volumes and security groups, a loose volume, a detached
// gateway, a very long name, an instance whose subnet doesn't exist, the database subnets reaching
// the internet through a NAT gateway (with its Elastic IP), their own network ACL, a route to a
// peering connection ec2viz doesn't draw, and a bastion defined in another stack. Used by `?example=showcase`
// and the diagram's end-to-end test.
import { FORMAT_VERSION, type Topology } from "../schema.ts";

export function showcaseTopology(): Topology {
  const zoneA = "ap-northeast-2a";
  const zoneC = "ap-northeast-2c";
  return {
    version: FORMAT_VERSION,
    name: "Showcase: two zones, web and database tiers",
    regions: [{ id: "ap-northeast-2", name: "Seoul", availabilityZones: [zoneA, zoneC] }],
    vpcs: [{ id: "vpc-shop", name: "shop-vpc", region: "ap-northeast-2", cidrBlock: "10.20.0.0/16" }],
    internetGateways: [
      { id: "igw-shop", name: "igw-shop", vpc: "vpc-shop" },
      { id: "igw-spare", name: "igw-spare", vpc: null },
    ],
    subnets: [
      {
        id: "subnet-web-a",
        name: "web-a",
        vpc: "vpc-shop",
        availabilityZone: zoneA,
        cidrBlock: "10.20.1.0/24",
      },
      {
        id: "subnet-web-c",
        name: "web-c",
        vpc: "vpc-shop",
        availabilityZone: zoneC,
        cidrBlock: "10.20.2.0/24",
      },
      {
        id: "subnet-db-a",
        name: "db-a",
        vpc: "vpc-shop",
        availabilityZone: zoneA,
        cidrBlock: "10.20.11.0/24",
      },
      {
        id: "subnet-db-c",
        name: "db-c",
        vpc: "vpc-shop",
        availabilityZone: zoneC,
        cidrBlock: "10.20.12.0/24",
      },
    ],
    securityGroups: [
      // Each tier opens what its name says, so the web servers answer the internet and the
      // database only the web tier (a new reader's first question is "can it be reached?").
      {
        id: "sg-web",
        name: "web",
        vpc: "vpc-shop",
        description: "HTTP and HTTPS from anywhere",
        ingress: [
          { protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0", description: "HTTP" },
          { protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", description: "HTTPS" },
        ],
      },
      {
        id: "sg-ssh",
        name: "ssh-from-office",
        vpc: "vpc-shop",
        description: "SSH from the office network only",
        ingress: [
          {
            protocol: "tcp",
            fromPort: 22,
            toPort: 22,
            cidr: "203.0.113.0/24",
            description: "Office (example range)",
          },
        ],
      },
      {
        id: "sg-monitoring",
        name: "monitoring",
        vpc: "vpc-shop",
        description: "Metrics scraped from inside the VPC",
        ingress: [
          {
            protocol: "tcp",
            fromPort: 9100,
            toPort: 9100,
            cidr: "10.20.0.0/16",
            description: "Node exporter",
          },
        ],
      },
      {
        id: "sg-db",
        name: "db",
        vpc: "vpc-shop",
        description: "PostgreSQL from the web tier",
        ingress: [
          { protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroup: "sg-web", description: "Web tier" },
        ],
      },
    ],
    instances: [
      {
        id: "i-web-a",
        name: "web-a-1",
        subnet: "subnet-web-a",
        instanceType: "t3.small",
        publicIp: true,
        securityGroups: ["sg-web", "sg-ssh", "sg-monitoring"],
        state: "running",
      },
      {
        id: "i-web-c",
        name: "web-c-1",
        subnet: "subnet-web-c",
        instanceType: "t3.small",
        publicIp: true,
        securityGroups: ["sg-web"],
        state: "running",
      },
      {
        id: "i-db-a",
        name: "orders-database-primary-with-a-very-long-name",
        subnet: "subnet-db-a",
        instanceType: "r6i.xlarge",
        securityGroups: ["sg-db"],
        state: "running",
      },
      {
        id: "i-db-c",
        name: "orders-db-replica",
        subnet: "subnet-db-c",
        instanceType: "r6i.xlarge",
        securityGroups: ["sg-db"],
        state: "stopped",
      },
      { id: "i-bastion", name: "bastion (ops stack)", external: true, subnet: "subnet-web-c" },
      {
        id: "i-lost",
        name: "lost-instance",
        subnet: "subnet-gone",
        instanceType: "t3.micro",
        state: "pending",
      },
    ],
    volumes: [
      {
        id: "vol-web-a",
        name: "web-a-root",
        availabilityZone: zoneA,
        sizeGiB: 8,
        volumeType: "gp3",
        attachments: [{ instance: "i-web-a", device: "/dev/xvda" }],
      },
      {
        id: "vol-web-c",
        name: "web-c-root",
        availabilityZone: zoneC,
        sizeGiB: 8,
        volumeType: "gp3",
        attachments: [{ instance: "i-web-c", device: "/dev/xvda" }],
      },
      {
        id: "vol-db-a-root",
        name: "db-a-root",
        availabilityZone: zoneA,
        sizeGiB: 20,
        volumeType: "gp3",
        attachments: [{ instance: "i-db-a", device: "/dev/xvda" }],
      },
      {
        id: "vol-db-a-data",
        name: "db-a-data",
        availabilityZone: zoneA,
        sizeGiB: 500,
        volumeType: "io2",
        iops: 16000,
        attachments: [{ instance: "i-db-a", device: "/dev/sdf" }],
      },
      {
        id: "vol-db-c-root",
        name: "db-c-root",
        availabilityZone: zoneC,
        sizeGiB: 20,
        volumeType: "gp3",
        attachments: [{ instance: "i-db-c", device: "/dev/xvda" }],
      },
      { id: "vol-backup", name: "backup-spare", availabilityZone: zoneC, sizeGiB: 1000, volumeType: "sc1" },
    ],
    routeTables: [
      {
        id: "rtb-shop-main",
        name: "main",
        vpc: "vpc-shop",
        main: true,
        routes: [
          { destination: "0.0.0.0/0", target: "nat-shop-a", description: "Updates and outside APIs" },
          { destination: "172.16.0.0/16", target: "pcx-0a1b2c3d", description: "Peered analytics VPC" },
        ],
      },
      {
        id: "rtb-shop-public",
        name: "public",
        vpc: "vpc-shop",
        subnets: ["subnet-web-a", "subnet-web-c"],
        routes: [{ destination: "0.0.0.0/0", target: "igw-shop" }],
      },
    ],
    natGateways: [{ id: "nat-shop-a", name: "nat-a", subnet: "subnet-web-a", connectivity: "public" }],
    elasticIps: [
      { id: "eipalloc-nat-a", name: "nat-a-ip", publicIp: "203.0.113.40", natGateway: "nat-shop-a" },
    ],
    networkAcls: [
      {
        id: "acl-db",
        name: "db-tier",
        vpc: "vpc-shop",
        subnets: ["subnet-db-a", "subnet-db-c"],
        ingress: [
          {
            ruleNumber: 100,
            action: "allow",
            protocol: "tcp",
            fromPort: 5432,
            toPort: 5432,
            cidr: "10.20.0.0/16",
          },
          {
            ruleNumber: 110,
            action: "allow",
            protocol: "tcp",
            fromPort: 1024,
            toPort: 65535,
            cidr: "0.0.0.0/0",
          },
        ],
        egress: [
          {
            ruleNumber: 100,
            action: "allow",
            protocol: "tcp",
            fromPort: 1024,
            toPort: 65535,
            cidr: "10.20.0.0/16",
          },
          {
            ruleNumber: 110,
            action: "allow",
            protocol: "tcp",
            fromPort: 443,
            toPort: 443,
            cidr: "0.0.0.0/0",
          },
        ],
      },
    ],
  };
}
