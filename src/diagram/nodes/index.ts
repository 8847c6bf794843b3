// One component per node kind, keyed by the React Flow node `type` that toFlow writes.
import type { NodeTypes } from "@xyflow/react";
import { ElasticIpNode } from "./ElasticIpNode.tsx";
import { GatewayNode } from "./GatewayNode.tsx";
import { InstanceNode } from "./InstanceNode.tsx";
import { InternetNode } from "./InternetNode.tsx";
import { NatGatewayNode } from "./NatGatewayNode.tsx";
import { RegionNode } from "./RegionNode.tsx";
import { SubnetNode } from "./SubnetNode.tsx";
import { VolumeNode } from "./VolumeNode.tsx";
import { VpcNode } from "./VpcNode.tsx";
import { ZoneNode } from "./ZoneNode.tsx";

export const nodeTypes: NodeTypes = {
  region: RegionNode,
  vpc: VpcNode,
  availabilityZone: ZoneNode,
  subnet: SubnetNode,
  instance: InstanceNode,
  volume: VolumeNode,
  internetGateway: GatewayNode,
  internet: InternetNode,
  natGateway: NatGatewayNode,
  elasticIp: ElasticIpNode,
};
