import { type CommandDefinition, INPUT_OPTIONS } from "./command-definition.js";
import { CONCURRENCY } from "./concurrency.js";
import { choiceOption, flagOption } from "./option-values.js";
import { runCheck } from "./run-check.js";
import { REPORT_FORMATS } from "./validate.js";

/** `newsdoc lint <paths…>`: validation, plus `lintArticle`'s warnings. */
export const lintCommand: CommandDefinition = {
  name: "lint",
  usage: "lint [...paths]",
  summary: "Validate, then report lint warnings (missing date, image size, …)",
  details: ["Warnings do not fail a file unless --strict is given; invalid files always fail."],
  options: [
    { flags: "--strict", description: "Warnings fail the file (exit code 1)" },
    { flags: "--format <format>", description: "Report as text or json (default: text)" },
    ...INPUT_OPTIONS,
  ],
  examples: [
    "newsdoc lint articles/",
    "newsdoc lint --strict article.yaml",
    "newsdoc lint --example",
  ],
  run: (args, options, io) =>
    runCheck(
      "lint",
      args,
      {
        example: options.example === true,
        format: choiceOption(options, "format", "--format", REPORT_FORMATS) ?? "text",
        strict: flagOption(options, "strict"),
        quiet: options.quiet === true,
        concurrency: CONCURRENCY,
      },
      io,
    ),
};
