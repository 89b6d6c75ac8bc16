import type { CommandDefinition, OptionDefinition } from "./commands/command-definition.js";

/** Options every command takes, listed in every help text. */
export const GLOBAL_OPTIONS: readonly OptionDefinition[] = [
  { flags: "--debug", description: "Show stack traces of internal errors" },
  { flags: "-h, --help", description: "Show help (also per command: newsdoc render --help)" },
  { flags: "-v, --version", description: "Print the version" },
];

const EXIT_CODES = [
  "  0  Every input passed",
  "  1  An input is missing, unreadable, not JSON/YAML, not a valid article, or failed",
  "     to render or write; or lint --strict found warnings",
  "  2  Usage error: unknown command, flag or format, no paths, or outputs that would",
  "     collide with each other or overwrite an input",
];

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n");
}

function optionTable(options: readonly OptionDefinition[]): string {
  return table(options.map((option) => [option.flags, option.description] as const));
}

/** `newsdoc --help`: the commands, global options, exit codes and examples. */
export function globalHelp(commands: readonly CommandDefinition[], version: string): string {
  return [
    `newsdoc ${version}: validate, lint and render newsdoc article files (JSON or YAML).`,
    "",
    "Usage:",
    "  newsdoc <command> [paths…] [options]",
    "",
    "Commands:",
    table(commands.map((command) => [command.usage, command.summary] as const)),
    "",
    "Options:",
    optionTable(GLOBAL_OPTIONS),
    "",
    "Exit codes:",
    ...EXIT_CODES,
    "",
    "Examples:",
    "  newsdoc validate articles/",
    "  newsdoc lint --strict article.yaml",
    "  newsdoc render --example --to html-document > article.html",
    "",
    'Run "newsdoc <command> --help" for the options of a command.',
    "",
  ].join("\n");
}

/** `newsdoc <command> --help`: usage, what it does, every option, examples and exit codes. */
export function commandHelp(command: CommandDefinition): string {
  return [
    "Usage:",
    `  newsdoc ${command.usage}${command.options.length > 0 ? " [options]" : ""}`,
    "",
    `${command.summary}.`,
    ...(command.details ? ["", ...command.details] : []),
    "",
    "Options:",
    optionTable([...command.options, ...GLOBAL_OPTIONS]),
    "",
    "Examples:",
    ...command.examples.map((example) => `  ${example}`),
    "",
    "Exit codes:",
    ...EXIT_CODES,
    "",
  ].join("\n");
}
