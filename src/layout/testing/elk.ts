// elkjs for Node-side tests and the benchmark (the browser runs the same code in a worker).
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkLike } from "../engine.ts";

export const nodeElk: ElkLike = new ELK();
