import { type CorrectionNotice, callFormatDate, type EditorsNote } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** Labels of the body notices (English, as the HTML renderer's defaults). */
export const NOTICE_LABELS = Object.freeze({
  editorsNote: "Editor's note",
  correction: "Correction",
});

/** A paragraph that starts with an emphasised label: `*Editor's note:* …`. */
function notice(label: string, rest: Markdown, ctx: MarkdownContext): Markdown {
  const { emphasis, escape: esc, finishLines, md } = ctx.helpers;
  const lead = emphasis(esc(`${label}:`));
  return finishLines(rest === "" ? lead : md`${lead} ${rest}`, "paragraph");
}

/** `*Editor's note:* ` and the note's inline content, one paragraph. */
export function editorsNote(node: EditorsNote, ctx: MarkdownContext): Markdown {
  return notice(NOTICE_LABELS.editorsNote, ctx.phrasing(node), ctx);
}

/** `*Correction, 5 January 2024:* ` and the text, one paragraph (the date as `formatDate` shows it). */
export function correction(node: CorrectionNotice, ctx: MarkdownContext): Markdown {
  const shown = callFormatDate(ctx.options.formatDate, node.date, "modified");
  return notice(`${NOTICE_LABELS.correction}, ${shown}`, ctx.helpers.escape(node.text), ctx);
}
