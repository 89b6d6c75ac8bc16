/** Which of an article's dates a `formatDate` option is asked to format. */
export type DateKind = "published" | "modified";

/** The English month names, January first. */
export const MONTH_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The renderers' default `formatDate`: the calendar date as written in the
 * ISO string (so in the publisher's own offset, never shifted to the
 * reader's time zone), in English: `"11 September 2015"`. A string that
 * does not start with a date is returned as it is.
 *
 * @example
 * ```ts
 * formatDateEnglish("2015-09-11T10:00:00+03:00"); // "11 September 2015"
 * formatDateEnglish("2015-06-29");                // "29 June 2015"
 * ```
 */
export function formatDateEnglish(iso: string): string {
  const match = DATE.exec(iso);
  if (!match) return iso;
  const month = MONTH_NAMES[Number(match[2]) - 1];
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`;
}

/** A renderer's `formatDate` option: shows an ISO date-time to readers. */
export type FormatDate = (iso: string, kind: DateKind) => string;

/**
 * Throws a `TypeError` unless `value` can serve as a `formatDate` option
 * (for JavaScript callers; TypeScript stops them at compile time).
 */
export function checkFormatDateOption(value: unknown): asserts value is FormatDate {
  if (typeof value !== "function") {
    throw new TypeError("options.formatDate must be a function (iso, kind) => string.");
  }
}

/**
 * Calls a renderer's `formatDate` option and checks what it returns, so a
 * user's function that returns no string is a clear `TypeError`, not
 * `"undefined"` in the output.
 *
 * @example
 * ```ts
 * callFormatDate(formatDateEnglish, "2015-09-11T10:00:00Z", "published"); // "11 September 2015"
 * ```
 */
export function callFormatDate(formatDate: FormatDate, iso: string, kind: DateKind): string {
  const shown: unknown = formatDate(iso, kind);
  if (typeof shown !== "string") {
    throw new TypeError(`options.formatDate must return a string, got ${typeof shown}.`);
  }
  return shown;
}
