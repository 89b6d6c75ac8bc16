import { build } from "esbuild";

/**
 * The export condition under which newsdoc's packages resolve to their
 * TypeScript sources (`"@newsdoc/source"` in each `exports` entry), so a
 * test bundles the code in the tree, never a stale or missing `dist/`.
 */
export const SOURCE_CONDITION = "@newsdoc/source";

/** Options of {@link bundleForBrowser}. */
export interface BundleForBrowserOptions {
  /** The folder `code`'s imports resolve from (a package's `src/`). */
  readonly resolveDir: string;
  /** More export conditions, after the source condition (`["react-server"]`). Default none. */
  readonly conditions?: readonly string[];
  /** Packages left out of the bundle (`["react"]`). Default none. */
  readonly external?: readonly string[];
}

/** What went into a bundle. */
export interface BrowserBundle {
  /** Every module in the bundle, with `/` separators. */
  readonly inputs: readonly string[];
  /** The bundle's code (not minified). */
  readonly text: string;
}

/**
 * Bundles `code` as a browser app would (esbuild, ESM, `platform: "browser"`),
 * with newsdoc's packages resolved to their sources through their export
 * condition, and returns the modules that ended up in it: for tests that a
 * renderer pulls in no zod, no validator, no parser.
 *
 * @example
 * ```ts
 * const { inputs } = await bundleForBrowser(`export { toHtml } from "@newsdoc/html";`, { resolveDir: here });
 * expect(inputs.filter(isZodModule)).toEqual([]);
 * ```
 */
export async function bundleForBrowser(
  code: string,
  options: BundleForBrowserOptions,
): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: options.resolveDir, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: [SOURCE_CONDITION, ...(options.conditions ?? [])],
    external: [...(options.external ?? [])],
    write: false,
    metafile: true,
    minify: false,
    logLevel: "silent",
  });
  return {
    inputs: Object.keys(result.metafile.inputs).map((path) => path.replaceAll("\\", "/")),
    text: result.outputFiles[0]?.text ?? "",
  };
}

/** Whether a bundled module (from {@link bundleForBrowser}) is part of zod. */
export function isZodModule(path: string): boolean {
  return path.includes("node_modules/zod/");
}

/** Whether a bundled module is core's validator: its zod schemas, validation or lint. */
export function isValidatorModule(path: string): boolean {
  return /core\/src\/(schema|validate|lint)\//.test(path);
}
