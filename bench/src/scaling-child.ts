import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ScalingCell } from "./scaling.js";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Measures the scaling table in a fresh Node process (a clean heap, not
 * the one the peer benchmarks filled), with extra V8 flags if given, e.g.
 * `--max-semi-space-size=64` for a larger young generation.
 */
export function scalingInChild(
  flags: readonly string[],
  scales: readonly number[],
  minMs: number,
): ScalingCell[] {
  const out = execFileSync(
    process.execPath,
    [...flags, "--import", "tsx", "src/scaling-run.ts", scales.join(","), String(minMs)],
    { cwd: benchDir, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out) as ScalingCell[];
}
