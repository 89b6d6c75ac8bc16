import { attr, type Element, findAll, type Node, textContent } from "./dom.js";
import { cleanText } from "./sanitize.js";

/** What a page's `<head>` says: title, description, canonical link, Open Graph, `article:*`, Twitter card. */
export interface HeadFacts {
  title?: string;
  description?: string;
  canonical?: string;
  base?: string;
  language?: string;
  /** `property`/`name` → values in order (`og:title`, `article:tag`, `twitter:image`, …). */
  meta: Map<string, string[]>;
  /** `<link rel="alternate" hreflang href>`, in order. */
  alternates: { language: string; url: string }[];
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value)
    .replace(/[ \t\n\f\r]+/g, " ")
    .trim();
  return text === "" ? undefined : text;
}

/** Reads the page's head metadata (from anywhere in the document: parsers move misplaced tags). */
export function readHead(document: Node, html: Element | undefined): HeadFacts {
  const facts: HeadFacts = { meta: new Map(), alternates: [] };
  const lang = html === undefined ? undefined : clean(attr(html, "lang") ?? attr(html, "xml:lang"));
  if (lang !== undefined) facts.language = lang;
  const head = findAll(document, (e) => e.tagName === "head")[0];
  if (head === undefined) return facts;
  for (const el of findAll(
    head,
    (e) =>
      e.tagName === "title" || e.tagName === "meta" || e.tagName === "link" || e.tagName === "base",
  )) {
    if (el.tagName === "title") {
      const title = clean(textContent(el));
      if (facts.title === undefined && title !== undefined) facts.title = title;
    } else if (el.tagName === "base") {
      const base = clean(attr(el, "href"));
      if (facts.base === undefined && base !== undefined) facts.base = base;
    } else if (el.tagName === "link") {
      const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
      const href = clean(attr(el, "href"));
      if (rel.includes("canonical") && facts.canonical === undefined && href !== undefined) {
        facts.canonical = href;
      }
      const hreflang = clean(attr(el, "hreflang"));
      if (rel.includes("alternate") && hreflang !== undefined && href !== undefined) {
        facts.alternates.push({ language: hreflang, url: href });
      }
    } else {
      const key = (attr(el, "property") ?? attr(el, "name") ?? "").trim().toLowerCase();
      const content = clean(attr(el, "content"));
      if (key === "" || content === undefined) continue;
      if (key === "description") facts.description ??= content;
      const list = facts.meta.get(key);
      if (list) list.push(content);
      else facts.meta.set(key, [content]);
    }
  }
  return facts;
}

/** The first value of a meta key. */
export function metaValue(facts: HeadFacts, key: string): string | undefined {
  return facts.meta.get(key)?.[0];
}
