import { article } from "@newsdoc/core/example";
import { ExitCode } from "../exit-code.js";
import type { CommandDefinition } from "./command-definition.js";

/** `newsdoc example`: print the example article as JSON. */
export const exampleCommand: CommandDefinition = {
  name: "example",
  usage: "example",
  summary: "Print the example article as JSON (a starting point for your own)",
  options: [],
  examples: ["newsdoc example > article.json", "newsdoc render --example --to html-document"],
  async run(_args, _options, io) {
    io.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    return ExitCode.ok;
  },
};
