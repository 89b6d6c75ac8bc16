import { describe, expect, it } from "vitest";
import { createProgress, showsProgress } from "./progress.js";

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

describe("showsProgress", () => {
  it("is on only on a terminal, for more than 5 files, without --quiet", () => {
    expect(showsProgress({ write: () => 0, isTTY: true }, 6, false)).toBe(true);
    expect(showsProgress({ write: () => 0, isTTY: true }, 5, false)).toBe(false);
    expect(showsProgress({ write: () => 0, isTTY: false }, 100, false)).toBe(false);
    expect(showsProgress({ write: () => 0, isTTY: true }, 100, true)).toBe(false);
  });
});

describe("createProgress", () => {
  it("draws a bar per step and erases it at the end", () => {
    const { chunks, stream } = capture(true);
    const progress = createProgress(stream, 4, true);
    for (let i = 0; i < 4; i++) progress.tick();
    progress.done();
    expect(chunks).toEqual([
      "\r\u001b[2K[------------------------] 0/4 files",
      "\r\u001b[2K[######------------------] 1/4 files",
      "\r\u001b[2K[############------------] 2/4 files",
      "\r\u001b[2K[##################------] 3/4 files",
      "\r\u001b[2K[########################] 4/4 files",
      "\r\u001b[2K",
    ]);
  });

  it("redraws at most once per percent on big batches", () => {
    const { chunks, stream } = capture(true);
    const progress = createProgress(stream, 10_000, true);
    for (let i = 0; i < 10_000; i++) progress.tick();
    progress.done();
    expect(chunks.length).toBeLessThanOrEqual(102);
    expect(chunks.at(-2)).toContain("10000/10000 files");
  });

  it("writes nothing when disabled", () => {
    const { chunks, stream } = capture(true);
    const progress = createProgress(stream, 10, false);
    progress.tick();
    progress.done();
    expect(chunks).toEqual([]);
  });
});
