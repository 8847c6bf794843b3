// The editing commands the workbench runs (drops, delete, refusal wording), in one module loaded
// right after the first picture instead of before it.

// Each edited document's index is derived from the one before (index-edit.ts installs itself).
import "../model/index-edit.ts";

export { changeRegion } from "../model/commands/change-region.ts";
export { cascadeMessage, deleteResource } from "../model/commands/delete.ts";
export { refusalMessage } from "../model/commands/refusals.ts";
export {
  applyInstanceDrop,
  applyPaletteDrop,
  applyPaletteToSelection,
  dropTargetFor,
  instanceDropSubnet,
} from "../model/drop.ts";
