// The English UI strings the first picture doesn't show: the Details panel, the properties form,
// dialogs, notices of opening, import and export, refusals of edits (issue #14, initial JS). The page
// fetches this chunk once its first picture is painted, with the code that shows these words
// (load-language.ts withLaterWords); the CLI, the workers and the tests carry it (both-languages.ts).
// Placeholders as in strings.ts; add a key here first, then to strings-ko-later.ts.

export const EN_LATER = {
  // Details panel frame
  "details.title": "Details",
  "details.id": "Id: {id}",
  "details.section.concept": "What is it?",
  "details.section.resource": "This resource",
  "details.section.location": "Where it sits",
  "details.section.relations": "Related resources",
  "details.section.tags": "Tags",
  "details.concept.what": "What it is",
  "details.concept.why": "Why it exists",
  "details.concept.relations": "How it fits with the rest",
  "details.docLink": "AWS documentation: {title}",
  "details.opensInNewTab": "(opens in a new tab)",
  "details.learnMore": "Learn about {topic}",
  "details.noDiagnostics": "No problems found for this resource.",
  "details.noTags": "No tags.",
  "details.none": "None",
  "details.yes": "Yes",
  "details.no": "No",
  "details.unknownFact": "Unknown (outside this document)",
  "details.gatewaysNotDescribed": "Unknown (this document doesn't describe the VPC's internet gateways)",
  "details.unknown": "Not set",
  "details.missingReference": "{id} (not found in this topology)",
  "details.severity.error": "Error",
  "details.severity.warning": "Warning",

  // Property labels
  "prop.regionCode": "Region code",
  "prop.availabilityZones": "Availability Zones drawn",
  "prop.azName": "Zone name",
  "prop.region": "Region",
  "prop.vpc": "VPC",
  "prop.cidr": "IPv4 CIDR block",
  "prop.availabilityZone": "Availability Zone",
  "prop.routeToGateway": "Route to an internet gateway",
  "prop.subnetsRoutingHere": "Subnets routing to it",
  "prop.attachment": "Attached to",
  "prop.description": "Description",
  "prop.inbound": "Inbound rules",
  "prop.outbound": "Outbound rules",
  "prop.instanceType": "Instance type",
  "prop.ami": "Image (AMI)",
  "prop.publicIp": "Public IPv4 address",
  "prop.state": "State",
  "prop.volumeType": "Volume type",
  "prop.size": "Size",
  "prop.iops": "IOPS",
  "prop.throughput": "Throughput",
  "prop.encrypted": "Encrypted",
  "prop.multiAttach": "Multi-Attach",

  // Property values
  "value.detached": "Not attached to any VPC",
  "value.sizeGiB": "{size} GiB",
  "value.throughput": "{value} MiB/s",
  "value.addressCount": "{total} addresses, {usable} usable by your resources",
  "value.vpcAddressCount": "{total} addresses in total",
  "value.reserved": "{address}: {purpose}",
  "value.state": "{state}: {info}",
  "value.reservedIntro": "AWS keeps 5 addresses of every subnet for itself:",
  "value.publicIpYes": "Yes: the instance has a public IPv4 address (or an Elastic IP)",
  "value.publicIpNo": "No: only a private address inside the VPC",
  // Auto-assigned public IPv4 and AZ IDs (issue 11, accuracy review §6)
  "value.publicIpAuto":
    "Unless it is an Elastic IP, AWS gives a different address after each stop and start; every public IPv4 address is charged by the hour (since February 2024).",
  "prop.publicIpv4": "Public IPv4 for instances",
  "value.publicIpCount": "{count} of {total} instances here have a public IPv4 address",
  "value.publicIpNone": "No instances in this subnet yet",
  "value.publicIpAutoAssign":
    'New instances get one only if the subnet\'s "Auto-assign public IPv4 address" setting is on (MapPublicIpOnLaunch) or their launch asks for one.',
  "prop.azId": "AZ ID",
  "value.azIdUnknown":
    "Not in this file: the zone's ID, like apne2-az1, is shown by aws ec2 describe-availability-zones",
  "value.azIdWhy":
    "The ID names the same physical zone in every account; in the oldest Regions a zone name may not.",
  "value.noRules": "No rules: nothing is allowed in this direction",
  "value.defaultEgress": "None listed: AWS's default allows all outbound traffic.",
  "value.rule": "{traffic} {direction} {range}",
  "value.ruleFrom": "from",
  "value.ruleTo": "to",
  "value.ruleAnywhere": "{cidr} (anywhere on the internet)",
  "value.ruleGroup": "members of security group {group}",
  "value.ruleDescribed": "{rule} ({description})",
  "value.allTraffic": "All traffic",
  "value.tcpPort": "TCP port {port}",
  "value.tcpPorts": "TCP ports {from}–{to}",
  "value.udpPort": "UDP port {port}",
  "value.udpPorts": "UDP ports {from}–{to}",
  "value.allTcp": "All TCP ports",
  "value.allUdp": "All UDP ports",
  "value.icmp": "ICMP (ping and network messages)",
  "value.icmpType": "ICMP type {type}, all its codes",
  "value.icmpTypeCode": "ICMP type {type}, code {code}",
  "value.icmpNamed": "{traffic} ({name})",
  "value.icmpName.0": "echo reply, the answer to a ping",
  "value.icmpName.3": "destination unreachable",
  "value.icmpName.8": "echo request, what ping sends",
  "value.icmpName.11": "time exceeded, as traceroute sees",
  "value.deviceOn": "{instance} as {device}",
  "value.azInRegion": "{az} in {region}",

  "reserved.network": "network address",
  "reserved.router": "VPC router",
  "reserved.aws":
    "reserved by AWS (the Amazon DNS server itself is at the VPC's base address +2, not in each subnet)",
  "reserved.future": "kept for future use",
  "reserved.broadcast": "broadcast (AWS doesn't support broadcast, so it is kept unused)",

  "stateInfo.pending": "starting up; billing begins once it is running",
  "stateInfo.running": "compute time is billed while it runs",
  "stateInfo.shutting-down": "being terminated",
  "stateInfo.terminated":
    "deleted for good; its root volume is deleted too unless DeleteOnTermination was turned off",
  "stateInfo.stopping": "shutting down to the stopped state",
  "stateInfo.stopped":
    "shut down: no charge for compute time, but its EBS volumes keep their data and still cost; an automatic public IPv4 address is released",

  // Relation groups
  "rel.region": "Region",
  "rel.vpc": "VPC",
  "rel.vpcs": "VPCs",
  "rel.gateway": "Internet gateway",
  "rel.gatewayUnknown": "Unknown: this document doesn't say whether one is attached",
  "rel.subnets": "Subnets",
  "rel.publicSubnets": "Public subnets it serves",
  "rel.securityGroups": "Security groups",
  "rel.vpcDefaultGroup": "None listed: the default security group of {vpc}",
  "rel.documentDefaultGroup": "None listed: {group}, the default security group of {vpc}",
  "prop.defaultGroup": "Default security group of its VPC",
  "value.defaultGroup": "Yes: instances of its VPC that list no security group are in it",
  "rel.instances": "Instances",
  "rel.volumes": "Attached volumes",
  "rel.attachedTo": "Attached to instances",
  "rel.availabilityZones": "Availability Zones",
  "rel.subnet": "Subnet",
  "rel.gateways": "Internet gateways attached to VPCs",

  // Reachability
  "reach.subnet.public":
    "Public subnet: instances here with a public IPv4 address can be reached from the internet.",
  "reach.subnet.publicNoGateway":
    "Marked public, but the VPC {vpc} has no internet gateway attached, so its route to the internet leads nowhere.",
  "reach.subnet.routeGatewayElsewhere":
    "Marked public, but its route to the internet goes to internet gateway {gateway}, which isn't attached to VPC {vpc}, so that route leads nowhere. Whether the VPC has an internet gateway of its own is unknown.",
  "reach.subnet.private": "Private subnet: its route table has no route to an internet gateway.",
  "reach.subnet.unknown":
    "Public or private is unknown: this subnet has no route table of its own in this document, and its VPC {vpc} is outside it, so the main route table it uses is too.",
  "reach.subnet.unknownTable":
    "Public or private is unknown: the route table this subnet uses, {table}, is outside this document, and so are its routes.",
  "reach.subnet.flag": "Route table sends 0.0.0.0/0 to an internet gateway: {value}",
  "reach.subnet.gateway": "Internet gateway attached to the VPC: {value}",

  // Instance type decoding
  "itype.family": "Family {family}",
  "itype.hardware": "Hardware: {hardware}",
  "itype.summary": "{text}: {category}, generation {generation}, size {size}",
  "itype.summaryNoGeneration": "{text}: {category}, size {size}",
  "itype.series": "Series {series}: {meaning}",
  "itype.generation": "Generation {generation}: a higher number is a newer hardware generation",
  "itype.noGeneration": "No generation number in this name",
  "itype.attribute": "Attribute {code}: {meaning}",
  "itype.variant": "Variant {variant}: a model-specific suffix (see the AWS page for this family)",
  "itype.size": "Size {size}: {meaning}",
  "itype.unknown":
    "ec2viz can't read {text} as family.size (for example t3.micro); check the spelling against the AWS list.",

  // Volume details
  "volume.bootable": "Can be a boot (root) volume",
  "volume.notBootable": "Can't be a boot (root) volume",
  "volume.range": "Allowed size: {min}–{max} GiB",

  // Autosave in this browser (#15): when it can't keep the work, another tab, an unreadable save
  "autosave.blocked":
    "This browser isn't keeping your work: its storage is blocked (private mode or privacy settings). Use Save to keep a copy.",
  "autosave.tooLarge":
    "This browser can't keep a document this large, so your latest changes are not saved here. Use Save to keep a copy.",
  "autosave.otherTab":
    "This work was changed in another tab. Autosave is paused here so that neither tab's work is overwritten.",
  "autosave.keepMine": "Keep this tab's version",
  "autosave.unreadable": "Your saved work couldn't be read, so ec2viz started without it: {reason}",
  "autosave.keptAs": "The saved copy is kept in this browser as {key}.",
  "autosave.migrated": "Your saved work was updated from format version {version}.",
  "autosave.unknownKeys":
    "it holds keys this version of ec2viz doesn't know ({keys}), perhaps written by a newer version.",
  "autosave.openWithout": "Open without unknown keys",
  "autosave.openedWithout":
    "Your saved work was opened without {keys}, which this version of ec2viz doesn't know.",
  "import.title": "Import {file}",
  "import.read": "Read as {format}: {counts}.",
  "import.replaces": "Importing replaces the current diagram; Undo brings it back.",
  // Live preview (`ec2viz serve`).
  "live.status": "Live: {file}",
  "live.statusTitle": "Redrawn whenever {file} is saved in any editor; Save writes the diagram back to it.",
  "live.disconnected": "Not connected to ec2viz serve: changes to {file} show again once it runs.",
  "live.problems":
    "{file} has problems, so it is not drawn. The diagram is its last version without errors; fix the file and save it to redraw.",
  "live.problemsFirst": "{file} has problems, so it is not drawn yet; fix the file and save it to draw it.",
  "live.missing": "{file} can't be read now ({code}).",
  "live.readOnlyImage": "Save is off: {file} is an image exported by ec2viz (use Export to make a new one).",
  "live.readOnlyImport":
    "Save is off: {file} is read through the importer (CloudFormation, Terraform or AWS CLI output), and ec2viz doesn't write it back.",
  "live.replacedEdits":
    "{file} changed on disk and was redrawn over your unsaved edits: Undo brings them back.",
  "live.saved": "Saved to {file}.",
  "live.saveFailed": "Not saved to {file}: {reason}",
  "history.reload": "Reload {name}",
  "import.groupIds": "{ids} and {more} more",

  // Opening files and share links, copying to the clipboard (src/io/)
  "io.open.unsupportedType":
    "ec2viz opens .json, .yaml and .yml topology files, .png and .svg images exported by ec2viz, AWS CLI describe-* output, CloudFormation templates and Terraform state or plan JSON.",
  "io.open.noEmbeddedTopology":
    "This image holds no topology: only images exported by ec2viz can be opened again.",
  "io.open.damagedImage": "The image file is damaged, so the topology inside it can't be read.",
  "io.open.unreadable": "The file could not be read.",
  "io.open.tooLarge": "The file is larger than {max}, the most ec2viz opens.",
  "io.open.embeddedTooLarge":
    "The topology inside this image unpacks to more than {max}, so it isn't opened.",
  "io.open.notUtf8": "The file is not UTF-8 text. Save it as UTF-8 in your editor and open it again.",
  "io.link.noTopology": "the link holds no topology.",
  "io.link.tooLong": "it is longer than {max}. Share a topology this large as a file instead.",
  "io.link.tooLongToMake":
    "This diagram is too large for a share link: the link would be longer than {max}, the most a link may carry. Save it as a file and share the file instead.",
  "io.link.tooLarge":
    "its content unpacks to more than {max}. Share a topology this large as a file instead.",
  "io.link.badCharacters": "it contains characters a share link never has. Copy the whole link again.",
  "io.link.damaged": "it was cut short or altered. Copy the whole link again.",
  "io.link.notJson": "its content is not a topology document.",
  "io.link.notJsonWhy": "its content is not a topology document ({why}).",
  "io.link.invalid": "the topology in it is not valid.",
  "io.link.invalidList": "the topology in it is not valid: {list}",
  "io.clipboard.pngCopied": "Copied the PNG image to the clipboard.",
  "io.clipboard.linkCopied":
    "Copied the share link. The topology travels inside the link; nothing is sent to a server.",
  "io.clipboard.denied": "The browser did not allow access to the clipboard. Check the site's permissions.",
  "io.clipboard.pngUnsupported":
    "This browser can't copy images to the clipboard. Download the PNG image instead.",
  "io.clipboard.linkUnsupported": "This browser can't copy to the clipboard. Copy the link below by hand.",
  // Why a file isn't JSON or YAML (io/parse-json.ts reports an id; these word it)
  "io.export.empty": "The diagram is empty: there is nothing to draw.",
  "export.dialog": "Export",
  "export.scale": "Scale",
  "export.background": "Background",
  "export.white": "White",
  "export.dark": "Dark",
  "export.transparent": "Transparent",
  "export.images": "Image",
  "export.files": "Topology file",
  "export.share": "Share",
  "export.handOff": "Other tools",
  "export.shareLink": "Share link",
  "export.working": "Exporting…",
  "export.exported": "Exported {file}.",
  "export.exportedImage": "Exported {file} ({width} × {height} px).",
  "export.failed": "Export failed: {reason}",
  "export.drawing": "Drawing… {percent}%",
  "export.cancelled": "Export cancelled: nothing was saved.",

  // Notes and refusals of the CloudFormation export (io/cloudformation.ts)
  "cfnExport.manyRegions":
    "A CloudFormation stack deploys into one Region, and this topology has resources in {regions}: export each Region's part on its own.",
  "cfnExport.nothing":
    "Nothing to deploy: the topology defines no VPC, subnet, gateway, group, instance or volume.",
  "cfnExport.unknownTarget":
    "A route to {target} is left out: nothing in the topology or AWS id says what it is.",
  "cfnExport.unreferenced": "Outside resources nothing in the template refers to are left out: {ids}.",
  "cfnExport.awsTags": "Tags with AWS's reserved aws: prefix are left out (CloudFormation refuses them).",
  "cfnExport.mainTable":
    "The main route table is written as an ordinary route table associated with the subnets that use it (CloudFormation can't change a VPC's main table).",
  "cfnExport.gatewayUnknown":
    "Whether VPC {vpc} has an internet gateway attached is unknown (the topology doesn't say), so the template creates none: add one in ec2viz first if the VPC needs a way to the internet.",
  "cfnExport.elasticIps":
    "Elastic IP addresses are given by AWS when the stack is created: the addresses in the topology are not kept.",
  "cfnExport.natNeedsEip":
    "A public NAT gateway without an Elastic IP can't be created: give it one in ec2viz before deploying.",
  "cfnExport.defaultGroup":
    "The VPC's default security group is written as an ordinary security group, listed by the instances of the VPC that list none (CloudFormation can't remove the default group's own rules).",
  "cfnExport.defaultAcl":
    "The VPC's default network ACL is written as an ordinary network ACL associated with the subnets that use it (CloudFormation can't change the default one).",
  "cfnExport.instanceStates":
    "Instance states (running, stopped…) are not part of a template: every instance starts running.",

  // A PNG past the browser's canvas limits (io/canvas-limits.ts, io/image-export.ts; the CLI's
  // `cli.png.tooLarge` names the same limits).
  "png.limitSide": "{max} px per side",
  "png.limitArea": "{max} pixels",
  "png.overWide":
    "At {scale} this diagram is {side} px wide, more than a browser can draw ({limit} at most).",
  "png.overTall":
    "At {scale} this diagram is {side} px tall, more than a browser can draw ({limit} at most).",
  "png.overArea":
    "At {scale} this diagram is {width} × {height} px, about {about} pixels: more than a browser can draw ({limit} at most).",
  "png.fits": "The largest scale that fits is {fit}.",
  "png.strips":
    "Or draw it at {scale} in strips, into one PNG file: slower, and some image viewers can't open a picture this large.",
  "png.drawFailed":
    "The browser could not draw the image{why}. Choose a smaller scale, or export SVG instead.",
  "png.drawFailedSize":
    "The browser could not draw a {size} image{why}. Choose a smaller scale, or export SVG instead.",
  "png.workerStopped": "the image worker stopped",
  "form.id": "ID",
  "form.tags": "Tags",
  "form.key": "Key",
  "form.value": "Value",
  "form.remove": "Remove",
  "form.addRule": "Add rule",
  "form.protocol": "Protocol",
  "form.ports": "Port range",
  "form.from": "From port",
  "form.to": "To port",
  "form.cidr": "CIDR",
  "form.description": "Description",
  "form.change": "Change {field}",
  "form.unknownType": "Not in the list of EC2 instance types",
  "form.nothingToEdit":
    "Nothing to edit here: this box is drawn from other resources. Select a Region, VPC, subnet, instance, volume or gateway to edit it.",
  "form.destination": "Destination",
  "form.target": "Target",
  "form.addRoute": "Add route",
  "form.localRoute":
    "The local route for the VPC's own block is implicit: it is always there and isn't listed.",
  "form.ruleNumber": "Rule number",
  "form.action": "Action",
  "form.allow": "Allow",
  "form.deny": "Deny",
  "form.aclOrder": "Rules are checked from the lowest number up; traffic no rule matches is denied.",
  // ICMP rules hold a type and a code where other rules hold ports (issue 11, accuracy review #19)
  "form.icmpType": "ICMP type: 0 to 255, or -1 for all types",
  "form.icmpCode": "ICMP code: 0 to 255, or -1 for all codes of the type",
  "form.icmpTypeShort": "type",
  "form.icmpCodeShort": "code",
  "form.icmpNote":
    "For ICMP, the first number is the ICMP type and the second its code, each -1 for all: type 8 alone allows ping requests, -1 and -1 every ICMP message.",

  "ux.regionPlace": "{place} ({code})",
  "form.detachedOption": "— (detached)",
  "form.required": "This field is required",
  "form.wholeNumber": "Enter a whole number",
  "form.tagNeedsKey": "A tag needs a key",
  "form.tagKeyTwice": 'Tag key "{key}" is used twice',
  "form.rulePortsWhole": "Rule {rule}: ports are whole numbers",
  "form.aclRuleWhole": "Rule {rule}: the rule number and ports are whole numbers",
  // What only an edit can get wrong (model/commands/update-checks.ts, update.ts)
  "edit.volumesStayInZone": "Instance {instance} has EBS volumes in {zone}; volumes can't change zone",
  "edit.groupTwice": "A security group is listed twice",
  "edit.invalid": "Invalid value",

  // What else a delete changes (model/commands/delete.ts): "Deleting VPC main also deletes: …"
  "delete.cascade": "Deleting {subject} {parts}.",
  "delete.deleted": "also deletes",
  "delete.detached": "detaches",
  "delete.unassigned": "removes the security group from",
  "delete.madePrivate": "turns private (no internet gateway left)",

  // Names of editable fields: the properties form's labels and the field a refusal names
  // (model/commands/field-labels.ts)
  "field.id": "ID",
  "field.regionCode": "Region code",
  "field.name": "Name",
  "field.cidrBlock": "IPv4 CIDR",
  "field.availabilityZone": "Availability Zone",
  "field.availabilityZones": "Availability Zones",
  "field.vpc": "Attached VPC",
  "field.region": "Region",
  "field.subnet": "Subnet",
  "field.instanceType": "Instance type",
  "field.imageId": "AMI ID",
  "field.publicIp": "Public IPv4 address",
  "field.securityGroups": "Security groups",
  "field.state": "State",
  "field.volumeType": "Volume type",
  "field.sizeGiB": "Size (GiB)",
  "field.iops": "IOPS",
  "field.throughput": "Throughput (MiB/s)",
  "field.encrypted": "Encrypted",
  "field.multiAttach": "Multi-Attach",
  "field.attachments": "Attachments",
  "field.description": "Description",
  "field.ingress": "Inbound rules",
  "field.egress": "Outbound rules",
  "field.tags": "Tags",
  "field.keyName": "Key pair",
  "field.main": "Main route table",
  "field.subnets": "Associated subnets",
  "field.routes": "Routes",
  "field.connectivity": "Connectivity",
  "field.instance": "Instance",
  "field.natGateway": "NAT gateway",
  "field.default": "Default network ACL",
  "field.defaultGroup": "Default security group",

  // Where each palette item may go, said as the AWS rule behind it (model/commands/refusals.ts)
  "where.availabilityZone":
    "An Availability Zone belongs to a Region: drop it on a Region or one of its VPCs.",
  "where.vpc": "A VPC lives in one Region: drop it on a Region.",
  "where.internetGateway": "An internet gateway is attached to a VPC: drop it on a VPC.",
  "where.subnet":
    "A subnet lives in one Availability Zone of its VPC: drop it on an Availability Zone box inside a VPC.",
  "where.securityGroup":
    "A security group belongs to a VPC and is assigned to instances: drop it on an EC2 instance or a VPC.",
  "where.instance": "An EC2 instance is launched in a subnet: drop it on a public or private subnet.",
  "where.volume":
    "An EBS volume is attached to an EC2 instance in the same Availability Zone: drop it on an instance.",
  "where.natGateway":
    "A NAT gateway lives in one subnet (a public one, to reach the internet): drop it on a public subnet.",
  "where.routeTable":
    "A route table belongs to a VPC and is associated with subnets: drop it on a subnet or a VPC.",
  "where.networkAcl":
    "A network ACL belongs to a VPC and guards the subnets associated with it: drop it on a subnet or a VPC.",
  "where.elasticIp": "An Elastic IP is associated with an instance or a NAT gateway: drop it on one of them.",
  "where.region": "Regions sit at the top level of the canvas.",
  "drop.emptyCanvas": "the empty canvas",
  "drop.zone": "Availability Zone {az}",
  // The import report, in the app and in `ec2viz import` (import/report-text.ts, import/topology.ts)
  "cli.import.imported": "Imported ({format}): {summary}",
  "cli.import.nothing": "nothing imported",
  "cli.import.notes": "Notes:",
  "cli.import.placeholders": "{placeholders} (drawn as outside the document):",
  "cli.import.skipped": "{resources} skipped:",
  "cli.import.ruleFindings":
    "The AWS rules find {errors} and {warnings} in the imported topology (ec2viz validate lists them).",
} as const;
