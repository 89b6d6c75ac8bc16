import { type Article, type ArticleIndex, type Block, isCustomNode } from "@newsdoc/core/kit";
import { escapeText } from "@newsdoc/html";
import { ansCustomNode } from "./ans-custom-node.js";
import { ansImage } from "./ans-image.js";
import { ansEmbed, ansMedia } from "./ans-media.js";
import { ASIDE_SUBTYPE, EDITORS_NOTE_SUBTYPE, PULL_QUOTE_SUBTYPE } from "./ans-subtypes.js";
import { ansTable } from "./ans-table.js";
import type { InlineHtml } from "./block-html.js";
import type { Report } from "./report.js";
import type { AnsContentElement, AnsHeader, AnsList, AnsQuote } from "./types.js";

/**
 * The body as ANS content elements: paragraph → `text`, heading →
 * `header` (with `level`), figure → `image`, blockquote → `quote` (its
 * blocks as content elements; the speaker of the quote it shows as
 * `citation`), list → `list` (`ordered`/`unordered` items), rule →
 * `divider`, aside → `element_group` (subtype `aside`; its title as the
 * first `header`), pull quote → `quote` (subtype `pullquote`, the quote's
 * id in `additional_properties`), editor's note → `text` (subtype
 * `editors_note`), correction → `correction` (its date in
 * `additional_properties`), embed → `custom_embed` (subtype `newsdoc_embed`),
 * video and audio → ANS `video` / `audio` elements (see `ansMedia`), a
 * custom node (`defineNode`) → `custom_embed` (subtype `newsdoc_custom`,
 * the node whole in `embed.config`: see `ansCustomNode`). Text is inline
 * HTML from `toHtml`.
 */
export function contentElements(
  article: Article,
  blocks: readonly Block[],
  html: InlineHtml,
  index: ArticleIndex,
  ids: ReadonlyMap<string, string>,
  path: string,
  report: Report,
): AnsContentElement[] {
  return blocks.map((block, i) =>
    contentElement(article, block, html, index, ids, `${path}[${i}]`, report),
  );
}

function contentElement(
  article: Article,
  block: Block,
  html: InlineHtml,
  index: ArticleIndex,
  ids: ReadonlyMap<string, string>,
  at: string,
  report: Report,
): AnsContentElement {
  if (isCustomNode(block)) return ansCustomNode(block, at);
  switch (block.type) {
    case "paragraph":
      return { type: "text", content: html.get(block) ?? "" };
    case "heading": {
      const header: AnsHeader = {
        type: "header",
        level: block.level,
        content: html.get(block) ?? "",
      };
      // ANS headers have no anchor: an explicit one rides in additional_properties.
      if (block.id !== undefined) header.additional_properties = { anchor: block.id };
      return header;
    }
    case "figure":
      return ansImage(block.image, html, index, ids, `${at}.image`, report);
    case "list": {
      const list: AnsList = {
        type: "list",
        list_type: block.ordered ? "ordered" : "unordered",
        items: block.children.map((item) => ({ type: "text", content: html.get(item) ?? "" })),
      };
      if (block.ordered && block.start !== undefined && block.start !== 1) {
        report.push({
          kind: "dropped",
          path: `${at}.start`,
          message: `ANS lists always count from 1: the start ${block.start} was left out.`,
        });
      }
      return list;
    }
    case "blockquote": {
      const quote: AnsQuote = {
        type: "quote",
        content_elements: contentElements(
          article,
          block.children,
          html,
          index,
          ids,
          `${at}.children`,
          report,
        ),
      };
      if (block.quote !== undefined) {
        const q = index.quote(block.quote);
        const speaker = q ? index.entity(q.speaker) : undefined;
        if (speaker) quote.citation = { type: "text", content: escapeText(speaker.name) };
      }
      if (block.cite !== undefined) {
        report.push({
          kind: "dropped",
          path: `${at}.cite`,
          message: `ANS quotes have no source URL: ${block.cite} was left out.`,
        });
      }
      return quote;
    }
    case "rule":
      return { type: "divider" };
    case "aside":
      return {
        type: "element_group",
        subtype: ASIDE_SUBTYPE,
        content_elements: [
          { type: "header", level: 2, content: html.get(block) ?? "" },
          ...contentElements(article, block.children, html, index, ids, `${at}.children`, report),
        ],
      };
    case "pullQuote": {
      const q = index.requireQuote(block.quote);
      const speaker = index.entity(q.speaker);
      const pull: AnsQuote = {
        type: "quote",
        subtype: PULL_QUOTE_SUBTYPE,
        content_elements: [{ type: "text", content: escapeText(q.text) }],
        additional_properties: { quote: q.id, speaker: ids.get(q.speaker) ?? q.speaker },
      };
      if (speaker) pull.citation = { type: "text", content: escapeText(speaker.name) };
      return pull;
    }
    case "editorsNote":
      return { type: "text", subtype: EDITORS_NOTE_SUBTYPE, content: html.get(block) ?? "" };
    case "correction":
      return {
        type: "correction",
        correction_type: "correction",
        text: block.text,
        additional_properties: { date: block.date },
      };
    case "embed":
      return ansEmbed(block, at, report);
    case "video":
    case "audio":
      return ansMedia(block);
    case "table":
      return ansTable(block, html, at, report);
  }
}
