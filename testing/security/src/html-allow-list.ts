/**
 * The elements and attributes @newsdoc/html documents (issue "html": the
 * fragment's article/header/h1/time/figure/img/figcaption/blockquote/lists/
 * hr, mention and quote hooks, the appendix aside with its list and claim
 * table; the document's head with title, meta, canonical link, stylesheet
 * and the one JSON-LD script). Anything else in the output is a finding.
 */
export const HTML_ELEMENTS = [
  "article",
  "header",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "div",
  "time",
  "figure",
  "figcaption",
  "img",
  "small",
  "blockquote",
  "cite",
  "ul",
  "ol",
  "li",
  "hr",
  "a",
  "span",
  "em",
  "strong",
  "br",
  "q",
  "aside",
  "dl",
  "dt",
  "dd",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
] as const;

/** The document adds these around the fragment. */
export const HTML_DOCUMENT_ELEMENTS = [
  ...HTML_ELEMENTS,
  "html",
  "head",
  "body",
  "main",
  "title",
  "meta",
  "link",
  "style",
] as const;

/** Attributes by element (`*`: every element). */
export const HTML_ATTRIBUTES: Record<string, string[]> = {
  "*": ["class"],
  html: ["lang"],
  article: ["lang"],
  a: ["href", "title", "data-entity", "rel", "hreflang"],
  span: ["data-entity", "data-quote", "data-speaker"],
  img: ["src", "alt", "width", "height", "loading", "decoding"],
  blockquote: ["cite", "data-quote"],
  time: ["datetime"],
  ol: ["start"],
  aside: ["aria-label", "aria-labelledby", "role", "aria-hidden", "data-quote", "data-speaker"],
  div: ["role"],
  h2: ["id"],
  h3: ["id"],
  h4: ["id"],
  h5: ["id"],
  h6: ["id"],
  dd: ["data-quote", "data-mode"],
  table: ["data-claim"],
  tr: ["data-stance"],
  th: ["scope"],
  meta: ["charset", "name", "content", "property"],
  link: ["rel", "href"],
  script: ["type"],
};
