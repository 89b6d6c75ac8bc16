/** Names of the characters that look alike or cannot be seen, for messages. */
const NAMES: Readonly<Record<string, string>> = {
  "\u0020": "space",
  "\u00a0": "no-break space",
  "\u2007": "figure space",
  "\u2009": "thin space",
  "\u200a": "hair space",
  "\u202f": "narrow no-break space",
  "\u200b": "zero-width space",
  "\u200c": "zero-width non-joiner",
  "\u200d": "zero-width joiner",
  "\u2060": "word joiner",
  "\ufeff": "zero-width no-break space (BOM)",
  "\u00ad": "soft hyphen",
  "\t": "tab",
  "\n": "newline",
  "'": "apostrophe",
  "\u2018": "left single quotation mark",
  "\u2019": "right single quotation mark",
  '"': "quotation mark",
  "\u201c": "left double quotation mark",
  "\u201d": "right double quotation mark",
  "-": "hyphen-minus",
  "\u2010": "hyphen",
  "\u2011": "non-breaking hyphen",
  "\u2013": "en dash",
  "\u2014": "em dash",
  "\u2212": "minus sign",
  "\u2026": "horizontal ellipsis",
  ".": "full stop",
  ",": "comma",
};

const CONTEXT = 24;

const hex = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** A character as a message shows it: `’ U+2019 (right single quotation mark)`. */
export function describeChar(char: string): string {
  const name = NAMES[char];
  const visible = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `${char} ` : "";
  return `${visible}${hex(char)}${name === undefined ? "" : ` (${name})`}`;
}

function region(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + CONTEXT);
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

/** The index of the first UTF-16 unit where `a` and `b` differ (the shorter length if one is a prefix). */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Never split a surrogate pair in what is shown.
  if (i > 0 && /[\ud800-\udbff]/.test(a[i - 1]!)) i--;
  return i;
}

/**
 * Where two texts that should be equal first differ, as a sentence: the
 * region around the difference in each (not their beginnings), and the two
 * characters there named when they look alike or cannot be seen
 * (`’ U+2019 (right single quotation mark) where the other has ' U+0027
 * (apostrophe)`).
 */
export function describeDifference(
  a: string,
  b: string,
  labels: { a: string; b: string },
): { offset: number; sentence: string } {
  const offset = firstDifference(a, b);
  const charA = String.fromCodePoint(a.codePointAt(offset) ?? 0);
  const charB = String.fromCodePoint(b.codePointAt(offset) ?? 0);
  const inA = offset < a.length;
  const inB = offset < b.length;
  const what =
    inA && inB
      ? `${labels.a} has ${describeChar(charA)} where ${labels.b} has ${describeChar(charB)}`
      : inA
        ? `${labels.b} ends there, ${labels.a} goes on with ${describeChar(charA)}`
        : `${labels.a} ends there, ${labels.b} goes on with ${describeChar(charB)}`;
  return {
    offset,
    sentence: `They first differ at character ${offset}: ${what} (${labels.a}: ${JSON.stringify(region(a, offset))}; ${labels.b}: ${JSON.stringify(region(b, offset))}).`,
  };
}
