import { type Markdown, trusted } from "../markdown.js";

// A run of colons at the start of a line, behind any block quote markers or indentation.
const FENCE_RUN = /^[ \t>]*(:{3,})/gm;

/**
 * `:::name{attributes}`, the content, and the closing `:::`, with a fence
 * longer than any fence inside (a figure in an aside: `::::aside` …
 * `:::figure` … `:::` … `::::`), so an inner container never closes the
 * outer one.
 */
export function containerDirective(name: string, attrs: Markdown, content: Markdown): Markdown {
  let longest = 2;
  for (const match of content.matchAll(FENCE_RUN)) longest = Math.max(longest, match[1]!.length);
  const fence = ":".repeat(longest + 1);
  return trusted(
    content === ""
      ? `${fence}${name}${attrs}\n${fence}`
      : `${fence}${name}${attrs}\n${content}\n${fence}`,
  );
}
