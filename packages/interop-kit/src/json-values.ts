import type { Report } from "./report.js";

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object. */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The string at `key`, or `undefined`; anything else there is reported as dropped. */
export function stringAt(
  object: JsonObject,
  key: string,
  path: string,
  report: Report,
): string | undefined {
  const value = object[key];
  if (value === undefined || typeof value === "string") return value;
  report.push({
    kind: "dropped",
    path: path === "" ? key : `${path}.${key}`,
    message: `Expected a string, found ${describe(value)}: left out.`,
  });
  return undefined;
}

/** The objects in the array at `key`, with their paths; other values are reported as dropped. */
export function objectsAt(
  object: JsonObject,
  key: string,
  path: string,
  report: Report,
): [JsonObject, string][] {
  const value = object[key];
  const at = path === "" ? key : `${path}.${key}`;
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.push({
      kind: "dropped",
      path: at,
      message: `Expected an array, found ${describe(value)}: left out.`,
    });
    return [];
  }
  const out: [JsonObject, string][] = [];
  value.forEach((item, i) => {
    if (isObject(item)) out.push([item, `${at}[${i}]`]);
    else
      report.push({
        kind: "dropped",
        path: `${at}[${i}]`,
        message: `Expected an object, found ${describe(item)}: left out.`,
      });
  });
  return out;
}

/** A positive integer, or `undefined`. */
export const positiveInteger = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;

/** "a number", "an array", "null", for messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
