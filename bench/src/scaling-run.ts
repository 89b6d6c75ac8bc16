// Child process entry: measures the scaling table in a fresh heap and prints
// it as JSON on stdout. main.ts runs it once with Node's default flags and
// once with a larger young generation (see scaling-child.ts).
import { measureScaling, SCALES } from "./scaling.js";

const scales = process.argv[2] ? process.argv[2].split(",").map(Number) : [...SCALES];
const minMs = process.argv[3] ? Number(process.argv[3]) : undefined;
process.stdout.write(JSON.stringify(measureScaling(scales, minMs)));
