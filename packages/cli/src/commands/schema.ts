import { createRequire } from "node:module";
import { ExitCode } from "../exit-code.js";
import type { CommandDefinition } from "./command-definition.js";

/** The path of the JSON Schema shipped by `@newsdoc/core`. */
export function schemaPath(): string {
  return createRequire(import.meta.url).resolve("@newsdoc/core/schema.json");
}

/** `newsdoc schema`: print the JSON Schema of an article. */
export const schemaCommand: CommandDefinition = {
  name: "schema",
  usage: "schema",
  summary: "Print the JSON Schema of a newsdoc article (draft 2020-12)",
  details: [
    'Point an editor at it with "$schema" in an article file, or validate with any JSON',
    "Schema tool (which checks shape only; `newsdoc validate` also checks meaning).",
  ],
  options: [],
  examples: ["newsdoc schema > newsdoc.schema.json"],
  async run(_args, _options, io) {
    const text = new TextDecoder().decode(await io.fs.readFile(schemaPath()));
    io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    return ExitCode.ok;
  },
};
