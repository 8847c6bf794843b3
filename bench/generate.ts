// The benchmark's topology generator lives with the layout's test helpers; re-exported here.
export { generateTopology, randomSource } from "../src/model/examples/generate.ts";
