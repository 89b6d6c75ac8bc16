import type { Block, Entity, Inline, Quote } from "@newsdoc/core";
import { type FromHtmlOptions, fromHtml } from "@newsdoc/html/import";
import type { HtmlReader } from "./html-reader.js";
import type { Report, ReportKind } from "./report.js";

/** `fromHtml` options a caller may pass through (the registry and defaults are the importer's own). */
export type FromHtmlPassOptions = Pick<FromHtmlOptions, "classPrefix" | "whitespace" | "baseUrl">;

// fromHtml's report kinds: which lose something, which keep it differently.
const LOST = new Set(["dropped", "attribute", "unsupported", "unresolved"]);

/**
 * The HTML reader of an import: `fromHtml` from `@newsdoc/html/import` on
 * each body or caption, against the registry read so far, so that
 * `data-entity` hooks resolve to it. Entities and quotes `fromHtml`
 * creates from hooks it did not know join `entities` and `quotes`; every
 * item of its report joins `report`, under the path of the HTML string.
 * `own`: the HTML is newsdoc's (`toNinjs`, `toAns` wrote it), so it is read
 * as `toHtml` output, whitespace exactly.
 */
export function createHtmlReader(
  entities: Entity[],
  quotes: Quote[],
  report: Report,
  options: FromHtmlPassOptions = {},
  own = false,
): HtmlReader {
  const prefix = options.classPrefix ?? "nd-";
  const bodyOpen = `<div class="${prefix}body">`;
  // newsdoc's own markup reads back exactly (whitespace kept, its body
  // wrapper expected) inside its own <article>: give fromHtml that context.
  const wrap = (html: string) =>
    !own
      ? html
      : html.startsWith(bodyOpen) && html.endsWith("</div>")
        ? `<article class="${prefix}article">${html}</article>`
        : `<article class="${prefix}article">${bodyOpen}${html}</div></article>`;
  const blocks = (html: string, path: string): Block[] => {
    const result = fromHtml(wrap(html), {
      ...options,
      registry: { entities, quotes },
      defaults: { id: "import", language: "und", headline: "import" },
      jsonLd: false,
    });
    const known = new Set(entities.map((e) => e.id));
    for (const entity of result.article.entities) {
      if (!known.has(entity.id)) entities.push(entity);
    }
    const knownQuotes = new Set(quotes.map((q) => q.id));
    for (const quote of result.article.quotes) {
      if (!knownQuotes.has(quote.id)) quotes.push(quote);
    }
    // One entry per kind of thing per HTML string: a body whose 20 quote
    // spans each became a quote says so once, with the count.
    const groups = new Map<string, { first: (typeof result.report)[number]; count: number }>();
    for (const item of result.report) {
      if (item.kind === "metadata") continue;
      const key = `${item.kind}:${item.reason}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { first: item, count: 1 });
    }
    for (const { first, count } of groups.values()) {
      const kind: ReportKind = LOST.has(first.kind) ? "dropped" : "approximated";
      report.push({
        kind,
        path: first.path ? `${path} (${first.path})` : path,
        message:
          first.kind === "created" && first.reason === "quote"
            ? `${count} quote ${count === 1 ? "span" : "spans"} became ${count === 1 ? "a quote" : "quotes"} from the data-quote and data-speaker hooks: the format carries no quotes, so each one's text is its span's words and its mode is guessed from the quotation marks (verb, via, audience, when and claims are not known).`
            : count === 1
              ? first.message
              : `${first.message} (${count - 1} more like it.)`,
      });
    }
    return result.article.body;
  };
  return {
    blocks,
    inline(html, path) {
      const out: Inline[] = [];
      // Inline HTML is a paragraph's content: read it as one (a block inside closes it, as in a browser).
      for (const block of blocks(`<p>${html}</p>`, path)) {
        if (block.type !== "paragraph" && block.type !== "heading") {
          report.push({
            kind: "dropped",
            path,
            message: `Inline text (a caption, a headline) cannot hold a ${block.type}: left out.`,
          });
          continue;
        }
        if (out.length > 0) out.push(" ");
        out.push(...block.children);
      }
      return out;
    },
  };
}
