/**
 * The elements and attributes @newsdoc/html documents, the one allow-list
 * every safety test of its output checks against (packages/html's own and
 * testing/security's). {@link HTML_ELEMENTS} is the fragment (`toHtml`):
 * article/header/h1/time/figure/img/figcaption/blockquote/lists/hr, the
 * mention and quote hooks, the appendix aside with its list and claim
 * table, tables and body media. Anything else in the output is a finding.
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
  // Body media (issue #20): players, their sources and text tracks, a transcript's disclosure.
  "video",
  "audio",
  "source",
  "track",
  "details",
  "summary",
] as const;

/**
 * The document (`toHtmlDocument`): the fragment's elements and what the
 * document adds around it — html, head, body, main, and the head's title,
 * meta, canonical link and stylesheet. The one JSON-LD `<script>` is not
 * listed: `assertSafeHtml`'s `allowJsonLdScript` governs it.
 */
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

/** Attributes by element (`*`: every element), for the fragment and the document alike. */
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
  th: ["scope", "colspan", "rowspan"],
  td: ["colspan", "rowspan"],
  figure: ["data-provider", "data-embed-url", "data-aspect-ratio", "data-upload-date"],
  video: ["controls", "preload", "poster", "width", "height", "aria-label"],
  audio: ["controls", "preload", "aria-label"],
  source: ["src", "type"],
  track: ["src", "kind", "srclang", "label", "default"],
  meta: ["charset", "name", "content", "property"],
  link: ["rel", "href"],
  script: ["type"],
};
