/** Elements that start a new, indented line when pretty-printing. */
const BLOCK = new Set([
  "html",
  "head",
  "body",
  "main",
  "article",
  "header",
  "footer",
  "section",
  "aside",
  "nav",
  "div",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figure",
  "figcaption",
  "blockquote",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "hr",
  "meta",
  "link",
  "title",
  "script",
  "style",
  "!doctype",
]);
const VOID = new Set(["hr", "meta", "link", "!doctype"]);
const RAW = new Set(["script", "style"]);
const NAME = /^<\/?([!a-zA-Z][a-zA-Z0-9-]*)/;

/** The end of the tag starting at `start` (after its `>`), skipping quoted attribute values. */
function tagEnd(markup: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  return markup.length;
}

/**
 * Puts block elements on their own lines, indented two spaces per level.
 * Whitespace is added only between block elements and never inside inline
 * content, so the rendered text is unchanged. Script and style contents
 * are copied as they are.
 */
export function prettyHtml(markup: string): string {
  let out = "";
  let depth = 0;
  let last: "open" | "close" | "content" = "close";
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf("<", i);
    if (lt !== i) {
      const end = lt === -1 ? markup.length : lt;
      out += markup.slice(i, end);
      last = "content";
      i = end;
      continue;
    }
    let end = markup.startsWith("<!--", i)
      ? markup.indexOf("-->", i) + 3 || markup.length
      : tagEnd(markup, i);
    const tag = markup.slice(i, end);
    const name = NAME.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined || !BLOCK.has(name)) {
      out += tag;
      last = "content";
    } else if (tag[1] === "/") {
      depth = Math.max(0, depth - 1);
      if (last === "close") out += `\n${"  ".repeat(depth)}`;
      out += tag;
      last = "close";
    } else {
      // After inline content, a new line would add a visible space: stay on it.
      if (last !== "content" && out !== "") out += `\n${"  ".repeat(depth)}`;
      out += tag;
      if (RAW.has(name)) {
        const close = markup.toLowerCase().indexOf(`</${name}`, end);
        const stop = close === -1 ? markup.length : close;
        out += markup.slice(end, stop);
        end = stop;
        last = "open";
        depth++;
      } else if (VOID.has(name)) last = "close";
      else {
        depth++;
        last = "open";
      }
    }
    i = end;
  }
  return out;
}
