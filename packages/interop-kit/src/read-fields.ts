import { DateTimeSchema, isLanguageTag } from "@newsdoc/core";
import { type JsonObject, stringAt } from "./json-values.js";
import type { Report } from "./report.js";

/** The ISO 8601 date-time with offset at `key` of the top-level object, else `undefined` (anything else there is reported). */
export function dateAt(object: JsonObject, key: string, report: Report): string | undefined {
  const value = stringAt(object, key, "", report);
  if (value === undefined) return undefined;
  if (DateTimeSchema.safeParse(value).success) return value;
  report.push({
    kind: "dropped",
    path: key,
    message: `${JSON.stringify(value)} is not an ISO 8601 date-time with an offset: left out.`,
  });
  return undefined;
}

/**
 * The BCP 47 tag at `language` of the top-level object; an invalid one is
 * reported, and without a valid one `fallback` (the caller's option), else
 * `"und"` (undetermined, reported: `what` is "item" or "story").
 */
export function languageAt(
  object: JsonObject,
  fallback: string | undefined,
  what: string,
  report: Report,
): string {
  const language = stringAt(object, "language", "", report);
  if (language !== undefined && isLanguageTag(language)) return language;
  if (language !== undefined)
    report.push({
      kind: "dropped",
      path: "language",
      message: `${JSON.stringify(language)} is not a BCP 47 language tag.`,
    });
  if (fallback === undefined)
    report.push({
      kind: "approximated",
      path: "language",
      message: `The ${what} gives no language: "und" (undetermined) stands in; pass options.language.`,
    });
  return fallback ?? "und";
}
