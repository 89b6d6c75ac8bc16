import { describe, expect, it } from "vitest";
import { readableStreamOf } from "./readable-stream-of.js";

describe("readableStreamOf", () => {
  it("pulls chunks only as the reader reads", async () => {
    let made = 0;
    function* chunks() {
      for (let i = 0; i < 5; i++) {
        made++;
        yield `c${i}`;
      }
    }
    const reader = readableStreamOf(chunks()).getReader();
    expect(made).toBeLessThanOrEqual(1);
    expect(await reader.read()).toEqual({ done: false, value: "c0" });
    expect(made).toBeLessThanOrEqual(2);
    const rest: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(r.value);
    expect(rest).toEqual(["c1", "c2", "c3", "c4"]);
  });

  it("errors the stream with the error a chunk throws", async () => {
    function* chunks() {
      yield "a";
      throw new Error("broken chunk");
    }
    const reader = readableStreamOf(chunks()).getReader();
    expect(await reader.read()).toEqual({ done: false, value: "a" });
    await expect(reader.read()).rejects.toThrow("broken chunk");
  });

  it("stops the iterable when the stream is cancelled", async () => {
    let finished = false;
    function* chunks() {
      try {
        for (;;) yield "x";
      } finally {
        finished = true;
      }
    }
    const reader = readableStreamOf(chunks()).getReader();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
