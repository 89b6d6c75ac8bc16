import type { BuiltInHandlers } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { article } from "./article.js";
import { aside } from "./aside.js";
import { blockquote } from "./blockquote.js";
import { lineBreak } from "./break.js";
import { embed } from "./embed.js";
import { emphasis, strong } from "./emphasis.js";
import { figure } from "./figure.js";
import { heading } from "./heading.js";
import { link } from "./link.js";
import { list, listItem } from "./list.js";
import { audio, video } from "./media.js";
import { mention } from "./mention.js";
import { correction, editorsNote } from "./notices.js";
import { paragraph } from "./paragraph.js";
import { pullQuote } from "./pull-quote.js";
import { quote } from "./quote.js";
import { rule } from "./rule.js";
import { table, tableCell, tableRow } from "./table.js";
import { text } from "./text.js";

/** The built-in handlers, one per built-in node type (custom blocks get theirs from the caller). */
export const markdownHandlers: BuiltInHandlers<Markdown, MarkdownContext> = {
  article,
  paragraph,
  heading,
  figure,
  blockquote,
  list,
  listItem,
  rule,
  embed,
  video,
  audio,
  aside,
  pullQuote,
  editorsNote,
  correction,
  table,
  tableRow,
  tableCell,
  text,
  emphasis,
  strong,
  link,
  mention,
  quote,
  break: lineBreak,
};
