import { ruleFlags } from "../config/rule-flags.js";
import { type CommandDefinition, INPUT_OPTIONS, JOBS_OPTION } from "./command-definition.js";
import { choiceOption, flagOption, jobsOption } from "./option-values.js";
import { runCheck } from "./run-check.js";
import { REPORT_FORMATS } from "./validate.js";

/** `newsdoc lint <paths…>`: validation, plus `lintArticle`'s warnings. */
export const lintCommand: CommandDefinition = {
  name: "lint",
  usage: "lint [...paths]",
  summary: "Validate, then report lint warnings (missing date, image size, …)",
  details: [
    "Each rule has a severity: error fails the file, warn fails it under --strict, info never does.",
    'Severities come from --rule, else from the nearest newsdoc.config.json (or a "newsdoc" key in',
    'package.json) above each file: { "lint": { "rules": { "missing-date-published": "off" } } }.',
    "Invalid files always fail.",
  ],
  options: [
    { flags: "--strict", description: "Warnings (severity warn) fail the file (exit code 1)" },
    {
      flags: "--rule <name=severity>",
      description: "Set a rule's severity: error, warn, info or off (repeatable)",
    },
    { flags: "--format <format>", description: "Report as text or json (default: text)" },
    JOBS_OPTION,
    ...INPUT_OPTIONS,
  ],
  examples: [
    "newsdoc lint articles/",
    "newsdoc lint --strict article.yaml",
    "newsdoc lint --rule missing-date-published=off --rule missing-url=error articles/",
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
        rules: ruleFlags(options),
        quiet: options.quiet === true,
        jobs: jobsOption(options),
      },
      io,
    ),
};
