import { type Article, type ChunkSink, pipeChunks, readableStreamOf } from "@newsdoc/core/kit";
import type { Markdown } from "./markdown.js";
import { markdownRenderer } from "./renderer.js";
import type { ToMarkdownOptions } from "./to-markdown.js";

/**
 * {@link toMarkdown} in chunks: the front matter and header, then each
 * top-level block of the body, then the appendix, made only as they are
 * asked for. Joined, the chunks are exactly `toMarkdown(article, options)`.
 * Options are checked at once; a handler that throws makes the iteration throw.
 *
 * @example
 * ```ts
 * for (const chunk of toMarkdownChunks(article)) process.stdout.write(chunk);
 * ```
 */
export function toMarkdownChunks(
  article: Article,
  options?: ToMarkdownOptions,
): IterableIterator<Markdown> {
  return markdownRenderer.stream(article, options);
}

/**
 * {@link toMarkdown} as a web `ReadableStream<string>`, one chunk per
 * top-level block, pulled as the reader reads. Read together, the chunks
 * are exactly `toMarkdown(article, options)`. A handler that throws errors
 * the stream.
 *
 * @example
 * ```ts
 * for await (const chunk of toMarkdownStream(article, { frontMatter: true })) out.push(chunk);
 * ```
 */
export function toMarkdownStream(
  article: Article,
  options?: ToMarkdownOptions,
): ReadableStream<string> {
  return readableStreamOf(toMarkdownChunks(article, options));
}

/**
 * Writes {@link toMarkdown}'s output into a Node `Writable` (or anything
 * with `write`, `once` and `removeListener`), waiting for `"drain"` when
 * it asks. Resolves when everything is written; the sink is not ended.
 *
 * @example
 * ```ts
 * await pipeMarkdown(article, process.stdout);
 * ```
 */
export async function pipeMarkdown(
  article: Article,
  sink: ChunkSink,
  options?: ToMarkdownOptions,
): Promise<void> {
  await pipeChunks(toMarkdownChunks(article, options), sink);
}
