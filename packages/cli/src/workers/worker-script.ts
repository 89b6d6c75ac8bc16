import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** How to start one of newsdoc's worker threads. */
export interface WorkerScript {
  /** The module to run, or the code itself when `eval` is set. */
  readonly url: URL | string;
  /** `url` is code to evaluate, not a module to load. */
  readonly eval?: boolean;
  readonly execArgv: readonly string[];
  /** Extra `workerData` the bootstrap needs (merged beside the task). */
  readonly workerData?: Readonly<Record<string, unknown>>;
}

/** The export condition under which the workspace's packages resolve to their TypeScript sources. */
export const SOURCE_CONDITION = "@newsdoc/source";

/**
 * The batch worker's entry. In the published package this module is bundled
 * into `dist/`, beside `dist/worker.js` (the worker's own build). Run from
 * the TypeScript sources (vitest, or `tsx src/cli.ts`), there is no build to
 * load: the worker registers tsx's loader first and resolves the workspace's
 * packages through their source export condition, so it runs the same code
 * the tests run, never a stale `dist/`.
 */
export function batchWorkerScript(): WorkerScript {
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) {
    return { url: new URL("./worker.js", here), execArgv: [] };
  }
  const tsx = tsxEsmApi(here);
  const entry = new URL("./batch-worker.ts", here).href;
  return {
    url: `import(${JSON.stringify(tsx)}).then((tsx) => { (tsx.register)(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
    execArgv: [`--conditions=${SOURCE_CONDITION}`],
  };
}

/**
 * The URL of tsx's ESM loader API (`tsx/esm/api`, import condition), found
 * through tsx's own exports map: `require.resolve` would give the CommonJS
 * build, which cannot register the ESM hooks the workspace's sources need.
 */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports["./esm/api"]?.import.default;
  if (entry === undefined) throw new Error(`${manifest} has no "./esm/api" export.`);
  return pathToFileURL(join(dirname(manifest), entry)).href;
}
