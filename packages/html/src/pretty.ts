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

/** The end of the tag starting at `start` (after its `>`), skipping quoted attribute values; -1 when it does not end in `markup`. */
function tagEnd(markup: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i + 1;
  }
  return -1;
}

/** Pretty-prints HTML given in parts: see {@link prettyHtml}. */
export interface PrettyPrinter {
  /** Takes the next part; returns what can be printed so far (a tag cut between parts waits for its end). */
  write(markup: string): string;
  /** Returns the rest. */
  end(): string;
}

/**
 * A pretty-printer that takes HTML in parts, for streaming: the output of
 * writing a document in any number of parts, then `end()`, is the same
 * as {@link prettyHtml} of the whole.
 */
export function createPrettyPrinter(): PrettyPrinter {
  let depth = 0;
  let last: "open" | "close" | "content" = "close";
  let started = false;
  let pending = "";
  // Inside <script> or <style>: its name, until its closing tag.
  let raw: string | undefined;

  const print = (markup: string, final: boolean): string => {
    let out = "";
    let i = 0;
    while (i < markup.length) {
      if (raw !== undefined) {
        const close = markup.toLowerCase().indexOf(`</${raw}`, i);
        if (close === -1 && !final) break;
        const stop = close === -1 ? markup.length : close;
        out += markup.slice(i, stop);
        i = stop;
        raw = undefined;
        continue;
      }
      const lt = markup.indexOf("<", i);
      if (lt !== i) {
        const end = lt === -1 ? markup.length : lt;
        out += markup.slice(i, end);
        started = true;
        last = "content";
        i = end;
        continue;
      }
      let end: number;
      if (markup.startsWith("<!--", i)) {
        const close = markup.indexOf("-->", i);
        end = close === -1 ? -1 : close + 3;
      } else if (!final && markup.length - i < 4 && "<!--".startsWith(markup.slice(i))) {
        break; // perhaps a comment's start, cut between parts
      } else end = tagEnd(markup, i);
      if (end === -1) {
        if (!final) break;
        end = markup.length;
      }
      const tag = markup.slice(i, end);
      const name = NAME.exec(tag)?.[1]?.toLowerCase();
      const first = !started;
      started = true;
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
        if (last !== "content" && !first) out += `\n${"  ".repeat(depth)}`;
        out += tag;
        if (RAW.has(name)) {
          raw = name;
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
    pending = markup.slice(i);
    return out;
  };
  return {
    write(markup) {
      return print(pending === "" ? markup : pending + markup, false);
    },
    end() {
      const rest = pending;
      pending = "";
      return rest === "" ? "" : print(rest, true);
    },
  };
}

/**
 * Puts block elements on their own lines, indented two spaces per level.
 * Whitespace is added only between block elements and never inside inline
 * content, so the rendered text is unchanged. Script and style contents
 * are copied as they are.
 */
export function prettyHtml(markup: string): string {
  const printer = createPrettyPrinter();
  return printer.write(markup) + printer.end();
}
