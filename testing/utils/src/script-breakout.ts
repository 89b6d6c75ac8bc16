import type { Article } from "@newsdoc/core/kit";
import fc from "fast-check";
import { type DefaultTreeAdapterMap, parse } from "parse5";

/**
 * Strings that try every way out of a script element: end tags in any
 * case and spacing, comment and CDATA openers, escapes, the line
 * separators JSON allows and JavaScript did not, NUL, lone surrogates.
 */
export const SCRIPT_BREAKOUT_TOKENS: readonly string[] = Object.freeze([
  "</script>",
  "</SCRIPT >",
  "</script\t",
  "<!--",
  "-->",
  "<script>",
  "<!--<script>",
  "]]>",
  "<![CDATA[",
  "&lt;/script&gt;",
  "\\u003c",
  "\\",
  '"',
  "\u2028",
  "\u2029",
  "\u0000",
  "\r\n",
  "\uD800",
  "\uDFFF",
  "😀",
  "<",
  ">",
  "&",
]);

/** Text made of break-out tokens mixed with any code point at all. */
export const scriptBreakoutText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SCRIPT_BREAKOUT_TOKENS),
      fc.string({ unit: "binary", maxLength: 8 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

// Keys whose strings are references or enumerations, not text: changing
// them would make the article invalid rather than hostile.
const NOT_TEXT = new Set([
  "type",
  "id",
  "entity",
  "quote",
  "speaker",
  "via",
  "claim",
  "stance",
  "mode",
  "by",
  "affiliation",
  "parentOrganization",
  "containedInPlace",
  "location",
  "attendees",
  "authors",
  "publisher",
  "creators",
  "providers",
  "about",
  "dateline",
  "kind",
]);

/** A path into an article: keys and array indexes. */
export type TextSlot = readonly (string | number)[];

/** Paths of every text field of an article (strings that are not references or enumerations, array items included). */
export function textSlots(value: unknown, path: TextSlot = [], out: TextSlot[] = []): TextSlot[] {
  if (typeof value === "string") out.push(path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) textSlots(value[i], [...path, i], out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      if (!NOT_TEXT.has(k)) textSlots(v, [...path, k], out);
  }
  return out;
}

/** A copy of `article` with `texts[i]` at `slots[i]`. */
export function withTexts(
  article: Article,
  slots: readonly TextSlot[],
  texts: readonly string[],
): Article {
  const copy = structuredClone(article) as unknown as Record<string | number, unknown>;
  slots.forEach((path, i) => {
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]!] = texts[i];
  });
  return copy as unknown as Article;
}

/** What a page with a script in its head parses to. */
export interface ParsedHead {
  /** Every element's tag name, in document order (template contents included). */
  tags: string[];
  /** The attributes of the third element (the script, when the page is as it should be). */
  scriptAttributes: { name: string; value: string }[];
  /** The script's text, when it has exactly one text child; else `undefined`. */
  scriptText: string | undefined;
}

type Element = DefaultTreeAdapterMap["element"];

function elements(node: DefaultTreeAdapterMap["parentNode"], out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      out.push(child);
      elements(child, out);
    }
    if (child.nodeName === "template")
      elements((child as DefaultTreeAdapterMap["template"]).content, out);
  }
  return out;
}

/**
 * Parses `<!DOCTYPE html><html><head>${headMarkup}</head><body></body></html>`
 * as a browser does (parse5). A script that cannot be broken out of gives
 * tags `["html", "head", "script", "body"]` and its whole JSON as `scriptText`.
 */
export function parseHead(headMarkup: string): ParsedHead {
  const found = elements(
    parse(`<!DOCTYPE html><html><head>${headMarkup}</head><body></body></html>`),
  );
  const script = found[2];
  const only = script?.childNodes.length === 1 ? script.childNodes[0] : undefined;
  return {
    tags: found.map((e) => e.tagName),
    scriptAttributes: script?.attrs ?? [],
    scriptText:
      only !== undefined && only.nodeName === "#text"
        ? (only as DefaultTreeAdapterMap["textNode"]).value
        : undefined,
  };
}
