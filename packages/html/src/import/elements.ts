/**
 * The element table: what `fromHtml` does with each HTML element. Elements
 * not listed are unwrapped (their content kept) and reported as
 * `unknown-element`.
 */

/** Dropped with their content, by report reason. */
export const DROPPED: Readonly<Record<string, string>> = {
  script: "script",
  noscript: "script",
  template: "script",
  style: "style",
  link: "style",
  meta: "style",
  base: "style",
  title: "style",
  form: "form",
  input: "form",
  button: "form",
  select: "form",
  option: "form",
  optgroup: "form",
  textarea: "form",
  datalist: "form",
  label: "form",
  output: "form",
  fieldset: "form",
  legend: "form",
  meter: "form",
  progress: "form",
  dialog: "hidden",
  canvas: "media",
  svg: "media",
  math: "media",
  map: "media",
  area: "media",
  source: "media",
  track: "media",
  param: "media",
  wbr: "not-kept",
  frame: "embed",
  frameset: "embed",
};

/** Embedded content the model cannot express yet: reported as `unsupported` (`embed`), its fallback text in the report. */
export const EMBEDS: ReadonlySet<string> = new Set([
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "portal",
  "applet",
]);

/** Blocks of the model, or read as blocks. */
export const BLOCKS: ReadonlySet<string> = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figure",
  "blockquote",
  "ul",
  "ol",
  "hr",
  "table",
  "pre",
  "img",
  "picture",
]);

/** Containers whose content is kept as blocks; the element itself is unwrapped (`wrapper`). */
export const FLOW_WRAPPERS: ReadonlySet<string> = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "address",
  "center",
  "hgroup",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "li",
  "menu",
  "dir",
  "search",
  "figcaption",
  "caption",
  "body",
  "html",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "colgroup",
  "col",
]);

/** Inline elements of the model. */
export const INLINES: ReadonlySet<string> = new Set(["em", "i", "strong", "b", "a", "br", "q"]);

/** Inline elements unwrapped: the words are kept, the markup's meaning is not (`not-kept`). */
export const INLINE_UNWRAPPED: ReadonlySet<string> = new Set([
  "span",
  "abbr",
  "acronym",
  "cite",
  "code",
  "kbd",
  "samp",
  "var",
  "sub",
  "sup",
  "small",
  "mark",
  "u",
  "s",
  "strike",
  "del",
  "ins",
  "time",
  "data",
  "dfn",
  "bdi",
  "bdo",
  "ruby",
  "rb",
  "rt",
  "rp",
  "rtc",
  "font",
  "big",
  "tt",
  "nobr",
  "blink",
  "marquee",
  "slot",
]);

/** True for an element that starts a block (so inline content around it is split). */
export function isBlockLevel(tag: string): boolean {
  return BLOCKS.has(tag) || FLOW_WRAPPERS.has(tag) || EMBEDS.has(tag);
}
