// UI strings, English and Korean: one flat table per language, keyed by "area.thing". A box's face
// words and the counts live in face-strings.ts (the layout worker reads only those) and are part of it.
// Add a key to `en` first; the type of `ko` then refuses to compile until Korean has it too.
// Placeholders are {name}, or {name:이/가} for a Korean particle after the value (see text.ts);
// strings.test.ts checks both languages use the same ones.
import { FACE_EN, FACE_KO } from "./face-strings.ts";
import { interpolate, type Lang, type LocalText, type TextParams } from "./text.ts";

const en = {
  ...FACE_EN,
  // Details panel frame
  "details.title": "Details",
  "details.close": "Close",
  "details.id": "Id: {id}",
  "details.section.concept": "What is it?",
  "details.section.resource": "This resource",
  "details.section.location": "Where it sits",
  "details.section.relations": "Related resources",
  "details.section.reachability": "Can the internet reach it?",
  "details.section.diagnostics": "Diagnostics",
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
  "stateInfo.running": "running; compute time is billed while it runs",
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
  "rel.subnets": "Subnets",
  "rel.publicSubnets": "Public subnets it serves",
  "rel.securityGroups": "Security groups",
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
  "reach.subnet.private": "Private subnet: its route table has no route to an internet gateway.",
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

  // App frame: toolbar, search, diagnostics list, notices
  "app.appTitle": "ec2viz",
  "app.untitled": "Untitled topology",
  "app.new": "New",
  "app.open": "Open…",
  "app.save": "Save",
  "app.undo": "Undo",
  "app.redo": "Redo",
  "app.undoWhat": "Undo: {action}",
  "app.redoWhat": "Redo: {action}",
  "app.delete": "Delete",
  "app.fitView": "Fit view",
  "app.toolbar": "Toolbar",
  "app.switchLanguage": "Switch the interface to Korean",
  "app.search": "Search",
  "app.searchPlaceholder": "Search name, id or tag",
  "app.searchNoMatch": "No resource matches",
  "app.diagnostics": "Diagnostics",
  "app.noDiagnostics": "No problems: this topology follows the AWS rules ec2viz checks.",
  "app.errors": "Errors",
  "app.warnings": "Warnings",
  "app.error": "Error",
  "app.warning": "Warning",
  "app.confirmNew": "Start a new, empty topology? The current one can be brought back with Undo.",
  "app.confirmDelete": "Delete {name}?",
  "app.deleteAlso": "This also deletes: {list}.",
  "app.openFailed": "Could not open {file}: the current diagram is unchanged.",
  "app.opened": "Opened {file}.",
  "app.openingLarge":
    "Opening {file} ({size}): a document this large keeps the page busy for a while. The current diagram stays until it is ready.",
  "app.openedWithWarnings": "Opened {file} with {count} warnings.",
  "app.saved": "Saved {file}.",
  "app.dropFileHere": "Drop a topology file to open it",
  "app.close": "Close",
  "app.properties": "Properties",
  "app.details": "Details",
  "app.shareLinkDamaged": "The share link is damaged, so it could not be opened: {reason}",
  "app.sharedOpened": "Opened the topology from the share link.",
  // A file or share link with rule errors (#15 B15): refused the same way, opened only when asked
  "app.shareLinkRefused": "The share link's topology breaks AWS rules: the current diagram is unchanged.",
  "app.openAnyway": "Open anyway",
  "app.openedWithErrors":
    "Opened {source} with {count} errors, listed under the error count. Undo brings back the diagram before.",
  "app.theShareLink": "the share link",

  // Works in a person's hands (#12): skip link, empty canvas, examples over saved work, narrow screens
  "ux.skipToDiagram": "Skip to the diagram",
  "ux.emptyTitle": "An empty canvas.",
  "ux.emptyHint":
    "Start with a Region: drag Region from Components onto this canvas, or focus Region in the list and press Enter.",
  "ux.exampleOpened": "Opened the example {name}. Undo brings back the work you had before.",
  "ux.more": "More",
  "ux.collapsePalette": "Hide the component names",
  "ux.expandPalette": "Show the component names",
  "ux.firstRegionAdded": "The diagram starts in {region}. Is that the Region you work in?",
  "ux.firstRegionChanged": "The diagram is now in {region}.",
  "ux.firstRegionPick": "Region",

  // Autosave in this browser (#15): when it can't keep the work, another tab, an unreadable save
  "autosave.blocked":
    "This browser isn't keeping your work: its storage is blocked (private mode or privacy settings). Use Save to keep a copy.",
  "autosave.tooLarge":
    "This browser can't keep a document this large, so your latest changes are not saved here. Use Save to keep a copy.",
  "autosave.save": "Save a copy",
  "autosave.otherTab":
    "This work was changed in another tab. Autosave is paused here so that neither tab's work is overwritten.",
  "autosave.useOther": "Load the other tab's version",
  "autosave.keepMine": "Keep this tab's version",
  "autosave.unreadable": "Your saved work couldn't be read, so ec2viz started without it: {reason}",
  "autosave.keptAs": "The saved copy is kept in this browser as {key}.",
  "autosave.download": "Download the saved copy",
  "autosave.migrated": "Your saved work was updated from format version {version}.",

  // Import (AWS CLI output, CloudFormation, Terraform): the report shown before the diagram changes
  "import.report": "Import report",
  "import.title": "Import {file}",
  "import.read": "Read as {format}: {counts}.",
  "import.replaces": "Importing replaces the current diagram; Undo brings it back.",
  "import.placeholders": "Drawn as outside the document ({count})",
  "import.skipped": "Skipped ({count})",
  "import.notes": "Notes",
  "import.import": "Import",
  "import.cancel": "Cancel",
  "import.done": "Imported {file}.",
  "import.cancelled": "Import cancelled: the diagram is unchanged.",
  "import.failed": "Could not import {file}: the current diagram is unchanged.",
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

  // Undo steps: what the Undo/Redo buttons' tooltips name
  "history.add": "Add {kind}",
  "history.delete": "Delete {what}",
  "history.move": "Move {what}",
  "history.changeRegion": "Change Region",
  "history.open": "Open {name}",
  "history.openFile": "Open file",
  "history.openExample": "Open example {name}",
  "history.openShareLink": "Open share link",
  "history.import": "Import {name}",
  "history.reload": "Reload {name}",
  "history.new": "New topology",
  "history.otherTab": "Load the other tab's version",
  "history.restoreAutosave": "Restore autosave",

  // Command line (`ec2viz validate`, `render`, `export`, `import`, `serve`)
  "cli.checked": "Checked {files}: {counts}",
  "cli.notAFile": "not a file",
  "cli.cantRead": "can't read the file ({code})",
  "cli.cantWrite": "can't write the file ({code})",
  "cli.cantWriteOut": "can't write {file} ({code})",
  "cli.tooLarge": "the file is larger than {limit}, the most ec2viz reads",
  "cli.notUtf8": "the file is not UTF-8 text; save it as UTF-8 in your editor",
  "cli.couldNotCheck": "could not check the file: {reason}",
  "cli.readAsImport": "read as {format} input (as ec2viz import reads it): {problem}",
  "cli.collapseUnknownOne":
    "--collapse: {list} is not a container (Region, VPC, Availability Zone or subnet) of this diagram.",
  "cli.collapseUnknownMany":
    "--collapse: {list} are not containers (Region, VPC, Availability Zone or subnet) of this diagram.",
  "cli.import.imported": "Imported ({format}): {summary}",
  "cli.import.nothing": "nothing imported",
  "cli.import.notes": "Notes:",
  "cli.import.placeholders": "{count} placeholders (drawn as outside the document):",
  "cli.import.skipped": "{count} source resources skipped:",
  "cli.import.ruleFindings":
    "The AWS rules find {errors} errors and {warnings} warnings in the imported topology (ec2viz validate lists them).",
  "cli.wrote": "Wrote {file}",
  "cli.wroteImage": "Wrote {file} ({size})",
  "cli.png.tooLarge": "The PNG would be too large: {size} is over {limit}, the most browsers open. {advice}",
  "cli.png.useScale": "Use --scale {scale}, or render SVG.",
  "cli.png.useSvg": "Render SVG, or fold some containers with --collapse.",
  "cli.png.noFont":
    "No fonts were found, so the PNG has no text. Install some (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or render SVG, which uses the viewer's fonts.",
  "cli.png.noCjk":
    "No font with Korean (CJK) glyphs was found, so Korean text in the PNG may show as empty boxes. Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or render SVG, which uses the viewer's fonts.",
  "cli.serve.portInUse":
    "port {port} is in use on 127.0.0.1; pick another with --port N, or --port 0 for any free port",
  "cli.serve.portDenied": "port {port} needs more permissions; pick a port above 1023 with --port N",
  "cli.serve.cantListen": "can't listen on 127.0.0.1:{port} ({reason})",
  "cli.serve.unreadableNow": "{file}: can't be read now ({code})",
  "cli.serve.changed": "{file}: changed (version {rev})",
  "cli.serve.building":
    "ec2viz: building the app into {dir} (first use, or the sources changed; this takes a minute)…",
  "cli.serve.cantBuild": "ec2viz: can't build the app: {reason}",
  "cli.serve.running": "ec2viz serve: {file} at {url} (only this machine can connect; Ctrl+C stops)",
  "cli.save.malformed": "The save request is malformed.",
  "cli.save.image":
    "{file} is an image exported by ec2viz; it is not written back. Use Export to make a new one.",
  "cli.save.imported":
    "{file} was read through the importer (CloudFormation, Terraform, AWS CLI output); ec2viz doesn't write it back.",
  "cli.save.conflict":
    "{file} changed on disk since this diagram was drawn. It has been redrawn; check it and save again (Undo brings your edits back).",
  "cli.save.hasErrors": "A topology with errors is not written to {file}; fix the errors first.",

  // Opening files and share links, copying to the clipboard (src/io/)
  "io.open.unsupportedType":
    "ec2viz opens .json, .yaml and .yml topology files, and .png and .svg images exported by ec2viz.",
  "io.open.noEmbeddedTopology":
    "This image holds no topology: only images exported by ec2viz can be opened again.",
  "io.open.damagedImage": "The image file is damaged, so the topology inside it can't be read.",
  "io.open.unreadable": "The file could not be read.",
  "io.open.tooLarge": "The file is larger than {max}, the most ec2viz opens.",
  "io.open.embeddedTooLarge":
    "The topology inside this image unpacks to more than {max}, so it isn't opened.",
  "io.open.notUtf8": "The file is not UTF-8 text. Save it as UTF-8 in your editor and open it again.",
  "io.parse.syntax": "{format} syntax error at line {line}, column {column}",
  "io.parse.notAnObject": 'A topology file is an object like { "version": 1, ... }.',
  "io.parse.missingVersion": 'The file has no "version" key; files in this format say "version": {version}.',
  "io.parse.newerVersion":
    "This file uses format version {found}; this ec2viz reads up to version {version}. Update ec2viz to open it.",
  "io.parse.unknownVersion": 'Unknown format version {found}: "version" is a whole number such as {version}.',
  "io.parse.schemaOne": "The file's structure has 1 problem.",
  "io.parse.schemaMany": "The file's structure has {count} problems.",
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
  "io.syntax.line": "{format}: {problem}",
  "io.syntax.tooDeep": "nested more than {depth} levels deep",
  "io.syntax.aliasBomb": "aliases expand to too much data",
  "io.syntax.duplicateKey": "duplicate key {key}",
  "io.syntax.unexpected": "unexpected {found}",
  "io.syntax.endsEarly": "the text ends too early",
  "io.syntax.reader": "{message}",
  "io.export.empty": "The diagram is empty: there is nothing to draw.",

  // Export menu (diagram/export/ExportMenu.tsx). The English item names are public: scripts and
  // tests find the menu items by them ("PNG image", "PNG at the largest scale that fits (1.4×)").
  "export.export": "Export",
  "export.dialog": "Export",
  "export.png": "PNG image",
  "export.svg": "SVG image",
  "export.json": "Topology (JSON)",
  "export.yaml": "Topology (YAML)",
  "export.copyPng": "Copy PNG to clipboard",
  "export.copyLink": "Copy share link",
  "export.scale": "Scale",
  "export.background": "Background",
  "export.white": "White",
  "export.dark": "Dark",
  "export.transparent": "Transparent",
  "export.images": "Image",
  "export.files": "Topology file",
  "export.share": "Share",
  "export.handOff": "Other tools",
  "export.drawio": "draw.io",
  "export.cloudformation": "CloudFormation",
  "export.shareLink": "Share link",
  "export.working": "Exporting…",
  "export.exported": "Exported {file}.",
  "export.exportedImage": "Exported {file} ({width} × {height} px).",
  "export.failed": "Export failed: {reason}",
  "export.atFit": "PNG at the largest scale that fits",
  "export.inStrips": "PNG at full size, drawn in strips",
  "export.drawing": "Drawing… {percent}%",
  // A long image export can be stopped (issue 14): the worker drawing it is ended.
  "export.cancel": "Cancel export",
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
  "cfnExport.elasticIps":
    "Elastic IP addresses are given by AWS when the stack is created: the addresses in the topology are not kept.",
  "cfnExport.natNeedsEip":
    "A public NAT gateway without an Elastic IP can't be created: give it one in ec2viz before deploying.",
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

  // Canvas and palette
  "canvas.miniMap": "Mini map",
  "canvas.layingOut": "Laying out…",
  "canvas.layoutFailed": "Layout failed: {error}",
  "canvas.expand": "Expand",
  "canvas.collapse": "Collapse",
  "palette.heading": "Components",
  "palette.hint": "Drag onto the diagram, or select a container and press Enter.",

  // Properties form (panels/PropertiesForm.tsx, RoutingEditors.tsx)
  "form.properties": "Properties",
  "form.id": "ID",
  "form.tags": "Tags",
  "form.key": "Key",
  "form.value": "Value",
  "form.addTag": "Add tag",
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

  // A subnet's route table and network ACL marks; where a palette item was dropped
  "marks.associated": "associated with this subnet",
  "marks.mainRouteTable": "the VPC's main table, used by default",
  "marks.defaultAcl": "the VPC's default ACL, used by default",
  "drop.emptyCanvas": "the empty canvas",
  "drop.zone": "Availability Zone {az}",
} as const;

export type StringKey = keyof typeof en;

const ko: Record<StringKey, string> = {
  ...FACE_KO,
  "details.title": "세부 정보",
  "details.close": "닫기",
  "details.id": "ID: {id}",
  "details.section.concept": "이것은 무엇인가요?",
  "details.section.resource": "이 리소스",
  "details.section.location": "위치",
  "details.section.relations": "관련 리소스",
  "details.section.reachability": "인터넷에서 접근할 수 있나요?",
  "details.section.diagnostics": "진단",
  "details.section.tags": "태그",
  "details.concept.what": "무엇인가",
  "details.concept.why": "왜 필요한가",
  "details.concept.relations": "다른 요소와의 관계",
  "details.docLink": "AWS 문서: {title}",
  "details.opensInNewTab": "(새 탭에서 열림)",
  "details.learnMore": "{topic} 알아보기",
  "details.noDiagnostics": "이 리소스에서 발견된 문제가 없습니다.",
  "details.noTags": "태그가 없습니다.",
  "details.none": "없음",
  "details.yes": "예",
  "details.no": "아니요",
  "details.unknown": "설정되지 않음",
  "details.missingReference": "{id} (이 토폴로지에 없음)",
  "details.severity.error": "오류",
  "details.severity.warning": "경고",

  "prop.regionCode": "리전 코드",
  "prop.availabilityZones": "그려진 가용 영역",
  "prop.azName": "영역 이름",
  "prop.region": "리전",
  "prop.vpc": "VPC",
  "prop.cidr": "IPv4 CIDR 블록",
  "prop.availabilityZone": "가용 영역",
  "prop.routeToGateway": "인터넷 게이트웨이로 가는 경로",
  "prop.attachment": "연결 대상",
  "prop.description": "설명",
  "prop.inbound": "인바운드 규칙",
  "prop.outbound": "아웃바운드 규칙",
  "prop.instanceType": "인스턴스 유형",
  "prop.ami": "이미지(AMI)",
  "prop.publicIp": "퍼블릭 IPv4 주소",
  "prop.state": "상태",
  "prop.volumeType": "볼륨 유형",
  "prop.size": "크기",
  "prop.iops": "IOPS",
  "prop.throughput": "처리량",
  "prop.encrypted": "암호화",
  "prop.multiAttach": "다중 연결(Multi-Attach)",

  "value.detached": "어떤 VPC에도 연결되지 않음",
  "value.sizeGiB": "{size} GiB",
  "value.throughput": "{value} MiB/s",
  "value.addressCount": "주소 {total}개 중 리소스가 쓸 수 있는 주소 {usable}개",
  "value.vpcAddressCount": "전체 주소 {total}개",
  "value.reserved": "{address}: {purpose}",
  "value.state": "{state}: {info}",
  "value.reservedIntro": "AWS는 모든 서브넷에서 주소 5개를 예약해 둡니다:",
  "value.publicIpYes": "있음: 인스턴스에 퍼블릭 IPv4 주소(또는 탄력적 IP)가 있습니다",
  "value.publicIpNo": "없음: VPC 안에서만 쓰는 프라이빗 주소만 있습니다",
  "value.publicIpAuto":
    "탄력적 IP가 아니라면 인스턴스를 중지했다가 다시 시작할 때마다 AWS가 다른 주소를 줍니다. 퍼블릭 IPv4 주소에는 모두 시간당 요금이 붙습니다(2024년 2월부터).",
  "prop.publicIpv4": "인스턴스의 퍼블릭 IPv4",
  "value.publicIpCount": "이 서브넷의 인스턴스 {total}개 중 {count}개에 퍼블릭 IPv4 주소가 있습니다",
  "value.publicIpNone": "이 서브넷에는 아직 인스턴스가 없습니다",
  "value.publicIpAutoAssign":
    "새 인스턴스는 서브넷의 '퍼블릭 IPv4 주소 자동 할당'(MapPublicIpOnLaunch)이 켜져 있거나 시작할 때 요청해야만 퍼블릭 주소를 받습니다.",
  "prop.azId": "AZ ID",
  "value.azIdUnknown":
    "이 파일에는 없습니다. apne2-az1 같은 영역 ID는 aws ec2 describe-availability-zones로 확인합니다",
  "value.azIdWhy":
    "AZ ID는 어느 계정에서나 같은 물리적 영역을 가리킵니다. 오래된 리전에서는 영역 이름이 계정마다 다른 영역을 가리킬 수 있습니다.",
  "value.noRules": "규칙 없음: 이 방향으로는 아무 트래픽도 허용되지 않습니다",
  "value.defaultEgress": "규칙 없음: AWS 기본값대로 모든 아웃바운드 트래픽이 허용됩니다.",
  "value.rule": "{traffic} · {direction} {range}",
  "value.ruleFrom": "소스",
  "value.ruleTo": "대상",
  "value.ruleAnywhere": "{cidr} (인터넷의 모든 곳)",
  "value.ruleGroup": "보안 그룹 {group}에 속한 리소스",
  "value.ruleDescribed": "{rule} ({description})",
  "value.allTraffic": "모든 트래픽",
  "value.tcpPort": "TCP 포트 {port}",
  "value.tcpPorts": "TCP 포트 {from}–{to}",
  "value.udpPort": "UDP 포트 {port}",
  "value.udpPorts": "UDP 포트 {from}–{to}",
  "value.allTcp": "모든 TCP 포트",
  "value.allUdp": "모든 UDP 포트",
  "value.icmp": "ICMP(ping 및 네트워크 메시지)",
  "value.icmpType": "ICMP 유형 {type}, 그 유형의 모든 코드",
  "value.icmpTypeCode": "ICMP 유형 {type}, 코드 {code}",
  "value.icmpNamed": "{traffic}({name})",
  "value.icmpName.0": "에코 응답, ping에 대한 응답",
  "value.icmpName.3": "목적지에 도달할 수 없음",
  "value.icmpName.8": "에코 요청, ping이 보내는 메시지",
  "value.icmpName.11": "시간 초과, traceroute가 받는 메시지",
  "value.deviceOn": "{instance}에 {device:으로/로} 연결",
  "value.azInRegion": "{region}의 {az}",

  "reserved.network": "네트워크 주소",
  "reserved.router": "VPC 라우터",
  "reserved.aws":
    "AWS가 예약한 주소(Amazon DNS 서버는 각 서브넷이 아니라 VPC 범위의 시작 주소 +2에 있습니다)",
  "reserved.future": "향후 사용을 위해 예약",
  "reserved.broadcast": "브로드캐스트 주소(AWS는 브로드캐스트를 지원하지 않으므로 비워 둠)",

  "stateInfo.pending": "시작하는 중이며, 실행 중 상태가 되면 요금이 부과되기 시작합니다",
  "stateInfo.running": "실행 중이며, 실행하는 동안 컴퓨팅 요금이 부과됩니다",
  "stateInfo.shutting-down": "종료(삭제)되는 중입니다",
  "stateInfo.terminated":
    "영구히 삭제되었습니다. DeleteOnTermination을 끄지 않았다면 루트 볼륨도 함께 삭제됩니다",
  "stateInfo.stopping": "중지 상태로 전환하는 중입니다",
  "stateInfo.stopped":
    "꺼져 있어 컴퓨팅 요금은 없지만, EBS 볼륨의 데이터는 남고 요금도 계속 부과됩니다. 자동으로 받은 퍼블릭 IPv4 주소는 반납됩니다",

  "rel.region": "리전",
  "rel.vpc": "VPC",
  "rel.vpcs": "VPC 목록",
  "rel.gateway": "인터넷 게이트웨이",
  "rel.subnets": "서브넷",
  "rel.publicSubnets": "이 게이트웨이를 쓰는 퍼블릭 서브넷",
  "rel.securityGroups": "보안 그룹",
  "rel.instances": "인스턴스",
  "rel.volumes": "연결된 볼륨",
  "rel.attachedTo": "연결된 인스턴스",
  "rel.availabilityZones": "가용 영역",
  "rel.subnet": "서브넷",
  "rel.gateways": "VPC에 연결된 인터넷 게이트웨이",

  "reach.subnet.public":
    "퍼블릭 서브넷: 이곳에서 퍼블릭 IPv4 주소를 가진 인스턴스는 인터넷에서 접근할 수 있습니다.",
  "reach.subnet.publicNoGateway":
    "퍼블릭으로 표시되어 있지만 VPC {vpc}에 인터넷 게이트웨이가 연결되어 있지 않아 인터넷으로 가는 경로가 끊겨 있습니다.",
  "reach.subnet.private": "프라이빗 서브넷: 라우팅 테이블에 인터넷 게이트웨이로 가는 경로가 없습니다.",
  "reach.subnet.flag": "라우팅 테이블이 0.0.0.0/0을 인터넷 게이트웨이로 보냄: {value}",
  "reach.subnet.gateway": "VPC에 연결된 인터넷 게이트웨이: {value}",

  "itype.family": "패밀리 {family}",
  "itype.hardware": "하드웨어: {hardware}",
  "itype.summary": "{text}: {category}, {generation}세대, 크기 {size}",
  "itype.summaryNoGeneration": "{text}: {category}, 크기 {size}",
  "itype.series": "시리즈 {series}: {meaning}",
  "itype.generation": "세대 {generation}: 숫자가 클수록 더 새로운 하드웨어 세대입니다",
  "itype.noGeneration": "이 이름에는 세대 번호가 없습니다",
  "itype.attribute": "속성 {code}: {meaning}",
  "itype.variant": "변형 {variant}: 모델별 접미사입니다(이 패밀리의 AWS 문서를 참고하세요)",
  "itype.size": "크기 {size}: {meaning}",
  "itype.unknown":
    "ec2viz가 {text:을/를} 패밀리.크기 형식(예: t3.micro)으로 읽을 수 없습니다. AWS 목록과 철자를 비교해 보세요.",

  "volume.bootable": "부팅(루트) 볼륨으로 쓸 수 있음",
  "volume.notBootable": "부팅(루트) 볼륨으로 쓸 수 없음",
  "volume.range": "허용 크기: {min}–{max} GiB",

  // App frame
  "app.appTitle": "ec2viz",
  "app.untitled": "이름 없는 토폴로지",
  "app.new": "새로 만들기",
  "app.open": "열기…",
  "app.save": "저장",
  "app.undo": "실행 취소",
  "app.redo": "다시 실행",
  "app.undoWhat": "실행 취소: {action}",
  "app.redoWhat": "다시 실행: {action}",
  "app.delete": "삭제",
  "app.fitView": "화면에 맞추기",
  "app.toolbar": "도구 모음",
  "app.switchLanguage": "Switch the interface to English",
  "app.search": "검색",
  "app.searchPlaceholder": "이름, ID, 태그로 검색",
  "app.searchNoMatch": "일치하는 리소스가 없습니다",
  "app.diagnostics": "진단",
  "app.noDiagnostics": "문제가 없습니다. 이 토폴로지는 ec2viz가 검사하는 AWS 규칙을 모두 지킵니다.",
  "app.errors": "오류",
  "app.warnings": "경고",
  "app.error": "오류",
  "app.warning": "경고",
  "app.confirmNew": "비어 있는 새 토폴로지를 시작할까요? 지금 토폴로지는 실행 취소로 되돌릴 수 있습니다.",
  "app.confirmDelete": "{name:을/를} 삭제할까요?",
  "app.deleteAlso": "함께 삭제되는 것: {list}.",
  "app.openFailed": "{file} 파일을 열 수 없습니다. 현재 다이어그램은 그대로입니다.",
  "app.opened": "{file} 파일을 열었습니다.",
  "app.openingLarge":
    "{file} 파일({size})을 여는 중입니다. 문서가 커서 잠시 페이지가 응답하지 않을 수 있습니다. 준비될 때까지 현재 다이어그램은 그대로입니다.",
  "app.openedWithWarnings": "{file} 파일을 열었습니다. 경고가 {count}개 있습니다.",
  "app.saved": "{file} 파일로 저장했습니다.",
  "app.dropFileHere": "토폴로지 파일을 놓으면 열립니다",
  "app.close": "닫기",
  "app.properties": "속성",
  "app.details": "세부 정보",
  "app.shareLinkDamaged": "공유 링크가 손상되어 열 수 없습니다: {reason}",
  "app.sharedOpened": "공유 링크의 토폴로지를 열었습니다.",
  "app.shareLinkRefused": "공유 링크의 토폴로지가 AWS 규칙에 맞지 않습니다. 현재 다이어그램은 그대로입니다.",
  "app.openAnyway": "그래도 열기",
  "app.openedWithErrors":
    "{source:을/를} 열었습니다. 오류가 {count}개 있으며 오류 수를 누르면 볼 수 있습니다. 실행 취소하면 이전 다이어그램으로 돌아갑니다.",
  "app.theShareLink": "공유 링크",

  // Works in a person's hands (#12)
  "ux.skipToDiagram": "다이어그램으로 건너뛰기",
  "ux.emptyTitle": "빈 캔버스입니다.",
  "ux.emptyHint":
    "리전부터 시작하세요. 구성 요소에서 리전을 이 캔버스로 끌어 놓거나, 목록의 리전에 초점을 두고 Enter를 누르세요.",
  "ux.exampleOpened": "예제 {name:을/를} 열었습니다. 실행 취소하면 이전 작업이 돌아옵니다.",
  "ux.more": "더 보기",
  "ux.collapsePalette": "구성 요소 이름 숨기기",
  "ux.expandPalette": "구성 요소 이름 보기",
  "ux.firstRegionAdded": "다이어그램을 {region}에서 시작합니다. 사용하는 리전이 맞나요?",
  "ux.firstRegionChanged": "다이어그램의 리전을 {region:으로/로} 바꿨습니다.",
  "ux.firstRegionPick": "리전",
  // 자동 저장 (#15)
  "autosave.blocked":
    "이 브라우저는 작업을 보관하지 않습니다. 저장소가 막혀 있습니다(사생활 보호 모드나 개인정보 설정). 사본 저장을 눌러 파일로 보관하세요.",
  "autosave.tooLarge":
    "문서가 너무 커서 이 브라우저에 보관할 수 없습니다. 최근 변경 내용이 여기에 저장되지 않았으니 사본 저장을 눌러 파일로 보관하세요.",
  "autosave.save": "사본 저장",
  "autosave.otherTab":
    "다른 탭에서 이 작업이 바뀌었습니다. 어느 탭의 작업도 덮어쓰지 않도록 이 탭의 자동 저장을 멈췄습니다.",
  "autosave.useOther": "다른 탭의 내용 불러오기",
  "autosave.keepMine": "이 탭의 내용 유지",
  "autosave.unreadable": "저장된 작업을 읽을 수 없어 그 작업 없이 시작했습니다: {reason}",
  "autosave.keptAs": "저장된 사본은 이 브라우저에 {key} 이름으로 보관되어 있습니다.",
  "autosave.download": "저장된 사본 내려받기",
  "autosave.migrated": "저장된 작업을 형식 버전 {version}에서 지금 형식으로 바꿨습니다.",

  // Import
  "import.report": "가져오기 보고서",
  "import.title": "{file} 가져오기",
  "import.read": "{format} 형식으로 읽었습니다: {counts}.",
  "import.replaces": "가져오면 현재 다이어그램이 바뀝니다. 실행 취소로 되돌릴 수 있습니다.",
  "import.placeholders": "문서 밖의 것으로 그린 자리표시 ({count}개)",
  "import.skipped": "건너뛴 리소스 ({count}개)",
  "import.notes": "참고",
  "import.import": "가져오기",
  "import.cancel": "취소",
  "import.done": "{file:을/를} 가져왔습니다.",
  "import.cancelled": "가져오기를 취소했습니다. 다이어그램은 그대로입니다.",
  "import.failed": "{file:을/를} 가져올 수 없습니다. 현재 다이어그램은 그대로입니다.",
  // 실시간 미리보기(`ec2viz serve`).
  "live.status": "실시간: {file}",
  "live.statusTitle":
    "어느 편집기에서든 {file:을/를} 저장하면 다시 그립니다. 저장 버튼은 다이어그램을 이 파일에 씁니다.",
  "live.disconnected": "ec2viz serve와 연결이 끊겼습니다. 다시 실행하면 {file}의 변경 내용이 다시 보입니다.",
  "live.problems":
    "{file}에 문제가 있어 그리지 않았습니다. 다이어그램은 오류가 없던 마지막 버전입니다. 파일을 고쳐 저장하면 다시 그립니다.",
  "live.problemsFirst": "{file}에 문제가 있어 아직 그리지 않았습니다. 파일을 고쳐 저장하면 그립니다.",
  "live.missing": "지금은 {file:을/를} 읽을 수 없습니다 ({code}).",
  "live.readOnlyImage":
    "저장할 수 없습니다: {file:은/는} ec2viz가 내보낸 이미지입니다(새 이미지는 내보내기로 만드세요).",
  "live.readOnlyImport":
    "저장할 수 없습니다: {file:은/는} 가져오기로 읽은 파일(CloudFormation, Terraform, AWS CLI 출력)이라 ec2viz가 다시 쓰지 않습니다.",
  "live.replacedEdits":
    "디스크의 {file:이/가} 바뀌어 저장하지 않은 편집 위에 다시 그렸습니다. 실행 취소로 되돌릴 수 있습니다.",
  "live.saved": "{file}에 저장했습니다.",
  "live.saveFailed": "{file}에 저장하지 않았습니다: {reason}",

  "history.add": "{kind} 추가",
  "history.delete": "{what} 삭제",
  "history.move": "{what} 이동",
  "history.changeRegion": "리전 변경",
  "history.open": "{name} 열기",
  "history.openFile": "파일 열기",
  "history.openExample": "예제 {name} 열기",
  "history.openShareLink": "공유 링크 열기",
  "history.import": "{name} 가져오기",
  "history.reload": "{name} 다시 읽기",
  "history.new": "새 토폴로지 만들기",
  "history.otherTab": "다른 탭의 버전 불러오기",
  "history.restoreAutosave": "자동 저장본 복원",

  // 명령줄 (`ec2viz validate`, `render`, `export`, `import`, `serve`)
  "cli.checked": "{files} 검사: {counts}",
  "cli.notAFile": "파일이 아닙니다",
  "cli.cantRead": "파일을 읽을 수 없습니다 ({code})",
  "cli.cantWrite": "파일을 쓸 수 없습니다 ({code})",
  "cli.cantWriteOut": "{file}에 쓸 수 없습니다 ({code})",
  "cli.tooLarge": "파일이 {limit}보다 큽니다. ec2viz가 읽는 파일은 {limit}까지입니다.",
  "cli.notUtf8": "UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장하세요.",
  "cli.couldNotCheck": "파일을 검사하지 못했습니다: {reason}",
  "cli.readAsImport": "{format} 입력으로 읽었습니다(ec2viz import와 같이): {problem}",
  "cli.collapseUnknownOne":
    "--collapse: {list:은/는} 이 다이어그램의 컨테이너(리전, VPC, 가용 영역, 서브넷)가 아닙니다.",
  "cli.collapseUnknownMany":
    "--collapse: {list:은/는} 이 다이어그램의 컨테이너(리전, VPC, 가용 영역, 서브넷)가 아닙니다.",
  "cli.import.imported": "가져옴 ({format}): {summary}",
  "cli.import.nothing": "가져온 리소스 없음",
  "cli.import.notes": "참고:",
  "cli.import.placeholders": "문서 밖의 것으로 그린 자리표시 {count}개:",
  "cli.import.skipped": "건너뛴 소스 리소스 {count}개:",
  "cli.import.ruleFindings":
    "가져온 토폴로지에서 AWS 규칙 검사가 오류 {errors}개, 경고 {warnings}개를 찾았습니다(ec2viz validate로 자세히 보세요).",
  "cli.wrote": "{file}에 저장했습니다",
  "cli.wroteImage": "{file}에 저장했습니다 ({size})",
  "cli.png.tooLarge":
    "PNG가 너무 큽니다: {size:은/는} 브라우저가 열 수 있는 한도({limit})를 넘습니다. {advice}",
  "cli.png.useScale": "--scale {scale:으로/로} 그리거나 SVG로 그리세요.",
  "cli.png.useSvg": "SVG로 그리거나 --collapse로 컨테이너 몇 개를 접으세요.",
  "cli.png.noFont":
    "글꼴을 하나도 찾지 못해 PNG에 글자가 그려지지 않았습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요.",
  "cli.png.noCjk":
    "한글을 그릴 수 있는 글꼴(CJK)을 찾지 못해 PNG의 한국어 글자가 빈 네모로 보일 수 있습니다. 글꼴을 설치하거나(Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) SVG로 그리세요. SVG는 보는 쪽의 글꼴을 씁니다.",
  "cli.serve.portInUse":
    "127.0.0.1:{port}에서 이미 다른 프로그램이 기다리고 있습니다. --port N으로 다른 포트를 고르거나 --port 0으로 빈 포트를 쓰세요.",
  "cli.serve.portDenied": "포트 {port}에는 권한이 더 필요합니다. --port N으로 1023보다 큰 포트를 고르세요.",
  "cli.serve.cantListen": "127.0.0.1:{port}에서 기다릴 수 없습니다 ({reason})",
  "cli.serve.unreadableNow": "{file}: 지금은 읽을 수 없습니다 ({code})",
  "cli.serve.changed": "{file}: 바뀌었습니다 (버전 {rev})",
  "cli.serve.building": "ec2viz: 앱을 {dir}에 빌드합니다(처음 쓰거나 소스가 바뀌었습니다. 1분쯤 걸립니다)…",
  "cli.serve.cantBuild": "ec2viz: 앱을 빌드할 수 없습니다: {reason}",
  "cli.serve.running": "ec2viz serve: {file} → {url} (이 컴퓨터에서만 접속할 수 있습니다. Ctrl+C로 멈춥니다)",
  "cli.save.malformed": "저장 요청의 형식이 잘못되었습니다.",
  "cli.save.image":
    "{file:은/는} ec2viz가 내보낸 이미지라서 다시 쓰지 않습니다. 이미지는 내보내기로 만드세요.",
  "cli.save.imported":
    "{file:은/는} 가져오기로 읽은 파일(CloudFormation, Terraform, AWS CLI 출력)이라서 다시 쓰지 않습니다.",
  "cli.save.conflict":
    "{file} 파일이 디스크에서 바뀌었습니다. 새 내용으로 다시 그렸으니 확인하고 다시 저장하세요(실행 취소로 편집을 되돌릴 수 있습니다).",
  "cli.save.hasErrors": "오류가 있는 토폴로지는 {file}에 쓰지 않습니다. 먼저 오류를 고치세요.",

  // 파일과 공유 링크 열기, 클립보드 복사 (src/io/)
  "io.open.unsupportedType":
    "ec2viz가 여는 파일은 .json, .yaml, .yml 토폴로지와 ec2viz에서 내보낸 .png, .svg 이미지입니다.",
  "io.open.noEmbeddedTopology":
    "이 이미지에는 토폴로지가 들어 있지 않습니다. ec2viz에서 내보낸 이미지만 다시 열 수 있습니다.",
  "io.open.damagedImage": "이미지 파일이 손상되어 안에 든 토폴로지를 읽을 수 없습니다.",
  "io.open.unreadable": "파일을 읽을 수 없습니다.",
  "io.open.tooLarge": "파일이 {max}보다 큽니다. ec2viz가 여는 파일은 {max}까지입니다.",
  "io.open.embeddedTooLarge": "이미지 안의 토폴로지를 풀면 {max:을/를} 넘어 열지 않습니다.",
  "io.open.notUtf8": "파일이 UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장한 뒤 다시 여세요.",
  "io.parse.syntax": "{format} 문법 오류: {line}행 {column}열",
  "io.parse.notAnObject": '토폴로지 파일은 { "version": 1, ... } 형태의 객체여야 합니다.',
  "io.parse.missingVersion":
    '"version" 키가 없습니다. 이 형식의 파일은 "version": {version:으로/로} 시작합니다.',
  "io.parse.newerVersion":
    "이 파일은 형식 버전 {found}입니다. 이 ec2viz는 버전 {version}까지 읽을 수 있으니 ec2viz를 업데이트하세요.",
  "io.parse.unknownVersion": '알 수 없는 형식 버전 {found}입니다. "version"은 {version} 같은 정수입니다.',
  "io.parse.schemaOne": "파일 구조에 문제가 1개 있습니다.",
  "io.parse.schemaMany": "파일 구조에 문제가 {count}개 있습니다.",
  "io.link.noTopology": "링크에 토폴로지가 들어 있지 않습니다.",
  "io.link.tooLong": "링크가 {max}보다 깁니다. 이렇게 큰 토폴로지는 파일로 저장해 여세요.",
  "io.link.tooLongToMake":
    "이 다이어그램은 공유 링크로 보내기에 너무 큽니다. 링크가 한 번에 담을 수 있는 {max}보다 길어집니다. 파일로 저장해서 그 파일을 공유하세요.",
  "io.link.tooLarge": "링크의 내용을 풀면 {max:을/를} 넘습니다. 이렇게 큰 토폴로지는 파일로 저장해 여세요.",
  "io.link.badCharacters": "링크에 들어갈 수 없는 문자가 있습니다. 링크 전체를 다시 복사해 주세요.",
  "io.link.damaged": "링크가 잘렸거나 바뀌었습니다. 링크 전체를 다시 복사해 주세요.",
  "io.link.notJson": "링크 안의 데이터가 토폴로지 문서가 아닙니다.",
  "io.link.notJsonWhy": "링크 안의 데이터가 토폴로지 문서가 아닙니다 ({why}).",
  "io.link.invalid": "링크 안의 토폴로지가 올바르지 않습니다.",
  "io.link.invalidList": "링크 안의 토폴로지가 올바르지 않습니다: {list}",
  "io.clipboard.pngCopied": "PNG 이미지를 클립보드에 복사했습니다.",
  "io.clipboard.linkCopied":
    "공유 링크를 클립보드에 복사했습니다. 토폴로지는 링크 안에만 있고 서버로 보내지지 않습니다.",
  "io.clipboard.denied": "브라우저가 클립보드 사용을 허락하지 않았습니다. 사이트 권한을 확인하세요.",
  "io.clipboard.pngUnsupported":
    "이 브라우저는 이미지를 클립보드에 복사할 수 없습니다. PNG 이미지로 내려받아 주세요.",
  "io.clipboard.linkUnsupported": "이 브라우저는 클립보드에 복사할 수 없습니다. 아래 링크를 직접 복사하세요.",
  "io.syntax.line": "{format} 문법 오류: {problem}",
  "io.syntax.tooDeep": "목록과 맵이 {depth}단계보다 깊게 중첩되어 있습니다",
  "io.syntax.aliasBomb": "별칭(alias)을 펼치면 데이터가 지나치게 커집니다",
  "io.syntax.duplicateKey": "한 객체 안에 같은 키가 두 번 나옵니다: {key}",
  "io.syntax.unexpected": "여기에 올 수 없는 문자 {found}",
  "io.syntax.endsEarly": "내용이 끝나기 전에 파일이 끝났습니다",
  "io.syntax.reader": "{message}",
  "io.export.empty": "다이어그램이 비어 있어 내보낼 그림이 없습니다.",

  // 내보내기 메뉴
  "export.export": "내보내기",
  "export.dialog": "내보내기",
  "export.png": "PNG 이미지",
  "export.svg": "SVG 이미지",
  "export.json": "토폴로지 (JSON)",
  "export.yaml": "토폴로지 (YAML)",
  "export.copyPng": "PNG를 클립보드에 복사",
  "export.copyLink": "공유 링크 복사",
  "export.scale": "배율",
  "export.background": "배경",
  "export.white": "흰색",
  "export.dark": "어두운 색",
  "export.transparent": "투명",
  "export.images": "이미지",
  "export.files": "토폴로지 파일",
  "export.share": "공유",
  "export.handOff": "다른 도구",
  "export.drawio": "draw.io (diagrams.net)",
  "export.cloudformation": "CloudFormation 템플릿",
  "export.shareLink": "공유 링크",
  "export.working": "내보내는 중…",
  "export.exported": "{file} 파일로 내보냈습니다.",
  "export.exportedImage": "{file} 파일로 내보냈습니다 ({width} × {height} px).",
  "export.failed": "내보내지 못했습니다: {reason}",
  "export.atFit": "그릴 수 있는 가장 큰 배율의 PNG",
  "export.inStrips": "원래 크기 그대로, 띠로 나누어 그린 PNG",
  "export.drawing": "그리는 중… {percent}%",
  "export.cancel": "내보내기 취소",
  "export.cancelled": "내보내기를 취소했습니다. 저장된 파일은 없습니다.",

  // CloudFormation 내보내기의 알림과 거절
  "cfnExport.manyRegions":
    "CloudFormation 스택은 한 리전에만 배포되는데, 이 토폴로지에는 {regions}에 리소스가 있습니다. 리전마다 따로 내보내세요.",
  "cfnExport.nothing":
    "배포할 것이 없습니다. 토폴로지에 VPC, 서브넷, 게이트웨이, 보안 그룹, 인스턴스, 볼륨이 하나도 정의되어 있지 않습니다.",
  "cfnExport.unknownTarget":
    "{target:으로/로} 가는 경로는 뺐습니다. 토폴로지에도 AWS ID에도 그것이 무엇인지 나와 있지 않습니다.",
  "cfnExport.unreferenced": "템플릿에서 아무것도 가리키지 않는 외부 리소스는 뺐습니다: {ids}.",
  "cfnExport.awsTags": "AWS가 예약한 aws: 접두사 태그는 뺐습니다(CloudFormation이 받지 않습니다).",
  "cfnExport.mainTable":
    "기본(main) 라우팅 테이블은 그 테이블을 쓰는 서브넷에 연결한 일반 라우팅 테이블로 썼습니다(CloudFormation은 VPC의 기본 테이블을 바꿀 수 없습니다).",
  "cfnExport.elasticIps":
    "탄력적 IP 주소는 스택을 만들 때 AWS가 정하므로, 토폴로지에 적힌 주소는 옮기지 않았습니다.",
  "cfnExport.natNeedsEip":
    "탄력적 IP가 없는 퍼블릭 NAT 게이트웨이는 만들 수 없습니다. 배포하기 전에 ec2viz에서 하나를 연결하세요.",
  "cfnExport.defaultAcl":
    "VPC의 기본 네트워크 ACL은 그 ACL을 쓰는 서브넷에 연결한 일반 네트워크 ACL로 썼습니다(CloudFormation은 기본 ACL을 바꿀 수 없습니다).",
  "cfnExport.instanceStates":
    "인스턴스 상태(실행 중, 중지됨…)는 템플릿에 담을 수 없어, 모든 인스턴스가 실행 상태로 시작합니다.",

  // 브라우저가 그릴 수 있는 크기를 넘는 PNG
  "png.limitSide": "한 변 최대 {max} px",
  "png.limitArea": "최대 {max} 픽셀",
  "png.overWide":
    "{scale} 배율에서 이 다이어그램은 가로 {side} px로, 브라우저가 그릴 수 있는 크기({limit})를 넘습니다.",
  "png.overTall":
    "{scale} 배율에서 이 다이어그램은 세로 {side} px로, 브라우저가 그릴 수 있는 크기({limit})를 넘습니다.",
  "png.overArea":
    "{scale} 배율에서 이 다이어그램은 {width} × {height} px(약 {about} 픽셀)로, 브라우저가 그릴 수 있는 크기({limit})를 넘습니다.",
  "png.fits": "그릴 수 있는 가장 큰 배율은 {fit}입니다.",
  "png.strips":
    "또는 {scale} 그대로 띠 모양으로 나누어 그려 PNG 파일 하나로 만들 수 있습니다. 시간이 더 걸리고, 이렇게 큰 그림은 열지 못하는 이미지 뷰어도 있습니다.",
  "png.drawFailed": "브라우저가 이미지를 그리지 못했습니다{why}. 더 작은 배율을 고르거나 SVG로 내보내세요.",
  "png.drawFailedSize":
    "브라우저가 {size} 이미지를 그리지 못했습니다{why}. 더 작은 배율을 고르거나 SVG로 내보내세요.",
  "png.workerStopped": "이미지를 그리는 워커가 멈췄습니다",

  // 캔버스와 팔레트
  "canvas.miniMap": "미니맵",
  "canvas.layingOut": "배치 중…",
  "canvas.layoutFailed": "배치하지 못했습니다: {error}",
  "canvas.expand": "펼치기",
  "canvas.collapse": "접기",
  "palette.heading": "구성 요소",
  "palette.hint": "다이어그램으로 끌어 놓거나, 컨테이너를 선택하고 Enter를 누르세요.",

  // 속성 양식
  "form.properties": "속성",
  "form.id": "ID",
  "form.tags": "태그",
  "form.key": "키",
  "form.value": "값",
  "form.addTag": "태그 추가",
  "form.remove": "삭제",
  "form.addRule": "규칙 추가",
  "form.protocol": "프로토콜",
  "form.ports": "포트 범위",
  "form.from": "시작 포트",
  "form.to": "끝 포트",
  "form.cidr": "CIDR",
  "form.description": "설명",
  "form.change": "{field} 변경",
  "form.unknownType": "EC2 인스턴스 유형 목록에 없습니다",
  "form.nothingToEdit":
    "여기서는 편집할 것이 없습니다. 이 상자는 다른 리소스로부터 그려집니다. 리전, VPC, 서브넷, 인스턴스, 볼륨 또는 게이트웨이를 선택해 편집하세요.",
  "form.destination": "대상 주소",
  "form.target": "대상",
  "form.addRoute": "경로 추가",
  "form.localRoute": "VPC 자체 블록으로 가는 로컬 경로는 암묵적으로 늘 있으므로 목록에 적지 않습니다.",
  "form.ruleNumber": "규칙 번호",
  "form.action": "동작",
  "form.allow": "허용",
  "form.deny": "거부",
  "form.aclOrder": "규칙은 번호가 낮은 것부터 확인하며, 어떤 규칙에도 맞지 않는 트래픽은 거부됩니다.",
  "form.icmpType": "ICMP 유형: 0~255, 모든 유형은 -1",
  "form.icmpCode": "ICMP 코드: 0~255, 그 유형의 모든 코드는 -1",
  "form.icmpTypeShort": "유형",
  "form.icmpCodeShort": "코드",
  "form.icmpNote":
    "ICMP 규칙에서는 첫 번째 숫자가 ICMP 유형, 두 번째 숫자가 코드이며, 각각 -1은 전체를 뜻합니다. 유형 8만 넣으면 ping 요청을, -1과 -1을 넣으면 모든 ICMP 메시지를 허용합니다.",

  "ux.regionPlace": "{place}({code})",
  "form.detachedOption": "— (분리됨)",
  "form.required": "꼭 입력해야 하는 항목입니다",
  "form.wholeNumber": "정수를 입력하세요",
  "form.tagNeedsKey": "태그에는 키가 필요합니다",
  "form.tagKeyTwice": '태그 키 "{key}"{이/가} 두 번 쓰였습니다',
  "form.rulePortsWhole": "규칙 {rule}: 포트는 정수입니다",
  "form.aclRuleWhole": "규칙 {rule}: 규칙 번호와 포트는 정수입니다",
  "edit.volumesStayInZone": "인스턴스 {instance}의 EBS 볼륨이 {zone}에 있어 가용 영역을 바꿀 수 없습니다",
  "edit.groupTwice": "같은 보안 그룹이 두 번 들어 있습니다",
  "edit.invalid": "올바른 값이 아닙니다.",

  "delete.cascade": "{subject:을/를} 삭제하면 {parts}.",
  "delete.deleted": "다음도 함께 삭제됩니다",
  "delete.detached": "다음은 연결이 해제됩니다",
  "delete.unassigned": "다음 인스턴스에서 보안 그룹이 빠집니다",
  "delete.madePrivate": "다음 서브넷은 인터넷 게이트웨이가 없어 프라이빗이 됩니다",

  // 편집할 수 있는 필드 이름
  "field.id": "ID",
  "field.regionCode": "리전 코드",
  "field.name": "이름",
  "field.cidrBlock": "IPv4 CIDR",
  "field.availabilityZone": "가용 영역",
  "field.availabilityZones": "가용 영역",
  "field.vpc": "연결된 VPC",
  "field.region": "리전",
  "field.subnet": "서브넷",
  "field.instanceType": "인스턴스 유형",
  "field.imageId": "AMI ID",
  "field.publicIp": "퍼블릭 IPv4 주소",
  "field.securityGroups": "보안 그룹",
  "field.state": "상태",
  "field.volumeType": "볼륨 유형",
  "field.sizeGiB": "크기(GiB)",
  "field.iops": "IOPS",
  "field.throughput": "처리량(MiB/s)",
  "field.encrypted": "암호화",
  "field.multiAttach": "다중 연결",
  "field.attachments": "연결",
  "field.description": "설명",
  "field.ingress": "인바운드 규칙",
  "field.egress": "아웃바운드 규칙",
  "field.tags": "태그",
  "field.keyName": "키 페어",
  "field.main": "기본 라우팅 테이블",
  "field.subnets": "연결된 서브넷",
  "field.routes": "경로",
  "field.connectivity": "연결 유형",
  "field.instance": "인스턴스",
  "field.natGateway": "NAT 게이트웨이",
  "field.default": "기본 네트워크 ACL",

  // 팔레트 항목을 놓을 수 있는 곳과 그 까닭
  "where.availabilityZone": "가용 영역은 리전에 속합니다. 리전이나 그 안의 VPC에 놓으세요.",
  "where.vpc": "VPC는 하나의 리전 안에 만들어집니다. 리전에 놓으세요.",
  "where.internetGateway": "인터넷 게이트웨이는 VPC에 연결됩니다. VPC에 놓으세요.",
  "where.subnet": "서브넷은 VPC의 가용 영역 하나에 속합니다. VPC 안의 가용 영역 상자에 놓으세요.",
  "where.securityGroup": "보안 그룹은 VPC에 속하고 인스턴스에 할당됩니다. EC2 인스턴스나 VPC에 놓으세요.",
  "where.instance": "EC2 인스턴스는 서브넷 안에서 시작됩니다. 퍼블릭 또는 프라이빗 서브넷에 놓으세요.",
  "where.volume": "EBS 볼륨은 같은 가용 영역의 EC2 인스턴스에 연결됩니다. 인스턴스에 놓으세요.",
  "where.natGateway":
    "NAT 게이트웨이는 서브넷 하나에 만들어집니다(인터넷에 닿으려면 퍼블릭 서브넷). 퍼블릭 서브넷에 놓으세요.",
  "where.routeTable": "라우팅 테이블은 VPC에 속하고 서브넷에 연결됩니다. 서브넷이나 VPC에 놓으세요.",
  "where.networkAcl":
    "네트워크 ACL은 VPC에 속하고 연결된 서브넷의 경계를 지킵니다. 서브넷이나 VPC에 놓으세요.",
  "where.elasticIp": "탄력적 IP는 인스턴스나 NAT 게이트웨이에 연결됩니다. 둘 중 하나에 놓으세요.",
  "where.region": "리전은 캔버스의 맨 바깥에 놓입니다.",

  // 서브넷의 라우팅 테이블·네트워크 ACL 표시, 팔레트 항목을 놓은 곳
  "marks.associated": "이 서브넷에 연결됨",
  "marks.mainRouteTable": "VPC의 기본 테이블을 그대로 씀",
  "marks.defaultAcl": "VPC의 기본 ACL을 그대로 씀",
  "drop.emptyCanvas": "빈 캔버스",
  "drop.zone": "가용 영역 {az}",
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { en, ko };

export type StringParams = TextParams;

/** The string for `key` in `lang`, with {placeholders} filled; unknown placeholders stay visible. */
export function t(lang: Lang, key: StringKey, params: StringParams = {}): string {
  return interpolate(STRINGS[lang][key], params, lang);
}

/** The string for `key` in both languages: an undo step's name is shown in whichever is chosen later. */
export function textOf(key: StringKey, params: StringParams = {}): LocalText {
  return { en: t("en", key, params), ko: t("ko", key, params) };
}
