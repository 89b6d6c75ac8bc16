import { describe, expect, it } from "vitest";
import { formatPath } from "./format-path.js";

describe("formatPath", () => {
  it("writes keys with dots and indices with brackets", () => {
    expect(formatPath(["body", 3, "children", 1, "entity"])).toBe("body[3].children[1].entity");
    expect(formatPath([0])).toBe("[0]");
  });

  it("quotes keys that are not identifiers and names the root", () => {
    expect(formatPath(["entities", 0, "odd key"])).toBe('entities[0]["odd key"]');
    expect(formatPath(["__proto__"])).toBe("__proto__");
    expect(formatPath([])).toBe("(article)");
  });
});
