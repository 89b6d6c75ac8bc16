import { basename, extname, join } from "node:path";
import type { InputSource } from "../input/input-source.js";
import type { CliFileSystem } from "../io.js";
import { UsageError } from "../usage-error.js";

/** Where one input's output goes. */
export interface PlannedOutput {
  readonly input: InputSource;
  /** Absolute path of the output file. */
  readonly path: string;
  /** The path as shown to the user (`--out` as given, joined with the file name). */
  readonly display: string;
}

/**
 * The output name of an input: its base name with the format's extension
 * (`articles/a.json` → `a.html`); the example article is `example`.
 */
export function outputName(input: InputSource, extension: string): string {
  if (input.kind === "example") return `example${extension}`;
  const base = basename(input.path);
  return `${base.slice(0, base.length - extname(base).length) || base}${extension}`;
}

/**
 * Plans one output file per input in the folder `outDir` and refuses — with
 * a {@link UsageError}, before anything is written — when two inputs would
 * write the same file, or an output would overwrite any of the inputs (for
 * example `--out` pointing at the inputs' own folder when names clash).
 * Paths are compared after resolving symbolic links, and without case on
 * macOS and Windows, whose file systems usually ignore it.
 */
export async function planOutputs(
  inputs: readonly InputSource[],
  out: { readonly path: string; readonly display: string },
  extension: string,
  fs: CliFileSystem,
): Promise<PlannedOutput[]> {
  const key = (path: string) =>
    process.platform === "darwin" || process.platform === "win32" ? path.toLowerCase() : path;
  const realOut = await fs.realpath(out.path).catch(() => out.path);
  const inputPaths = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind !== "file") continue;
    const real = await fs.realpath(input.path).catch(() => input.path);
    inputPaths.set(key(real), input.display);
    inputPaths.set(key(input.path), input.display);
  }

  const planned: PlannedOutput[] = [];
  const byName = new Map<string, InputSource>();
  for (const input of inputs) {
    const name = outputName(input, extension);
    const display = join(out.display, name);
    const earlier = byName.get(key(name));
    if (earlier !== undefined) {
      throw new UsageError(
        `${earlier.display} and ${input.display} would both be written to ${display}. Render them to separate --out folders, or rename one.`,
      );
    }
    byName.set(key(name), input);
    const shadowed =
      inputPaths.get(key(join(realOut, name))) ?? inputPaths.get(key(join(out.path, name)));
    if (shadowed !== undefined) {
      throw new UsageError(
        `Refusing to overwrite the input ${shadowed}: rendering ${input.display} to ${display} would replace it. Choose another --out folder.`,
      );
    }
    planned.push({ input, path: join(out.path, name), display });
  }
  return planned;
}
