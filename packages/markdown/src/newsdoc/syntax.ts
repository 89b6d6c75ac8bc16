/**
 * The names of newsdoc Markdown's directives, in one place for the writer
 * and the reader. Text directives: `:mention[words]{#entity}`,
 * `:quote[words]{#quote}`, `:link[words]{url=…}` (a link inside a link),
 * `:emphasis[…]` / `:strong[…]` (a mark inside the same mark), `:br[]` (a
 * break where CommonMark cannot end a line). Leaf: `::credit[text]{…}`,
 * `::attribution{quote=… cite=…}`, `::pull-quote{#quote}`,
 * `::correction[text]{date=…}`. Containers: `:::figure{…}` (`.lead` for
 * the lead image), `:::list{…}` (list fields CommonMark cannot say),
 * `:::aside` (its first block, a heading, is the title), `:::editors-note`
 * (one paragraph), `:::table` (an optional `:::caption`, then `:::row`s of
 * `:::cell{header=… colspan=… rowspan=…}`, each one paragraph).
 * `:::embed{provider=… embedUrl=… aspectRatio=16:9}`
 * (a `[title](url)` paragraph, then the fallback text), `:::video{…}` /
 * `:::audio{…}` (the poster as `![title](poster)`, a `[title](file)`
 * paragraph, `::source{url=… type=…}` and `::track[label]{…}` lines, the
 * description, and a `:::transcript` of its paragraphs). A heading's
 * explicit id is `<a id="id"></a>` at its start (`:anchor{id="…"}` for an
 * id an HTML attribute cannot hold verbatim). A container holding another
 * has a longer fence.
 */
export const DIRECTIVE = {
  mention: "mention",
  quote: "quote",
  link: "link",
  emphasis: "emphasis",
  strong: "strong",
  break: "br",
  credit: "credit",
  attribution: "attribution",
  figure: "figure",
  list: "list",
  paragraph: "paragraph",
  aside: "aside",
  pullQuote: "pull-quote",
  editorsNote: "editors-note",
  correction: "correction",
  table: "table",
  tableCaption: "caption",
  tableRow: "row",
  tableCell: "cell",
  embed: "embed",
  video: "video",
  audio: "audio",
  source: "source",
  track: "track",
  transcript: "transcript",
  anchor: "anchor",
} as const;

/**
 * Splits two inline nodes that CommonMark would merge (two texts, two
 * emphases, two strongs): an empty HTML comment, invisible in rendered
 * HTML, that the reader drops.
 */
export const BOUNDARY = "<!---->";

/** The class of the figure directive that holds the lead image. */
export const LEAD_CLASS = "lead";

/**
 * The longest directive label the writer puts between `[` and `]`
 * (micromark-extension-directive reads at most 999 characters); longer
 * content goes between `:name{… .open}` and `:name{.close}`, or, for plain
 * words, into a `text` attribute.
 */
export const LABEL_LIMIT = 900;

/** The class of a directive that opens a long span: `:quote{#id .open}`. */
export const OPEN_CLASS = "open";

/** The class of the directive that closes it: `:quote{.close}`. */
export const CLOSE_CLASS = "close";
