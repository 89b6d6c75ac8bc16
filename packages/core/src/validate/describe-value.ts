import type { ValueKind } from "./issue.js";

const MAX_SHOWN = 60;

/** A string for a message: JSON-quoted, cut to a readable length. */
export function quoteText(value: string, max = MAX_SHOWN): string {
  const chars = Array.from(value);
  const shown = chars.length > max ? `${chars.slice(0, max).join("")}…` : value;
  return JSON.stringify(shown);
}

/** What a value is, for a message: `the number 42`, `an array`, `the string "x"`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${quoteText(value)}`;
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case "boolean":
      return `the boolean ${value}`;
    case "bigint":
      return "a bigint (JSON has no bigints; use a number)";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return "an object";
  }
}

/** `a string`, `an array`, … for zod's `expected` names. */
export function describeExpected(expected: string): string {
  switch (expected) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "int":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "array":
      return "an array";
    case "object":
      return "an object";
    default:
      return expected;
  }
}

/** The kind of a value, for an issue's params: `typeof`, with `null` and `array` apart. */
export function valueKind(value: unknown): ValueKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
