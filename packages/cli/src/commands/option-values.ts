import { availableParallelism } from "node:os";
import { UsageError } from "../usage-error.js";
import type { ParsedOptions } from "./command-definition.js";

/**
 * A string option's value, or `undefined` when it is absent. cac turns
 * `--out 2015` into a number and a repeated option into an array; this takes
 * the text and refuses a repeat, so a typo never silently wins.
 */
export function stringOption(
  options: ParsedOptions,
  name: string,
  flag: string,
): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    throw new UsageError(`${flag} was given ${value.length} times; give it once.`);
  }
  if (typeof value === "boolean") throw new UsageError(`${flag} needs a value.`);
  return String(value);
}

/** A string option that must be one of `choices`. */
export function choiceOption<T extends string>(
  options: ParsedOptions,
  name: string,
  flag: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(options, name, flag);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(
      `Unknown value "${value}" for ${flag}; use one of: ${choices.join(", ")}.`,
    );
  }
  return value as T;
}

/**
 * A repeatable option's values: `--appendix quotes --appendix claims` or
 * `--appendix quotes,claims`, each one of `choices`, without duplicates.
 */
export function listOption<T extends string>(
  options: ParsedOptions,
  name: string,
  flag: string,
  choices: readonly T[],
): T[] {
  const value = options[name];
  if (value === undefined) return [];
  const raw = Array.isArray(value) ? value : [value];
  const values: T[] = [];
  for (const item of raw) {
    if (typeof item === "boolean") throw new UsageError(`${flag} needs a value.`);
    for (const part of String(item).split(",")) {
      const text = part.trim();
      if (!(choices as readonly string[]).includes(text)) {
        throw new UsageError(
          `Unknown value "${text}" for ${flag}; use one of: ${choices.join(", ")}.`,
        );
      }
      if (!values.includes(text as T)) values.push(text as T);
    }
  }
  return values;
}

/** A boolean flag: `true` only when given (`--strict`). */
export function flagOption(options: ParsedOptions, name: string): boolean {
  const value = options[name];
  return Array.isArray(value) ? value.includes(true) : value === true;
}

/** A flag that is on unless negated (`--no-stylesheet` makes `stylesheet` false). */
export function negatableOption(options: ParsedOptions, name: string): boolean {
  const value = options[name];
  return Array.isArray(value) ? !value.includes(false) : value !== false;
}

/**
 * `--jobs N`: how many threads may work on a batch, the main thread
 * included (so `N - 1` workers at most), a whole number of at least 1. Default: `os.availableParallelism()` (the cores this process may
 * run on).
 */
export function jobsOption(options: ParsedOptions): number {
  const text = stringOption(options, "jobs", "--jobs");
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(
      `--jobs takes a whole number of threads, 1 or more (1 works on the main thread only), got "${text}".`,
    );
  }
  return jobs;
}
