import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

/** Where parseArticle's time goes, as shares of the profiled time (0–1). */
export interface ParseProfile {
  /** Milliseconds of samples. */
  totalMs: number;
  shares: { part: string; share: number }[];
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** The parts, by the first frame on the stack (leaf upwards) that names one. */
const PARTS: readonly { part: string; matches: (fn: string, url: string) => boolean }[] = [
  {
    part: "pre-walk (inspectInput: depth, cycles, non-JSON values, text)",
    matches: (fn) => fn === "inspectInput",
  },
  {
    part: "fast path (fastParse: shape, text, depth in one pass compiled from ArticleSchema)",
    matches: (fn) => fn === "fastParse",
  },
  {
    part: "meaning checks (checkMeaning: ids, references, quote spans, dates)",
    matches: (fn) => fn === "checkMeaning",
  },
  {
    part: "shape (zod ArticleSchema.safeParse, with newsdoc's refinements)",
    matches: (_, url) => /[\\/]zod[\\/]/.test(url),
  },
  { part: "garbage collection", matches: (fn) => fn === "(garbage collector)" },
];

/** Runs a bench script in a child process under `node --cpu-prof`; returns its stdout and profile. */
function profiled(
  script: string,
  args: readonly string[],
): { stdout: string; profile: CpuProfile } {
  const dir = mkdtempSync(join(tmpdir(), "newsdoc-bench-prof-"));
  try {
    const stdout = execFileSync(
      process.execPath,
      ["--cpu-prof", "--cpu-prof-dir", dir, "--import", "tsx", script, ...args],
      { cwd: benchDir, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("node --cpu-prof wrote no profile");
    return { stdout, profile: JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs parseArticle on the example in a child process under
 * `node --cpu-prof` for `ms` milliseconds and splits the sampled time by
 * part. Frames are matched by function name in the built packages, so a
 * renamed function shows up as "other" rather than being guessed.
 */
export function profileParse(ms = 2000): ParseProfile {
  // The scaling loop at 1×: the example article itself, as a fresh JSON copy.
  return splitProfile(profiled("src/scale-loop.ts", ["parseArticle", "1", String(ms)]).profile);
}

/** A function's self time per KB of output (or input), at two scales. */
export interface HotSpot {
  fn: string;
  /** µs per KB at each profiled scale, in the order of `scales`. */
  microsPerKb: number[];
}

/**
 * Profiles a scaling task at each scale (`ms` of calls each, a child
 * process per scale) and returns the `top` functions by self time per KB at
 * the largest scale, with their cost at every scale: what grows.
 */
export function profileScaling(
  task: string,
  scales: readonly number[],
  ms: number,
  top = 8,
): HotSpot[] {
  const perScale = scales.map((times) => {
    const { stdout, profile } = profiled("src/scale-loop.ts", [task, String(times), String(ms)]);
    const { calls, kb } = JSON.parse(stdout) as { calls: number; kb: number };
    const self = selfTimes(profile);
    return new Map([...self].map(([fn, us]) => [fn, us / calls / kb]));
  });
  const last = perScale[perScale.length - 1]!;
  return [...last]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn]) => ({ fn, microsPerKb: perScale.map((m) => m.get(fn) ?? 0) }));
}

/** Self time (µs) per function of the packages, zod, regular expressions and the collector, keyed `name (file)`. */
function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    // Only the packages, zod, regular expressions and the collector: the
    // loader, the loop and building the scaled article are not the task.
    const fn = frame.functionName;
    const relevant =
      /[\\/](packages|zod)[\\/]/.test(frame.url) ||
      fn.startsWith("RegExp:") ||
      fn === "(garbage collector)";
    if (!relevant) return;
    const file = frame.url.split(/[\\/]/).slice(-3).join("/");
    const key = file ? `${fn || "(anonymous)"} (${file})` : fn;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return out;
}

function splitProfile(profile: CpuProfile): ParseProfile {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const other = "other (parseArticle's own glue)";
  const totals = new Map<string, number>([...PARTS.map((p) => [p.part, 0] as const), [other, 0]]);
  let total = 0;
  profile.samples.forEach((leaf, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    let part: string | undefined;
    let inParse = false;
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      part ??= PARTS.find((p) => p.matches(frame.functionName, frame.url))?.part;
      if (frame.functionName === "parseArticle") inParse = true;
    }
    // Module loading and the loop itself are not parseArticle's time; GC
    // samples carry no stack and are counted (the loop allocates nothing else).
    if (!inParse && part !== "garbage collection") return;
    part ??= other;
    total += dt;
    totals.set(part, totals.get(part)! + dt);
  });
  return {
    totalMs: total / 1000,
    shares: [...totals].map(([part, t]) => ({ part, share: total > 0 ? t / total : 0 })),
  };
}
