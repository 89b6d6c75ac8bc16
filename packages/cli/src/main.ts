import { cac } from "cac";
import { annotateCommand } from "./commands/annotate.js";
import type { CommandDefinition } from "./commands/command-definition.js";
import { exampleCommand } from "./commands/example.js";
import { importCommand } from "./commands/import.js";
import { lintCommand } from "./commands/lint.js";
import { renderCommand } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { ExitCode } from "./exit-code.js";
import { commandHelp, GLOBAL_OPTIONS, globalHelp } from "./help.js";
import { type CliIo, resolveIo } from "./io.js";
import { suggestCommand } from "./suggest-command.js";
import { UsageError } from "./usage-error.js";
import { cliVersion } from "./version.js";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  validateCommand,
  lintCommand,
  renderCommand,
  importCommand,
  annotateCommand,
  schemaCommand,
  exampleCommand,
];

/**
 * Runs the `newsdoc` command line and resolves with its exit code (see
 * `ExitCode`: 0 ok, 1 invalid input, 2 usage error). It never throws and
 * never calls `process.exit`: errors are printed to `io.stderr` as
 * sentences, with a stack trace only under `--debug`.
 *
 * @param argv - Like `process.argv`: the first two entries (node and the
 *   script) are skipped.
 * @param io - Streams, working folder, environment and file system; each
 *   defaults to the real process.
 *
 * @example
 * ```ts
 * import { main } from "@newsdoc/cli";
 *
 * let out = "";
 * const code = await main(["node", "newsdoc", "validate", "articles/"], {
 *   stdout: { write: (text) => (out += text) },
 * });
 * ```
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<ExitCode> {
  const resolved = resolveIo(io);
  const args = joinDashValues(argv.slice(2));
  let commandName: string | undefined;
  try {
    const cli = cac("newsdoc");
    for (const option of GLOBAL_OPTIONS) cli.option(option.flags, option.description);
    for (const definition of COMMANDS) {
      const command = cli.command(definition.usage, definition.summary);
      for (const option of definition.options) command.option(option.flags, option.description);
    }
    const parsed = cli.parse(["node", "newsdoc", ...args], { run: false });
    const matched = cli.matchedCommand;
    const definition = COMMANDS.find((command) => command.name === matched?.name);
    commandName = definition?.name;

    if (parsed.options.version === true) {
      resolved.stdout.write(`${cliVersion()}\n`);
      return ExitCode.ok;
    }
    if (parsed.options.help === true) {
      resolved.stdout.write(
        definition ? commandHelp(definition) : globalHelp(COMMANDS, cliVersion()),
      );
      return ExitCode.ok;
    }
    if (matched === undefined || definition === undefined) {
      const given = parsed.args[0];
      if (given === undefined) {
        resolved.stderr.write(globalHelp(COMMANDS, cliVersion()));
        return ExitCode.usage;
      }
      const suggestion = suggestCommand(
        String(given),
        COMMANDS.map((command) => command.name),
      );
      throw new UsageError(
        `Unknown command "${given}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} Commands: ${COMMANDS.map((command) => command.name).join(", ")}.`,
      );
    }
    matched.checkUnknownOptions();
    matched.checkOptionValue();
    matched.checkUnusedArgs();
    const afterDashes = (parsed.options["--"] as unknown[] | undefined) ?? [];
    const paths = [...parsed.args, ...afterDashes].map(String);
    return await definition.run(paths, parsed.options, resolved);
  } catch (error) {
    return reportError(error, commandName, args.includes("--debug"), resolved);
  }
}

/**
 * `--out -` as `--out=-`: the option parser would read a lone `-` as the
 * start of another flag and leave `--out` without a value.
 */
function joinDashValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      joined.push(...args.slice(i));
      break;
    }
    if ((arg === "--out" || arg === "-o") && args[i + 1] === "-") {
      joined.push(`${arg}=-`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function reportError(
  error: unknown,
  commandName: string | undefined,
  debug: boolean,
  io: CliIo,
): ExitCode {
  const isUsage =
    error instanceof UsageError || (error instanceof Error && error.name === "CACError");
  if (isUsage) {
    const message =
      error instanceof UsageError ? error.message : cacMessage((error as Error).message);
    const help = commandName ? `newsdoc ${commandName} --help` : "newsdoc --help";
    io.stderr.write(`newsdoc: ${message}\nRun "${help}" for usage.\n`);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`newsdoc: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else
    io.stderr.write(
      "This is a bug in newsdoc. Run again with --debug for the stack trace and report it.\n",
    );
  return ExitCode.invalid;
}

/** cac's messages, as sentences: "Unknown option `--foo`" → "Unknown option --foo." */
function cacMessage(message: string): string {
  const text = message
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^option (.*) value is missing$/, "Option $1 needs a value")
    .replace(/^Unused args: (.*)$/, "Unexpected arguments: $1 (this command takes none)");
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
