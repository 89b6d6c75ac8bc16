/**
 * A web `ReadableStream` of the chunks an iterable makes, pulled one at a
 * time as the reader asks (nothing is made ahead of the reader beyond the
 * stream's queue of one chunk). An error thrown while making a chunk
 * errors the stream; cancelling the stream stops the iterable.
 *
 * @example
 * ```ts
 * const stream = readableStreamOf(htmlRenderer.stream(article));
 * return new Response(stream.pipeThrough(new TextEncoderStream()));
 * ```
 */
export function readableStreamOf<T extends string>(chunks: Iterable<T>): ReadableStream<string> {
  let iterator: Iterator<T> | undefined;
  return new ReadableStream<string>({
    pull(controller) {
      try {
        iterator ??= chunks[Symbol.iterator]();
        const next = iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      iterator?.return?.();
    },
  });
}
