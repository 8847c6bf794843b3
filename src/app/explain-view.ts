// What the details view needs, loaded when details first open: the explanation catalog, with the
// reachability answers whose paths the canvas highlights.
export { describeResource } from "../explain/describe.ts";
