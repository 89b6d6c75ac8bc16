import fc from "fast-check";

/** Single characters that mean something in HTML, Markdown, URLs, YAML or JSON. */
export const MARKUP_METACHARACTERS = [..."<>&\"'`*_[](){}#!|~+-=.\\/:;?@%$^,"] as const;

/** Sequences that open, close or confuse markup contexts. */
export const MARKUP_TOKENS = [
  "<script>",
  "</script>",
  "</SCRIPT >",
  "<!--",
  "-->",
  "--!>",
  "<![CDATA[",
  "]]>",
  "</style>",
  "</title>",
  "</textarea>",
  "<?xml?>",
  "<!doctype html>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  "javascript:alert(1)",
  "<a href=javascript:alert(1)>x</a>",
  "<div>",
  "</p>",
  "&lt;",
  "&gt;",
  "&#x3c;",
  "&#60;",
  "&#0000060",
  "&amp;",
  "&quot;",
  "&apos;",
  "&nbsp;",
  "&colon;",
  "&",
  "&#",
  "**",
  "__",
  "*x*",
  "_x_",
  "~~x~~",
  "[x](javascript:alert(1))",
  "[x]: http://a.example",
  "![a](http://a.example/i.png)",
  "<http://a.example>",
  "<mailto:a@b.example>",
  "`code`",
  "```",
  "~~~",
  "1. ",
  "1) ",
  "- ",
  "+ ",
  "* ",
  "# ",
  "> ",
  "---",
  "***",
  "===",
  "| a | b |",
  "\\",
  "\\\\",
  "\\*",
  "{{x}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point.
  "${x}",
  "%3C",
  "%00",
  "\\u003c",
  "\\n",
  "---\ntitle: x\n---",
] as const;

/** Quotation marks of many languages, straight and curly. */
export const QUOTATION_MARKS = [..."\"'“”‘’«»„‚‹›「」『』"] as const;

/** Whitespace, including line and paragraph separators and non-breaking spaces. */
export const HOSTILE_WHITESPACE = [
  " ",
  "  ",
  "   ",
  "\t",
  "\n",
  "\n\n",
  " \n",
  "  \n",
  "\u00a0",
  "\u2003",
  "\u3000",
  "\u2028",
  "\u2029",
] as const;

/** Astral (non-BMP) characters and multi-code-point emoji. */
export const ASTRAL = ["😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "👩‍👩‍👧", "🏳️‍🌈", "🇺🇦", "𐐷", "🤷🏽‍♀️"] as const;

/** Bidirectional controls and right-to-left text. */
export const BIDI = [
  "\u200f",
  "\u200e",
  "\u202e",
  "\u202b",
  "\u202c",
  "\u2066",
  "\u2067",
  "\u2069",
  "\u061c",
  "مرحبا",
  "שלום",
] as const;

/** Zero-width characters, including the joiner and the byte-order mark. */
export const ZERO_WIDTH = ["\u200d", "\u200b", "\u200c", "\u2060", "\ufeff"] as const;

/** Combining marks, alone, on a letter, and stacked. */
export const COMBINING = [
  "\u0301",
  "e\u0301",
  "\u0336",
  "Z\u0351\u0363\u0364\u0306\u0308",
  "\u20dd",
  "क्षि",
] as const;

/** Characters a validated article must not contain (C0/C1 controls but tab/newline, DEL, lone surrogates, noncharacters). */
export const FORBIDDEN_CHARACTERS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\r",
  "\r\n",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u009b",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ufffe",
  "\uffff",
] as const;

// What the validator refuses in text: C0/C1 controls other than tab and
// newline, DEL, lone surrogates (with the u flag, which pairs surrogates into
// one code point, a surrogate range matches only lone halves) and the 66
// noncharacters.
const FORBIDDEN =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/gu;

/**
 * Whether a string respects the model's character rules: no lone
 * surrogates, no control characters but tab and newline, no noncharacters.
 */
export function isValidModelText(value: string): boolean {
  FORBIDDEN.lastIndex = 0;
  return !FORBIDDEN.test(value);
}

/** Removes every character {@link isValidModelText} rejects. */
export function stripForbidden(value: string): string {
  return value.replace(FORBIDDEN, "");
}

/** Options for {@link validText} and {@link rawText}. */
export interface HostileTextOptions {
  /** Allow strings that are empty or whitespace only. Default `false`: every string has a non-space character. */
  blank?: boolean;
  /** No `\n`, U+2028 or U+2029. Default `false`. */
  singleLine?: boolean;
  /** At most this many fragments are joined. Default `8`. */
  maxFragments?: number;
  /** Sometimes (about 1 in 60) produce a string of 2,000–20,000 characters. Default `true`. */
  long?: boolean;
}

const ascii = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 });
const anyUnicode = fc.string({ unit: "binary", minLength: 1, maxLength: 6 });
const word = fc.constantFrom(
  "Russia",
  "Muallem",
  "Tass",
  "a",
  "x",
  "1",
  "2015",
  "Syria's",
  "don't",
);

function fragment(raw: boolean): fc.Arbitrary<string> {
  const pieces: fc.WeightedArbitrary<string>[] = [
    { arbitrary: fc.constantFrom(...MARKUP_METACHARACTERS), weight: 8 },
    { arbitrary: fc.constantFrom(...MARKUP_TOKENS), weight: 6 },
    { arbitrary: fc.constantFrom(...QUOTATION_MARKS), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_WHITESPACE), weight: 4 },
    { arbitrary: fc.constantFrom(...ASTRAL), weight: 2 },
    { arbitrary: fc.constantFrom(...BIDI), weight: 2 },
    { arbitrary: fc.constantFrom(...ZERO_WIDTH), weight: 2 },
    { arbitrary: fc.constantFrom(...COMBINING), weight: 2 },
    { arbitrary: word, weight: 4 },
    { arbitrary: ascii, weight: 4 },
    { arbitrary: raw ? anyUnicode : anyUnicode.map(stripForbidden), weight: 2 },
  ];
  if (raw) {
    pieces.push({ arbitrary: fc.constantFrom(...FORBIDDEN_CHARACTERS), weight: 4 });
    pieces.push({ arbitrary: fc.string({ unit: "binary-ascii", maxLength: 4 }), weight: 1 });
  }
  return fc.oneof(...pieces);
}

const validFragment = fragment(false);
const rawFragment = fragment(true);

function longString(piece: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2000, max: 20000 }))
    .map(([parts, length]) => {
      const unit = parts.join("") || "x";
      return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    });
}

function hostile(raw: boolean, options: HostileTextOptions): fc.Arbitrary<string> {
  const { blank = false, singleLine = false, maxFragments = 8, long = true } = options;
  const piece = raw ? rawFragment : validFragment;
  const short = fc
    .array(piece, { minLength: blank ? 0 : 1, maxLength: maxFragments })
    .map((parts) => parts.join(""));
  let text = long
    ? fc.oneof({ arbitrary: short, weight: 60 }, { arbitrary: longString(piece), weight: 1 })
    : short;
  if (!raw) text = text.map(stripForbidden);
  if (singleLine) text = text.map((s) => s.replace(/[\n\u2028\u2029]/g, " "));
  // Padding with a letter keeps the hostile content and makes the string count as non-blank.
  if (!blank) text = text.map((s) => (s.trim() === "" ? `${s}x` : s));
  return text;
}

/**
 * Hostile strings that a valid article may hold: markup metacharacters,
 * `</script>`, `<!--`, `]]>`, entities, quotation marks, backslashes,
 * astral characters, bidi controls, zero-width joiners, combining marks,
 * leading/trailing spaces and newlines, and now and then a very long string.
 * Never a lone surrogate or a control character other than tab and newline;
 * never blank unless `blank: true`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validText(), (s) => parse(toHtml(withHeadline(s))) …), fcParams());
 * ```
 */
export function validText(options: HostileTextOptions = {}): fc.Arbitrary<string> {
  return hostile(false, options);
}

/**
 * Like {@link validText} but also with what the validator must reject: C0
 * and C1 controls, `\r`, NUL, DEL, lone surrogates and noncharacters.
 */
export function rawText(options: HostileTextOptions = {}): fc.Arbitrary<string> {
  return hostile(true, options);
}

/** Alias of {@link validText}: hostile text that a valid article may hold. */
export const hostileText = validText;

/** Alias of {@link rawText}: hostile text including what the validator must reject. */
export const hostileString = rawText;
