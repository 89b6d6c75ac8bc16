import { resolve } from "node:path";
import { checkSite, type Site, SiteConfigError } from "@newsdoc/jsonld";
import { parse } from "yaml";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

/**
 * Reads `--site FILE` (YAML, or JSON, which is YAML) and checks it with
 * `checkSite`; any problem is a usage error that names the file and lists
 * every problem with its path.
 */
export async function loadSite(path: string, io: Pick<CliIo, "fs" | "cwd">): Promise<Site> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(
      await io.fs.readFile(resolve(io.cwd, path)),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--site ${path}: cannot read the site configuration (${reason}).`);
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`--site ${path}: not valid YAML: ${reason}`);
  }
  try {
    return checkSite(value);
  } catch (error) {
    if (error instanceof SiteConfigError) {
      throw new UsageError(`--site ${path}: ${error.message}`);
    }
    throw error;
  }
}
