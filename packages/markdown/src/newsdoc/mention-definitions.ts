import { safeUrl } from "@newsdoc/core/kit";
import { destination } from "../escape.js";
import { type Markdown, trusted } from "../markdown.js";
import type { MarkdownContext, MarkdownState } from "../options.js";
import { MENTION_LABEL } from "./plain-syntax.js";

// The mention labels used so far in one render, by normalised label
// (CommonMark matches labels case-insensitively): the definition line.
const used = new WeakMap<MarkdownState, Map<string, string>>();

/** Records that `[…][@entity]` was written, so that its definition is. */
export function useMentionLabel(entity: string, ctx: MarkdownContext): void {
  let lines = used.get(ctx.state);
  if (lines === undefined) {
    lines = new Map();
    used.set(ctx.state, lines);
  }
  const key = entity.toLowerCase();
  if (lines.has(key)) return;
  const found = ctx.lookup.entity(entity);
  const candidates = [found?.url, ...(found?.sameAs ?? [])];
  let url: string | undefined;
  for (const candidate of candidates) {
    url = candidate === undefined ? undefined : safeUrl(candidate);
    if (url !== undefined) break;
  }
  lines.set(key, `[${MENTION_LABEL}${entity}]: ${url === undefined ? "#" : destination(url)}`);
}

/**
 * The definitions of the mention labels written in this render, one a
 * line, in first-use order (`""` when none): a plain CommonMark reader
 * then shows each mention as a link (to the entity's URL, else `#`).
 */
export function mentionDefinitionLines(ctx: MarkdownContext): Markdown {
  const lines = used.get(ctx.state);
  return trusted(lines === undefined ? "" : [...lines.values()].join("\n"));
}
