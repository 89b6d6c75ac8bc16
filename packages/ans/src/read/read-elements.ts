import type { Block, Inline, ListItem, Quote } from "@newsdoc/core";
import { AnchorSchema, DateTimeSchema, isHttpUrl, plainText } from "@newsdoc/core";
import type { HtmlReader, IdAllocator, Report } from "@newsdoc/interop-kit";
import {
  cleanText,
  isNonBlank,
  isObject,
  type JsonObject,
  objectsAt,
  stringAt,
} from "@newsdoc/interop-kit";
import { ASIDE_SUBTYPE, EDITORS_NOTE_SUBTYPE, PULL_QUOTE_SUBTYPE } from "../ans-subtypes.js";
import { readImage } from "./read-image.js";
import { readCustomEmbed, readMedia, readOembed } from "./read-media.js";
import { readTable } from "./read-table.js";
import type { Registry } from "./registry.js";

/** What reading content elements needs: the registry, the HTML reader, quotes made from citations. */
export interface ElementContext {
  registry: Registry;
  html: HtmlReader;
  quotes: Quote[];
  quoteIds: IdAllocator;
  report: Report;
}

const clampLevel = (level: unknown): 2 | 3 | 4 | 5 | 6 =>
  typeof level === "number" && Number.isInteger(level)
    ? (Math.min(6, Math.max(2, level)) as 2 | 3 | 4 | 5 | 6)
    : 2;

function listItems(
  list: JsonObject,
  path: string,
  ctx: ElementContext,
  nested: { flattened: boolean },
): ListItem[] {
  const items: ListItem[] = [];
  for (const [item, at] of objectsAt(list, "items", path, ctx.report)) {
    if (item.type === "list") {
      nested.flattened = true;
      items.push(...listItems(item, at, ctx, nested));
    } else if (item.type === "text" && typeof item.content === "string") {
      items.push({ type: "listItem", children: ctx.html.inline(item.content, `${at}.content`) });
    } else {
      ctx.report.push({
        kind: "dropped",
        path: at,
        message: `A list item of type ${String(item.type)}: newsdoc list items hold text only.`,
      });
    }
  }
  return items;
}

function tableText(table: JsonObject, path: string, ctx: ElementContext): Block[] {
  const rows: unknown[] = [
    ...(Array.isArray(table.header) ? [table.header] : []),
    ...(Array.isArray(table.rows) ? table.rows : []),
  ];
  const blocks: Block[] = [];
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    const cells = row
      .filter(isObject)
      .map((cell) =>
        typeof cell.content === "string"
          ? plainText(ctx.html.inline(cell.content, `${path}.rows[${r}]`))
          : "",
      )
      .filter(isNonBlank);
    if (cells.length > 0) blocks.push({ type: "paragraph", children: [cells.join(" | ")] });
  });
  ctx.report.push({
    kind: "approximated",
    path,
    message:
      'The table\'s cells do not make a table newsdoc can hold (no rows, or rows of different widths): each row is kept as a paragraph, its cells separated by " | ".',
  });
  return blocks;
}

function textParagraph(text: string, path: string, ctx: ElementContext): Block[] {
  const clean = cleanText(text, path, ctx.report);
  return isNonBlank(clean) ? [{ type: "paragraph", children: [clean.trim()] }] : [];
}

/**
 * ANS content elements as newsdoc blocks: `text` → paragraph, `header` →
 * heading (levels below 2 become 2), `image` → figure, `list` → list
 * (nested lists flattened), `quote` → blockquote (the citation, when it
 * names an entity, becomes the quote's speaker), `blockquote` →
 * blockquote, `divider` → rule, `interstitial_link` → a paragraph with the
 * link; `table` → table (see `readTable`); `custom_embed` and
 * `oembed_response` → embed, `video` / `audio` → video / audio;
 * `correction` and `code` keep their text as paragraphs; `element_group`
 * is read in place. Everything else (raw HTML, references, galleries,
 * ratings) is reported. Inline HTML is read through `fromHtml`.
 */
export function readElements(elements: [JsonObject, string][], ctx: ElementContext): Block[] {
  const blocks: Block[] = [];
  for (const [element, at] of elements) blocks.push(...readElement(element, at, ctx));
  return blocks;
}

function readElement(element: JsonObject, at: string, ctx: ElementContext): Block[] {
  const { report, html } = ctx;
  const content = stringAt(element, "content", at, report);
  switch (element.type) {
    case "text":
      if (element.subtype === EDITORS_NOTE_SUBTYPE) {
        return [
          {
            type: "editorsNote",
            children: content === undefined ? [] : html.inline(content, `${at}.content`),
          },
        ];
      }
      return content === undefined ? [] : html.blocks(`<p>${content}</p>`, `${at}.content`);
    case "header": {
      const level = clampLevel(element.level);
      if (element.level !== undefined && element.level !== level) {
        report.push({
          kind: "approximated",
          path: `${at}.level`,
          message: `newsdoc headings are levels 2 to 6: level ${String(element.level)} became ${level}.`,
        });
      }
      const children = content === undefined ? [] : html.inline(content, `${at}.content`);
      if (children.length === 0) return [];
      const heading: Block = { type: "heading", level, children };
      // newsdoc's explicit anchor: ANS headers have no id field of their own.
      const extra = isObject(element.additional_properties) ? element.additional_properties : {};
      if (typeof extra.anchor === "string" && AnchorSchema.safeParse(extra.anchor).success)
        heading.id = extra.anchor;
      return [heading];
    }
    case "image":
      return [{ type: "figure", image: readImage(element, at, ctx.registry, html, report) }];
    case "list": {
      const nested = { flattened: false };
      const children = listItems(element, at, ctx, nested);
      if (nested.flattened)
        report.push({
          kind: "approximated",
          path: at,
          message: "newsdoc lists do not nest: the inner list's items joined the outer list.",
        });
      if (children.length === 0) return [];
      return [
        element.list_type === "ordered"
          ? { type: "list", ordered: true, children }
          : { type: "list", children },
      ];
    }
    case "quote":
      if (element.subtype === PULL_QUOTE_SUBTYPE) {
        const pull = readPullQuote(element, at, ctx);
        if (pull !== undefined) return [pull];
      }
      return [readQuote(element, at, ctx)];
    case "blockquote": {
      const children =
        content === undefined ? [] : html.blocks(`<p>${content}</p>`, `${at}.content`);
      return children.length === 0 ? [] : [{ type: "blockquote", children }];
    }
    case "divider":
      return [{ type: "rule" }];
    case "interstitial_link": {
      const url = stringAt(element, "url", at, report);
      const words = content === undefined ? "" : cleanText(content, `${at}.content`, report).trim();
      if (!isNonBlank(words)) return [];
      if (url !== undefined && isHttpUrl(url))
        return [{ type: "paragraph", children: [{ type: "link", url, children: [words] }] }];
      report.push({
        kind: "dropped",
        path: `${at}.url`,
        message: "The link's URL is not absolute http(s): its words are kept as text.",
      });
      return [{ type: "paragraph", children: [words] }];
    }
    case "correction": {
      const text = stringAt(element, "text", at, report);
      const extra = isObject(element.additional_properties)
        ? element.additional_properties
        : undefined;
      const date = typeof extra?.date === "string" ? extra.date : undefined;
      if (text !== undefined && date !== undefined && DateTimeSchema.safeParse(date).success) {
        const clean = cleanText(text, `${at}.text`, report);
        if (isNonBlank(clean)) return [{ type: "correction", date, text: clean }];
      }
      report.push({
        kind: "approximated",
        path: at,
        message: `a newsdoc correction notice has a date (additional_properties.date, ISO 8601 with offset), and this one has none: the ${String(element.correction_type ?? "correction")} is kept as a paragraph.`,
      });
      return text === undefined ? [] : textParagraph(text, `${at}.text`, ctx);
    }
    case "code":
      report.push({
        kind: "approximated",
        path: at,
        message: "newsdoc has no code blocks: the code is kept as a paragraph of text.",
      });
      return content === undefined ? [] : textParagraph(content, `${at}.content`, ctx);
    case "table":
      return readTable(element, at, ctx) ?? tableText(element, at, ctx);
    case "custom_embed": {
      const embed = readCustomEmbed(element, at, report);
      return embed === undefined ? [] : [embed];
    }
    case "oembed_response": {
      const embed = readOembed(element, at, report);
      return embed === undefined ? [] : [embed];
    }
    case "video":
    case "audio": {
      const media = readMedia(element, at, report);
      return media === undefined ? [] : [media];
    }
    case "element_group":
      if (element.subtype === ASIDE_SUBTYPE) {
        const aside = readAside(element, at, ctx);
        if (aside !== undefined) return [aside];
      }
      report.push({
        kind: "approximated",
        path: at,
        message: "An element group: its elements are read in place, the grouping left out.",
      });
      return readElements(objectsAt(element, "content_elements", at, report), ctx);
    default: {
      const kind = String(element.type);
      const detail =
        kind === "raw_html"
          ? " (raw HTML is never imported as markup)"
          : kind === "numeric_rating"
            ? ` (${String(element.numeric_rating)} of ${String(element.max)} ${String(element.units ?? "")})`.replace(
                / \)$/,
                ")",
              )
            : kind === "endorsement"
              ? ` (${JSON.stringify(element.endorsement)})`
              : "";
      report.push({
        kind: "dropped",
        path: at,
        message: `newsdoc has no ${kind} element${detail}: left out.`,
      });
      return [];
    }
  }
}

/** An `element_group` of subtype `aside`: the first `header` is the title, the rest its blocks. */
function readAside(element: JsonObject, at: string, ctx: ElementContext): Block | undefined {
  const elements = objectsAt(element, "content_elements", at, ctx.report);
  const first = elements[0];
  if (first === undefined || first[0].type !== "header" || typeof first[0].content !== "string")
    return undefined;
  const title = ctx.html.inline(first[0].content, `${first[1]}.content`);
  if (!isNonBlank(plainText(title))) return undefined;
  return { type: "aside", title, children: readElements(elements.slice(1), ctx) };
}

/**
 * A `quote` of subtype `pullquote`: a pull quote of the quote its words
 * and citation make (a direct quote by the entity the citation names,
 * under the id in `additional_properties.quote` when that is free).
 * `undefined` when the citation names no Person or Organization: it is
 * then read as a blockquote.
 */
function readPullQuote(element: JsonObject, at: string, ctx: ElementContext): Block | undefined {
  const extra = isObject(element.additional_properties) ? element.additional_properties : undefined;
  const preferred = typeof extra?.quote === "string" ? extra.quote : undefined;
  // Only newsdoc's own pull quotes (which name their quote); Arc's others stay blockquotes.
  if (preferred === undefined) return undefined;
  // The quote's words as written: newsdoc writes them exactly, so tabs and runs of spaces come back.
  const words = plainText(
    readElements(objectsAt(element, "content_elements", at, ctx.report), ctx),
  );
  const citation =
    isObject(element.citation) && typeof element.citation.content === "string"
      ? element.citation.content
      : undefined;
  if (citation === undefined || !isNonBlank(words)) return undefined;
  const who = plainText(ctx.html.inline(citation, `${at}.citation.content`)).trim();
  // The speaker's id, where newsdoc wrote it: names can be shared (a Person and an Organization "Russia").
  const speakerId = typeof extra?.speaker === "string" ? extra.speaker : undefined;
  const speaker = ctx.registry.find(speakerId, who);
  if (speaker === undefined || (speaker.type !== "Person" && speaker.type !== "Organization"))
    return undefined;
  const same = ctx.quotes.find((q) => q.speaker === speaker.id && q.text === words);
  const id = same?.id ?? ctx.quoteIds.allocate(preferred, `quote ${speaker.name}`, "quote");
  if (same === undefined) ctx.quotes.push({ id, speaker: speaker.id, text: words, mode: "direct" });
  return { type: "pullQuote", quote: id };
}

function readQuote(element: JsonObject, at: string, ctx: ElementContext): Block {
  const children = readElements(objectsAt(element, "content_elements", at, ctx.report), ctx);
  const block: Block = { type: "blockquote", children };
  const citation =
    isObject(element.citation) && typeof element.citation.content === "string"
      ? element.citation.content
      : undefined;
  if (citation === undefined) return block;
  const citationInline = ctx.html.inline(citation, `${at}.citation.content`);
  const who = plainText(citationInline).trim();
  const speaker = ctx.registry.find(undefined, who);
  const words = plainText(children).replace(/\s+/g, " ").trim();
  if (
    speaker &&
    (speaker.type === "Person" || speaker.type === "Organization") &&
    isNonBlank(words)
  ) {
    const id = ctx.quoteIds.allocate(undefined, `quote ${speaker.name}`, "quote");
    ctx.quotes.push({ id, speaker: speaker.id, text: words, mode: "direct" });
    block.quote = id;
    ctx.report.push({
      kind: "approximated",
      path: `${at}.citation`,
      message: `The citation names ${speaker.name}: a direct quote by them was made for the blockquote.`,
    });
  } else if (speaker && !isNonBlank(words)) {
    ctx.report.push({
      kind: "dropped",
      path: `${at}.citation`,
      message: `The citation names ${speaker.name}, but the quotation has no words to make a quote of: the attribution was left out.`,
    });
  } else if (citationInline.length > 0) {
    const attribution: Inline[] = ["— ", ...citationInline];
    children.push({ type: "paragraph", children: attribution });
    ctx.report.push({
      kind: "approximated",
      path: `${at}.citation`,
      message: "The citation names no known entity: it is kept as the blockquote's last paragraph.",
    });
  }
  return block;
}
