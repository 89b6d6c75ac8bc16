import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonSyntaxError } from "./locate-json-syntax-error.js";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("locateJsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 8, "Trailing comma before '}'"],
    ["[1, 2,]", 6, "Trailing comma before ']'"],
    ['{"a": 1 "b": 2}', 8, "Expected ',' or '}' after a property value, found '\"'"],
    ["[1 2]", 3, "Expected ',' or ']' after an array element"],
    ["{a: 1}", 1, "JSON property names must be quoted"],
    ["{'a': 1}", 1, "JSON strings use double quotes"],
    ['{"a" 1}', 5, "Expected ':' after the property name"],
    ['{"a": }', 6, "Expected a value"],
    ['"abc', 0, "Unterminated string"],
    ['"a\nb"', 2, "Line break inside a string"],
    ['"a\\qb"', 2, "Invalid escape '\\q'"],
    ['"\\u12"', 1, "Invalid \\u escape"],
    ["01", 0, "leading zeros"],
    ["1.", 1, "Invalid number"],
    ["{} {}", 3, "after the end of the JSON value"],
    ["", 0, "The file is empty"],
    ['{"a": [1, {"b": 2}', 18, "2 unclosed brackets; the next one to close is ']'"],
    ["// note\n{}", 0, "JSON does not allow comments"],
    ["\u0000", 0, "found U+0000"],
  ])("%j fails at offset %i with a message about it", (text, offset, message) => {
    expect(parses(text)).toBe(false);
    const error = locateJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.message).toContain(message);
  });

  it("accepts every JSON document JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, space) => {
        expect(locateJsonSyntaxError(JSON.stringify(value, null, space))).toBeUndefined();
      }),
    );
  });

  it("agrees with JSON.parse on arbitrary and mutated text", () => {
    const jsonish = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."{}[]:,\"\\ 01-.eEtrufalsn\n\tu\u0001x'") }),
      fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + 1);
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        expect(locateJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("handles nesting far deeper than the call stack allows", () => {
    const depth = 200_000;
    expect(locateJsonSyntaxError("[".repeat(depth) + "]".repeat(depth))).toBeUndefined();
    expect(locateJsonSyntaxError("[".repeat(depth))?.offset).toBe(depth);
  });
});
