import type { HtmlHandler } from "../context.js";
import { escapeText } from "../escape.js";
import { tag } from "../tag.js";

const note = tag("div", ["class", "role"]);
const p = tag("p");
const label = tag("span", ["class"]);
const COLON = escapeText(": ");

/** `<div class="nd-editors-note" role="note">`: the label ("Editor's note"), then the note. */
export const editorsNote: HtmlHandler<"editorsNote"> = (node, ctx) => {
  const { cls, labels } = ctx.state;
  return note(
    cls.editorsNote,
    "note",
    p([label(cls.noticeLabel, escapeText(labels.editorsNote)), COLON, ctx.phrasing(node)]),
  );
};
