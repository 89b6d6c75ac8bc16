import {
  type Audio,
  defineRenderer,
  type Entity,
  formatDuration,
  type QuoteEntry,
  quoteAppendix,
  safeUrl,
  type Video,
} from "@newsdoc/core/kit";
import { wrapText } from "./wrap-text.js";
import "./poll/poll-node.js";

/** Options of the {@link newsletter} renderer. */
export interface NewsletterOptions {
  /** Line width in columns. Default `72`. */
  width: number;
  /** End with a "Quotes" section listing who said what. Default `true`. */
  quotes: boolean;
}

const underline = (text: string, char: string) =>
  `${text}\n${char.repeat(Math.max(...text.split("\n").map((l) => l.length)))}`;

const who = (e: Entity) =>
  e.type === "Person" && e.jobTitle ? `${e.name}, ${e.jobTitle}` : e.name;

function quoteLine({ quote, via }: QuoteEntry): string {
  const words = quote.mode === "indirect" ? `${quote.text} (reported)` : `"${quote.text}"`;
  const source = [quote.verb, via && `via ${via.name}`, quote.when?.text].filter(Boolean);
  return source.length > 0 ? `${words} — ${source.join(", ")}` : words;
}

function mediaLine(kind: string, node: Video | Audio, width: number): string {
  const url = node.sources[0] === undefined ? undefined : safeUrl(node.sources[0].url);
  const length =
    node.duration === undefined ? "" : ` (${formatDuration(node.duration) ?? node.duration})`;
  return wrapText(
    `[${kind}] ${node.title}${length}${url === undefined ? "" : ` <${url}>`}`,
    width,
    {
      rest: "        ",
    },
  );
}

/**
 * A plain-text newsletter: wrapped at `width` columns, mentions as plain
 * words, links as `words <url>`, and a "Quotes" section listing each
 * speaker's quotes. Made with `defineRenderer`, like the built-in renderers.
 *
 * @example
 * ```ts
 * import { article } from "@newsdoc/core/example";
 * console.log(newsletter.render(article, { width: 60 }));
 * ```
 */
export const newsletter = defineRenderer<string, NewsletterOptions, object, { width: number }>({
  name: "newsletter",
  defaults: { width: 72, quotes: true },
  // Blockquotes narrow the width for what they hold, so it lives in per-render state.
  createState: (_article, options) => ({ width: options.width }),
  handlers: {
    article: (a, ctx) => {
      const w = ctx.options.width;
      const head = [underline(wrapText(a.headline, w), "=")];
      if (a.alternativeHeadline) head.push(wrapText(a.alternativeHeadline, w));
      if (a.byline) head.push(wrapText(`By ${a.byline}`, w));
      const blocks = a.body.map((block) => ctx.render(block)).filter((b) => b !== "");
      if (ctx.options.quotes && a.quotes.length > 0) {
        const speakers = quoteAppendix(a, ctx.lookup).map(({ speaker, quotes }) =>
          [
            wrapText(who(speaker), w),
            ...quotes.map((q) => wrapText(quoteLine(q), w, { first: "  - ", rest: "    " })),
          ].join("\n"),
        );
        blocks.push(underline("Quotes", "-"), ...speakers);
      }
      return `${[...head, ...blocks].join("\n\n")}\n`;
    },
    paragraph: (n, ctx) => wrapText(ctx.children(n), ctx.state.width),
    heading: (n, ctx) => underline(wrapText(ctx.children(n), ctx.state.width), "-"),
    figure: ({ image }, ctx) => {
      const caption = image.caption ? ctx.children(image.caption) : (image.alt ?? "");
      const credit = image.credit ? ` (${image.credit.text})` : "";
      return wrapText(`[Photo] ${caption}${credit}`, ctx.state.width, { rest: "        " });
    },
    blockquote: (n, ctx) => {
      ctx.state.width -= 2;
      const inner = n.children
        .map((block) => ctx.render(block))
        .filter((b) => b !== "")
        .join("\n\n");
      ctx.state.width += 2;
      return inner.replace(/^/gm, "> ").replace(/^> $/gm, ">");
    },
    list: (n, ctx) =>
      n.children
        .map((item, i) => {
          const first = n.start ?? 1;
          const size = String(first + n.children.length - 1).length + 2; // "10. " aligns "9.  "
          const marker = n.ordered ? `${first + i}.`.padEnd(size) : "- ";
          const rest = " ".repeat(marker.length);
          return wrapText(ctx.children(item), ctx.state.width, { first: marker, rest });
        })
        .join("\n"),
    listItem: (n, ctx) => wrapText(ctx.children(n), ctx.state.width),
    rule: () => "* * *",
    aside: (n, ctx) => {
      ctx.state.width -= 2;
      const title = underline(wrapText(ctx.children(n.title), ctx.state.width), "~");
      const blocks = n.children.map((block) => ctx.render(block)).filter((b) => b !== "");
      const inner = [title, ...blocks].join("\n\n");
      ctx.state.width += 2;
      return inner.replace(/^/gm, "| ").replace(/^\| $/gm, "|");
    },
    // A pull quote repeats what the text says: a newsletter reader needs it once.
    pullQuote: () => "",
    editorsNote: (n, ctx) => wrapText(`Editor's note: ${ctx.children(n)}`, ctx.state.width),
    // A table as plain text: its caption, then a line per row, cells separated by " | ".
    table: (n, ctx) =>
      [n.caption ? ctx.children(n.caption) : "", ...n.children.map((row) => ctx.render(row))]
        .filter((line) => line !== "")
        .join("\n"),
    tableRow: (n, ctx) => n.children.map((cell) => ctx.render(cell)).join(" | "),
    tableCell: (n, ctx) => ctx.children(n),
    correction: (n, ctx) =>
      wrapText(`Correction (${n.date.slice(0, 10)}): ${n.text}`, ctx.state.width),
    // A newsletter cannot play or embed anything: what it is, and where to find it.
    embed: (n, ctx) => {
      const url = safeUrl(n.url);
      const fallback = n.fallback === undefined ? "" : `\n${wrapText(n.fallback, ctx.state.width)}`;
      return `${wrapText(`[Embed] ${n.title}${url === undefined ? "" : ` <${url}>`}`, ctx.state.width, { rest: "        " })}${fallback}`;
    },
    video: (n, ctx) => mediaLine("Video", n, ctx.state.width),
    // The example's custom node (./poll/poll-node.ts): without this line the map does not compile.
    poll: (n, ctx) =>
      [
        wrapText(`[Poll] ${n.question}`, ctx.state.width, { rest: "       " }),
        ...n.options.map((option, i) =>
          wrapText(option, ctx.state.width, { first: `  ${i + 1}. `, rest: "     " }),
        ),
      ].join("\n"),
    audio: (n, ctx) => mediaLine("Audio", n, ctx.state.width),
    text: (t) => t,
    emphasis: (n, ctx) => `_${ctx.children(n)}_`,
    strong: (n, ctx) => `*${ctx.children(n)}*`,
    link: (n, ctx) => {
      const words = ctx.children(n);
      // The kit's URL policy: a javascript:/data: URL of an unvalidated article is not shown as a link.
      const url = safeUrl(n.url);
      if (url === undefined) return words;
      return words === url ? `<${url}>` : `${words} <${url}>`;
    },
    mention: (n) => n.text,
    quote: (n, ctx) => ctx.children(n),
    break: () => "\n",
  },
});
