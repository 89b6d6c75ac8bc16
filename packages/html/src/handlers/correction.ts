import { callFormatDate } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { escapeText } from "../escape.js";
import { tag } from "../tag.js";

const note = tag("div", ["class", "role"]);
const p = tag("p");
const label = tag("span", ["class"]);
const time = tag("time", ["datetime"]);
const COMMA = escapeText(", ");
const COLON = escapeText(": ");

/**
 * `<div class="nd-correction" role="note">`: the corrections label
 * ("Correction"), the date in `<time datetime>` and the text, as the
 * article-level corrections notice writes each entry.
 */
export const correction: HtmlHandler<"correction"> = (node, ctx) => {
  const { cls, labels } = ctx.state;
  const shown = callFormatDate(ctx.options.formatDate, node.date, "modified");
  return note(
    cls.correction,
    "note",
    p([
      label(cls.noticeLabel, escapeText(labels.corrections)),
      COMMA,
      time(node.date, escapeText(shown)),
      COLON,
      escapeText(node.text),
    ]),
  );
};
