import { dirname, join } from "node:path";
import { checkLintRuleSettings, type LintRuleSettings } from "@newsdoc/core";
import type { CliFileSystem } from "../io.js";
import type { Problem } from "../problem.js";

/** The config file `newsdoc` looks for beside an input and in every folder above it. */
export const CONFIG_FILE_NAME = "newsdoc.config.json";

/** The lint settings that apply to an input, and the file they came from. */
export type LintConfig =
  | { readonly ok: true; readonly file: string | undefined; readonly rules: LintRuleSettings }
  | {
      readonly ok: false;
      readonly file: string;
      /** Problems with the file itself; their messages do not repeat the file's name. */
      readonly problems: readonly Problem[];
    };

const NONE: LintConfig = { ok: true, file: undefined, rules: {} };

/**
 * Finds the config for files in `folder`: the nearest `newsdoc.config.json`,
 * or `package.json` with a `"newsdoc"` key, walking up to the root — the
 * way ESLint and Prettier find theirs. Its shape is
 * `{ "lint": { "rules": { "missing-date-published": "off" } } }`. Results
 * are cached per folder in `cache`, so a folder of 10,000 files reads each
 * config once.
 */
export function findLintConfig(
  folder: string,
  fs: CliFileSystem,
  cache: Map<string, Promise<LintConfig>>,
): Promise<LintConfig> {
  const cached = cache.get(folder);
  if (cached !== undefined) return cached;
  const found = (async (): Promise<LintConfig> => {
    const own = await readConfigIn(folder, fs);
    if (own !== undefined) return own;
    const parent = dirname(folder);
    return parent === folder ? NONE : findLintConfig(parent, fs, cache);
  })();
  cache.set(folder, found);
  return found;
}

async function readConfigIn(folder: string, fs: CliFileSystem): Promise<LintConfig | undefined> {
  const configPath = join(folder, CONFIG_FILE_NAME);
  const configText = await readText(configPath, fs);
  if (configText !== undefined) return parseConfig(configPath, configText, false);
  const packagePath = join(folder, "package.json");
  const packageText = await readText(packagePath, fs);
  if (packageText === undefined) return undefined;
  return parseConfig(packagePath, packageText, true);
}

async function readText(path: string, fs: CliFileSystem): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await fs.readFile(path));
  } catch {
    return undefined;
  }
}

/** Parses a config file; a `package.json` without a `newsdoc` key is no config (`undefined`). */
function parseConfig(file: string, text: string, inPackage: boolean): LintConfig | undefined {
  const fail = (message: string): LintConfig => ({
    ok: false,
    file,
    problems: [{ severity: "error", code: "config-invalid", message }],
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    if (inPackage) return undefined;
    return fail(`is not JSON (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  const where = inPackage ? 'the "newsdoc" key' : "the file";
  let config: unknown = json;
  if (inPackage) {
    if (typeof json !== "object" || json === null || !Object.hasOwn(json, "newsdoc"))
      return undefined;
    config = (json as Record<string, unknown>).newsdoc;
  }
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    return fail(
      `${where} must be an object like { "lint": { "rules": { "missing-url": "off" } } }.`,
    );
  }
  const unknownKeys = Object.keys(config).filter((key) => key !== "lint");
  if (unknownKeys.length > 0) {
    return fail(
      `${where} has unknown keys ${unknownKeys.map((k) => JSON.stringify(k)).join(", ")}; the only key is "lint".`,
    );
  }
  const lint = (config as Record<string, unknown>).lint;
  if (lint === undefined) return { ok: true, file, rules: {} };
  if (typeof lint !== "object" || lint === null || Array.isArray(lint)) {
    return fail(`"lint" must be an object like { "rules": { "missing-url": "off" } }.`);
  }
  const lintKeys = Object.keys(lint).filter((key) => key !== "rules");
  if (lintKeys.length > 0) {
    return fail(
      `"lint" has unknown keys ${lintKeys.map((k) => JSON.stringify(k)).join(", ")}; the only key is "rules".`,
    );
  }
  const rules = (lint as Record<string, unknown>).rules ?? {};
  const problems = checkLintRuleSettings(rules);
  if (problems.length > 0) {
    return {
      ok: false,
      file,
      problems: problems.map((p) => ({
        severity: "error" as const,
        code: "config-invalid",
        message: p.message,
      })),
    };
  }
  return { ok: true, file, rules: rules as LintRuleSettings };
}
