import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { pipeChunks } from "./pipe-chunks.js";

/** A sink whose every write asks for "drain", emitted on the next turn. */
class SlowSink extends EventEmitter {
  written: string[] = [];
  write(chunk: string): boolean {
    this.written.push(chunk);
    setImmediate(() => this.emit("drain"));
    return false;
  }
}

describe("pipeChunks", () => {
  it("waits for drain when write says so, and makes the next chunk only then", async () => {
    const sink = new SlowSink();
    let made = 0;
    function* chunks() {
      for (let i = 0; i < 4; i++) {
        made++;
        // A chunk is made only after the one before it drained.
        expect(made - sink.written.length).toBe(1);
        yield `${i}`;
      }
    }
    await pipeChunks(chunks(), sink);
    expect(sink.written).toEqual(["0", "1", "2", "3"]);
    expect(sink.listenerCount("drain") + sink.listenerCount("error")).toBe(0);
  });

  it("writes into a Node Writable with a small buffer", async () => {
    let text = "";
    const sink = new Writable({
      highWaterMark: 4,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        text += chunk;
        setImmediate(done);
      },
    });
    const parts = Array.from({ length: 50 }, (_, i) => `part ${i};`);
    await pipeChunks(parts, sink);
    expect(text).toBe(parts.join(""));
  });

  it("rejects when the sink errors or closes while waiting", async () => {
    const failing = new SlowSink();
    failing.write = function (chunk) {
      this.written.push(chunk);
      setImmediate(() => this.emit("error", new Error("EPIPE")));
      return false;
    };
    await expect(pipeChunks(["a", "b"], failing)).rejects.toThrow("EPIPE");
    const closing = new SlowSink();
    closing.write = function (chunk) {
      this.written.push(chunk);
      setImmediate(() => this.emit("close"));
      return false;
    };
    await expect(pipeChunks(["a", "b"], closing)).rejects.toThrow(/closed before/);
  });

  it("rejects with the error a chunk throws", async () => {
    function* chunks() {
      yield "a";
      throw new Error("render failed");
    }
    await expect(pipeChunks(chunks(), new SlowSink())).rejects.toThrow("render failed");
  });
});
