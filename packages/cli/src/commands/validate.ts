import { type CommandDefinition, INPUT_OPTIONS, JOBS_OPTION } from "./command-definition.js";
import { choiceOption, jobsOption } from "./option-values.js";
import { type ReportFormat, runCheck } from "./run-check.js";

/** The report formats of `validate` and `lint`. */
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json"];

/** `newsdoc validate <paths…>`: is every file a valid article? */
export const validateCommand: CommandDefinition = {
  name: "validate",
  usage: "validate [...paths]",
  summary: "Check that files (or whole folders) are valid articles",
  details: [
    "Folders are searched recursively for *.json, *.yaml, *.yml and *.md (skipping node_modules",
    "and hidden folders). Each problem is printed as file:path: message; exit code 1 if any",
    "file is missing, unreadable, not JSON/YAML, or not a valid article.",
  ],
  options: [
    { flags: "--format <format>", description: "Report as text or json (default: text)" },
    JOBS_OPTION,
    ...INPUT_OPTIONS,
  ],
  examples: [
    "newsdoc validate article.json",
    "newsdoc validate articles/ extra.yaml",
    "newsdoc validate articles/ --format json > report.json",
  ],
  run: (args, options, io) =>
    runCheck(
      "validate",
      args,
      {
        example: options.example === true,
        format: choiceOption(options, "format", "--format", REPORT_FORMATS) ?? "text",
        strict: false,
        quiet: options.quiet === true,
        jobs: jobsOption(options),
      },
      io,
    ),
};
