// The English words only the command line says (`ec2viz validate`, `render`, `export`, `import`,
// `serve`): never fetched by the page (issue #14). The CLI and the tests have them (both-languages.ts).
// Placeholders as in strings.ts; add a key here first, then to strings-ko-cli.ts.

export const EN_CLI = {
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
} as const;
