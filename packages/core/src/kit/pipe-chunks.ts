/**
 * What {@link pipeChunks} writes to: a Node `Writable` (a file stream,
 * `process.stdout`, an HTTP response) or anything with the same three
 * methods. Typed structurally, so the kit imports no `node:` module.
 */
export interface ChunkSink {
  /** Writes a chunk; `false` asks the writer to wait for `"drain"`. */
  write(chunk: string): boolean;
  once(event: "drain" | "close", listener: () => void): unknown;
  once(event: "error", listener: (error: unknown) => void): unknown;
  removeListener(
    event: "drain" | "close" | "error",
    listener: (...args: unknown[]) => void,
  ): unknown;
}

/** Resolves on `"drain"`; rejects if the sink errors or closes first. */
function drained(sink: ChunkSink): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      sink.removeListener("drain", onDrain);
      sink.removeListener("error", onError);
      sink.removeListener("close", onClose);
    };
    const onDrain = () => {
      done();
      resolve();
    };
    const onError = (error: unknown) => {
      done();
      reject(error);
    };
    const onClose = () => {
      done();
      reject(new Error("The output was closed before everything was written to it."));
    };
    sink.once("drain", onDrain);
    sink.once("error", onError);
    sink.once("close", onClose);
  });
}

/**
 * Writes every chunk to `sink`, waiting for `"drain"` whenever `write`
 * returns `false` (so a slow file or socket holds the renderer back instead
 * of the chunks piling up in memory). Resolves when the last chunk is
 * written; rejects with the error if making a chunk throws or the sink
 * errors. The sink is not ended or destroyed: that is the caller's call
 * (end it on success, destroy it on failure).
 *
 * @example
 * ```ts
 * import { createWriteStream } from "node:fs";
 * const file = createWriteStream("article.html");
 * await pipeChunks(htmlRenderer.stream(article), file);
 * file.end();
 * ```
 */
export async function pipeChunks(chunks: Iterable<string>, sink: ChunkSink): Promise<void> {
  for (const chunk of chunks) {
    if (!sink.write(chunk)) await drained(sink);
  }
}
