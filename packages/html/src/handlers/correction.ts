import { callFormatDate } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";

/**
 * `<div class="nd-correction" role="note">`: the corrections label
 * ("Correction"), the date in `<time datetime>` and the text, as the
 * article-level corrections notice writes each entry.
 */
export const correction: HtmlHandler<"correction"> = (node, ctx) => {
  const { element, escapeText, html } = ctx.helpers;
  const { cls, labels } = ctx.state;
  const label = element("span", { class: cls.noticeLabel }, escapeText(labels.corrections));
  const shown = callFormatDate(ctx.options.formatDate, node.date, "modified");
  const time = element("time", { datetime: node.date }, escapeText(shown));
  return element(
    "div",
    { class: cls.correction, role: "note" },
    element("p", null, html`${label}, ${time}: ${escapeText(node.text)}`),
  );
};
