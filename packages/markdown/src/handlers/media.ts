import type { Audio, Video } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * A video or audio as Markdown can carry it: the poster as an image (video),
 * a link to the first file titled with the medium's title, the description,
 * and the transcript after a `Transcript:` line, one paragraph per
 * blank-line-separated part. Sources, tracks and dates need the newsdoc
 * flavour (or HTML) to survive.
 */
export function media(node: Video | Audio, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, link, md, joinBlocks, trusted } = ctx.helpers;
  const parts: Markdown[] = [];
  if (node.type === "video" && node.poster !== undefined) {
    const image = link(esc(node.title, "linkText"), node.poster);
    // `link` degrades to the words for a refused URL: then there is no image.
    if (image.startsWith("[")) parts.push(finishLines(trusted(`!${image}`), "paragraph"));
  }
  parts.push(finishLines(link(esc(node.title, "linkText"), node.sources[0]!.url), "paragraph"));
  if (node.description !== undefined) parts.push(finishLines(esc(node.description), "paragraph"));
  if (node.transcript !== undefined) {
    const paragraphs = node.transcript.split("\n\n").filter((p) => p.trim() !== "");
    if (paragraphs.length > 0) {
      parts.push(md`Transcript:`);
      for (const p of paragraphs) parts.push(finishLines(esc(p), "paragraph"));
    }
  }
  return joinBlocks(parts);
}

/** A video: see {@link media}. */
export function video(node: Video, ctx: MarkdownContext): Markdown {
  return media(node, ctx);
}

/** An audio clip: see {@link media}. */
export function audio(node: Audio, ctx: MarkdownContext): Markdown {
  return media(node, ctx);
}
