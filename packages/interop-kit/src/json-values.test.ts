import { describe, expect, it } from "vitest";
import { describe as describeValue, objectsAt, positiveInteger, stringAt } from "./json-values.js";
import type { Report } from "./report.js";

describe("stringAt and objectsAt", () => {
  it("read what is there and report, with the path, what has the wrong type", () => {
    const report: Report = [];
    const item = { name: "x", count: 3, list: [{ a: 1 }, "no", null], one: {} };
    expect(stringAt(item, "name", "", report)).toBe("x");
    expect(stringAt(item, "count", "item", report)).toBeUndefined();
    expect(objectsAt(item, "list", "", report)).toEqual([[{ a: 1 }, "list[0]"]]);
    expect(objectsAt(item, "one", "", report)).toEqual([]);
    expect(report.map((r) => [r.path, r.message])).toEqual([
      ["item.count", "Expected a string, found a number: left out."],
      ["list[1]", "Expected an object, found a string: left out."],
      ["list[2]", "Expected an object, found null: left out."],
      ["one", "Expected an array, found an object: left out."],
    ]);
  });

  it("knows positive integers and names values for messages", () => {
    expect(positiveInteger(3)).toBe(3);
    expect([0, -1, 1.5, "3"].map(positiveInteger)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(describeValue([])).toBe("an array");
  });
});
