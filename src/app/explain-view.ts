// What the details view needs, loaded when details first open: the explanation catalog and the
// internet path of an instance (highlighted on the canvas while its details are open).
export { describeResource } from "../explain/describe.ts";
export { internetReachability } from "../model/reachability.ts";
