import type { Report } from "./report.js";

// What newsdoc text may not hold (see core's validation): controls other than
// tab and newline, lone surrogates, and the 66 noncharacters.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NONCHARACTER =
  /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

/**
 * Text as newsdoc accepts it: line ends as `\n`; other control characters
 * and noncharacters removed; a lone surrogate (half an emoji) replaced by
 * U+FFFD. Reports each string it had to change beyond its line ends.
 */
export function cleanText(value: string, path: string, report: Report): string {
  if (!SUSPECT.test(value)) return value;
  const lines = value.replace(/\r\n?/g, "\n");
  const cleaned = lines
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(NONCHARACTER, "")
    .replace(CONTROL, "");
  if (cleaned !== lines) {
    report.push({
      kind: "approximated",
      path,
      message:
        "The text held control characters, noncharacters or half of a surrogate pair: they were removed (a lone surrogate became U+FFFD).",
    });
  }
  return cleaned;
}

/** True when the string has a character other than whitespace. */
export const isNonBlank = (value: string | undefined): value is string =>
  value !== undefined && /\S/.test(value);

/** {@link cleanText}, or `undefined` when nothing but whitespace is left. */
export function cleanNonBlank(value: string, path: string, report: Report): string | undefined {
  const clean = cleanText(value, path, report);
  return isNonBlank(clean) ? clean : undefined;
}
