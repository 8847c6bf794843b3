// Route targets ec2viz does not draw (virtual private gateways, transit gateways, peering
// connections...) are written with their AWS id, whose prefix says what they are (format 2). A
// template or a plan has no AWS id yet, so the prefix is put before the logical id or address.
const BY_TYPE: Record<string, string> = {
  "AWS::EC2::VPNGateway": "vgw-",
  "AWS::EC2::TransitGateway": "tgw-",
  "AWS::EC2::VPCPeeringConnection": "pcx-",
  "AWS::EC2::VPCEndpoint": "vpce-",
  "AWS::EC2::EgressOnlyInternetGateway": "eigw-",
  "AWS::EC2::CarrierGateway": "cagw-",
  "AWS::EC2::NetworkInterface": "eni-",
  aws_vpn_gateway: "vgw-",
  aws_ec2_transit_gateway: "tgw-",
  aws_vpc_peering_connection: "pcx-",
  aws_vpc_endpoint: "vpce-",
  aws_egress_only_internet_gateway: "eigw-",
  aws_ec2_carrier_gateway: "cagw-",
  aws_network_interface: "eni-",
};

const BY_FIELD: Record<string, string> = {
  GatewayId: "vgw-",
  TransitGatewayId: "tgw-",
  VpcPeeringConnectionId: "pcx-",
  VpcEndpointId: "vpce-",
  EgressOnlyInternetGatewayId: "eigw-",
  CarrierGatewayId: "cagw-",
  LocalGatewayId: "lgw-",
  NetworkInterfaceId: "eni-",
  gateway_id: "vgw-",
  transit_gateway_id: "tgw-",
  vpc_peering_connection_id: "pcx-",
  vpc_endpoint_id: "vpce-",
  egress_only_gateway_id: "eigw-",
  carrier_gateway_id: "cagw-",
  local_gateway_id: "lgw-",
  network_interface_id: "eni-",
};

const PREFIXES = [...new Set([...Object.values(BY_TYPE), ...Object.values(BY_FIELD)])];

/** The target as format 2 writes an undrawn one; undefined when no kind is known (a core network). */
export function undrawnTarget(name: string, field: string, sourceType?: string): string | undefined {
  if (PREFIXES.some((p) => name.startsWith(p))) return name;
  const prefix = (sourceType ? BY_TYPE[sourceType] : undefined) ?? BY_FIELD[field];
  return prefix ? `${prefix}${name}` : undefined;
}

/** The AWS::EC2::Route property that names an undrawn target by its id's prefix ("tgw-…" -> TransitGatewayId). */
export function undrawnTargetField(target: string): string | undefined {
  const prefix = PREFIXES.find((p) => target.startsWith(p) && target.length > p.length);
  return Object.entries(BY_FIELD).find(([field, p]) => p === prefix && /^[A-Z]/.test(field))?.[0];
}
