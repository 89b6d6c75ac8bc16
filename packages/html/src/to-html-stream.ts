import { type Article, type ChunkSink, pipeChunks, readableStreamOf } from "@newsdoc/core/kit";
import type { Html } from "./html.js";
import { htmlRenderer } from "./renderer.js";
import type { ToHtmlOptions } from "./to-html.js";

/**
 * {@link toHtml} in chunks: the header, then each top-level block of the
 * body, then the rest, made only as they are asked for. Joined, the
 * chunks are exactly `toHtml(article, options)`. Options are checked at
 * once (a bad option throws here); a handler that throws makes the
 * iteration throw.
 *
 * @example
 * ```ts
 * for (const chunk of toHtmlChunks(article)) response.write(chunk);
 * ```
 */
export function toHtmlChunks(article: Article, options?: ToHtmlOptions): IterableIterator<Html> {
  return htmlRenderer.stream(article, options);
}

/**
 * {@link toHtml} as a web `ReadableStream<string>` (Node 18+, browsers,
 * edge runtimes), one chunk per top-level block, pulled as the reader
 * reads: memory stays bounded by the largest block, not the article.
 * Read together, the chunks are exactly `toHtml(article, options)`. A
 * handler that throws errors the stream.
 *
 * @example
 * ```ts
 * return new Response(toHtmlStream(article).pipeThrough(new TextEncoderStream()), {
 *   headers: { "content-type": "text/html; charset=utf-8" },
 * });
 * ```
 */
export function toHtmlStream(article: Article, options?: ToHtmlOptions): ReadableStream<string> {
  return readableStreamOf(toHtmlChunks(article, options));
}

/**
 * Writes {@link toHtml}'s output into a Node `Writable` (a file stream,
 * `process.stdout`, an HTTP response: anything with `write`, `once` and
 * `removeListener`) chunk by chunk, waiting for `"drain"` when it asks.
 * Resolves when everything is written; the sink is not ended (end it, or
 * destroy it when the promise rejects).
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * const file = createWriteStream("article.html");
 * await pipeHtml(article, file, { pretty: true });
 * file.end();
 * ```
 */
export async function pipeHtml(
  article: Article,
  sink: ChunkSink,
  options?: ToHtmlOptions,
): Promise<void> {
  await pipeChunks(toHtmlChunks(article, options), sink);
}
