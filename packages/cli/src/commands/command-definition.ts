import type { ExitCode } from "../exit-code.js";
import type { CliIo } from "../io.js";

/** One option of a command, as cac spells it (`--to <format>`, `--no-stylesheet`). */
export interface OptionDefinition {
  readonly flags: string;
  readonly description: string;
}

/** The options a command receives: cac's parse, camelCased (`frontMatter`), unchecked. */
export type ParsedOptions = Readonly<Record<string, unknown>>;

/** A `newsdoc` command: what `--help` shows about it and what it does. */
export interface CommandDefinition {
  /** The name typed on the command line. */
  readonly name: string;
  /** The name with its arguments, as cac reads it: `validate [...paths]`. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** More lines for the command's own `--help`. */
  readonly details?: readonly string[];
  readonly options: readonly OptionDefinition[];
  /** Complete command lines. */
  readonly examples: readonly string[];
  /** Runs the command; throws `UsageError` for a mistake on the command line. */
  run(args: readonly string[], options: ParsedOptions, io: CliIo): Promise<ExitCode>;
}

/** Options every command that reads articles takes. */
export const INPUT_OPTIONS: readonly OptionDefinition[] = [
  { flags: "--example", description: "Also read the built-in example article (no file needed)" },
  { flags: "-q, --quiet", description: "No progress bar and no summary line" },
];

/** `--jobs N` of the commands that work through a batch of files (`validate`, `lint`, `render`). */
export const JOBS_OPTION: OptionDefinition = {
  flags: "-j, --jobs <n>",
  description:
    "Threads working on a batch of files (default: one per core; 1: the main thread only)",
};
