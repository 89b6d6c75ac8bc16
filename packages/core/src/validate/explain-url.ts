import { checkParsedUrl } from "../schema/strings.js";
import { quoteText } from "./describe-value.js";

const BAD_CHAR = /[\u0000-\u0020\u007f-\u009f\s\\\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Why `value` is not an acceptable URL, as a sentence with the fix. `mailto`
 * says whether `mailto:` is allowed (links) or not (everything else).
 */
export function explainUrl(value: string, mailto: boolean): string {
  const allowed = mailto
    ? "an absolute http(s) URL or a mailto: address"
    : "an absolute http(s) URL (https://example.com/page)";
  const bad = BAD_CHAR.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!;
    const what =
      bad[0] === "\\"
        ? "a backslash"
        : /\s/.test(bad[0])
          ? "whitespace"
          : `the invisible character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    return `${quoteText(value)} is not ${allowed}: it contains ${what} at index ${bad.index}. Percent-encode it (a space is %20) or remove it.`;
  }
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme === undefined)
    return `${quoteText(value)} is not ${allowed}: it has no scheme. Write the full URL, starting with https://.`;
  const lower = scheme.toLowerCase();
  if (lower === "javascript" || lower === "vbscript" || lower === "data" || lower === "file")
    return `${quoteText(value)} uses the ${lower}: scheme, which is never allowed (it can run code or read local files). Use ${allowed}.`;
  if ((lower === "http" || lower === "https" || lower === "mailto") && scheme !== lower)
    return `${quoteText(value)}: write the scheme in lower case (${lower}:).`;
  if (lower === "mailto" && !mailto)
    return `${quoteText(value)} is a mailto: address, which is allowed only in links. Use ${allowed}.`;
  if (lower !== "http" && lower !== "https" && lower !== "mailto")
    return `${quoteText(value)} uses the ${lower}: scheme. Use ${allowed}.`;
  if (lower === "mailto") return `${quoteText(value)} has no address after mailto:.`;
  if (!/^https?:\/\//.test(value))
    return `${quoteText(value)} is not ${allowed}: the scheme must be followed by // and a host.`;
  const problem = checkParsedUrl(value);
  if (problem) return `${quoteText(value)} is not ${allowed}: ${problem}.`;
  return `${quoteText(value)} is not ${allowed}: it has no host after //.`;
}
