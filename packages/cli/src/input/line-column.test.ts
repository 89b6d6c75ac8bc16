import { describe, expect, it } from "vitest";
import { lineColumn } from "./line-column.js";

describe("lineColumn", () => {
  it("starts at line 1, column 1", () => {
    expect(lineColumn("abc", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("", 0)).toEqual({ line: 1, column: 1 });
  });

  it("counts \\n, \\r\\n and lone \\r as one line break each", () => {
    const text = "a\nb\r\nc\rd";
    expect(lineColumn(text, text.indexOf("b"))).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, text.indexOf("c"))).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, text.indexOf("d"))).toEqual({ line: 4, column: 1 });
  });

  it("points at the \\n of a \\r\\n pair as the end of its line", () => {
    expect(lineColumn("ab\r\nc", 3)).toEqual({ line: 1, column: 4 });
  });

  it("counts an astral character as one column", () => {
    const text = "😀😀x";
    expect(lineColumn(text, text.indexOf("x"))).toEqual({ line: 1, column: 3 });
  });

  it("clamps offsets outside the text", () => {
    expect(lineColumn("ab\ncd", 99)).toEqual({ line: 2, column: 3 });
    expect(lineColumn("ab", -4)).toEqual({ line: 1, column: 1 });
  });
});
