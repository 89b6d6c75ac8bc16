import { type EscapePosition, escapeMarkdown } from "../escape.js";
import { type Markdown, trusted } from "../markdown.js";

// A `:` opens a directive when a name follows: anything but whitespace or
// punctuation (micromark's rule; a tab is not whitespace to it), or another `:` (leaf and container
// fences). At the end of a text the next node decides, so it is escaped too.
const DIRECTIVE_COLON = /:(?=[^\s\p{P}\p{S}]|\t|:|$)/gu;

/**
 * {@link escapeMarkdown}, plus the `:` that would open a directive, for
 * newsdoc Markdown's text positions.
 *
 * @example
 * ```ts
 * escapeNewsdoc("at 10:30"); // "at 10\\:30"
 * ```
 */
export function escapeNewsdoc(text: string, position: EscapePosition = "inline"): Markdown {
  const escaped = escapeMarkdown(text, position);
  if (position === "destination" || position === "title" || !escaped.includes(":")) return escaped;
  return trusted(escaped.replace(DIRECTIVE_COLON, "\\:"));
}
