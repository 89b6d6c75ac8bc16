// What validation refuses in text: C0/C1 controls other than tab and
// newline, DEL, lone surrogates and noncharacters. The HTML parser passes
// most of them through; none of them is visible text.
const INVALID =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const FORM_FEED_OR_CR = /[\f\r]/g;

/**
 * Text as the model accepts it: a form feed or carriage return becomes a
 * space (HTML reads both as whitespace), other controls and noncharacters
 * are removed (they are never visible), and a lone surrogate becomes
 * U+FFFD. Returns the cleaned text and whether anything changed.
 */
export function cleanText(value: string): string {
  let out = value;
  if (FORM_FEED_OR_CR.test(out)) out = out.replace(FORM_FEED_OR_CR, " ");
  FORM_FEED_OR_CR.lastIndex = 0;
  out = out.replace(INVALID, "");
  out = out.replace(LONE_SURROGATE, "\ufffd");
  return out;
}

/** True when the text has a non-whitespace character. */
export function isNonBlank(value: string | undefined): value is string {
  return value !== undefined && /\S/.test(value);
}

/** At most 200 characters of a value, for a report. */
export function shortValue(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 200 ? value : `${chars.slice(0, 199).join("")}…`;
}
