import type { HtmlHandler } from "../context.js";

/** `<div class="nd-editors-note" role="note">`: the label ("Editor's note"), then the note. */
export const editorsNote: HtmlHandler<"editorsNote"> = (node, ctx) => {
  const { element, escapeText, html } = ctx.helpers;
  const { cls, labels } = ctx.state;
  const label = element("span", { class: cls.noticeLabel }, escapeText(labels.editorsNote));
  return element(
    "div",
    { class: cls.editorsNote, role: "note" },
    element("p", null, html`${label}: ${ctx.phrasing(node)}`),
  );
};
