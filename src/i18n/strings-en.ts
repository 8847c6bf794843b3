// The English UI strings the first picture shows, beyond the words of English accessible names
// (strings.ts EN_NAMES): the toolbar's tooltips and notices, search, the empty canvas, undo step
// names, the subnet marks. A chunk of its own, like Korean's (issue #14, initial JS): an English page
// loads it before its first picture, a Korean one once its first picture is painted
// (load-language.ts). What panels, forms, dialogs, import and export say is in strings-en-later.ts,
// fetched once the first picture is painted; the command line's own words are in strings-en-cli.ts.
// first-words.test.ts checks that what the first picture's modules name is here.
// Placeholders as in strings.ts; add a key here or in the later part first, then to Korean's.

export const EN_FIRST = {
  // The Details panel before its content arrives, and the public names of two of its regions
  "details.close": "Close",
  "details.nothingSelected": "Nothing is selected. Select a box on the diagram to see its details here.",
  "details.section.reachability": "Can the internet reach it?",
  "details.section.diagnostics": "Diagnostics",

  // App frame: toolbar, search, diagnostics list, notices
  "app.appTitle": "ec2viz",
  "app.untitled": "Untitled topology",
  "app.undoWhat": "Undo: {action}",
  "app.redoWhat": "Redo: {action}",
  "app.fitView": "Fit view",
  "app.toolbar": "Toolbar",
  "app.switchLanguage": "Switch the interface to Korean",
  "app.search": "Search",
  "app.searchPlaceholder": "Search name, id or tag",
  "app.searchNoMatch": "No resource matches",
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
  "app.openedWithWarnings": "Opened {file} with {warnings}.",
  "app.saved": "Saved {file}.",
  "app.dropFileHere": "Drop a topology file to open it",
  "app.close": "Close",
  "app.properties": "Properties",
  "app.details": "Details",
  "app.shareLinkNotOpened": "The share link could not be opened: {reason}",
  "app.sharedOpened": "Opened the topology from the share link.",
  // A file or share link with rule errors (#15 B15): refused the same way, opened only when asked
  "app.shareLinkRefused": "The share link's topology breaks AWS rules: the current diagram is unchanged.",
  "app.openAnyway": "Open anyway",
  "app.openedWithErrors":
    "Opened {source} with {errors}, listed under the error count. Undo brings back the diagram before.",
  "app.theShareLink": "the share link",

  // Works in a person's hands (#12): skip link, empty canvas, examples over saved work, narrow screens
  "ux.skipToDiagram": "Skip to the diagram",
  "ux.emptyTitle": "An empty canvas.",
  "ux.emptyHint":
    "Start with a Region: drag Region from Components onto this canvas, or focus Region in the list and press Enter.",
  "ux.exampleOpened": "Opened the example {name}. Undo brings back the work you had before.",
  "ux.exampleUnknown":
    "There is no example “{name}”, so the diagram stays as it was. The examples are {names} (e.g. ?example=large-1000).",
  "ux.collapsePalette": "Hide the component names",
  "ux.expandPalette": "Show the component names",
  "ux.firstRegionAdded": "The diagram starts in {region}. Is that the Region you work in?",
  "ux.firstRegionChanged": "The diagram is now in {region}.",
  "ux.firstRegionPick": "Region",
  "autosave.save": "Save a copy",
  "autosave.useOther": "Load the other tab's version",
  "autosave.download": "Download the saved copy",
  "import.done": "Imported {file}.",
  "import.cancelled": "Import cancelled: the diagram is unchanged.",
  "import.failed": "Could not import {file}: the current diagram is unchanged.",

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
  "history.new": "New topology",
  "history.otherTab": "Load the other tab's version",
  "history.restoreAutosave": "Restore autosave",

  // Canvas and palette
  "canvas.miniMap": "Mini map",
  "canvas.layingOut": "Laying out…",
  "canvas.layoutFailed": "Layout failed: {error}",
  "palette.hint": "Drag onto the diagram, or select a container and press Enter.",

  // Properties form (panels/PropertiesForm.tsx, RoutingEditors.tsx)
  "form.properties": "Properties",
  "form.addTag": "Add tag",

  // A subnet's route table and network ACL marks; where a palette item was dropped
  "marks.associated": "associated with this subnet",
  "marks.mainRouteTable": "the VPC's main table, used by default",
  "marks.defaultAcl": "the VPC's default ACL, used by default",
} as const;
