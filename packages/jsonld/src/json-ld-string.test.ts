import { describe, expect, test } from "vitest";
import { jsonLdString } from "./json-ld-string.js";

describe("jsonLdString", () => {
  test("escapes <, >, &, U+2028 and U+2029 as \\u escapes", () => {
    const data = { text: "a</script><!--b&c\u2028d\u2029e>" };
    const out = jsonLdString(data);
    expect(out).toBe('{"text":"a\\u003c/script\\u003e\\u003c!--b\\u0026c\\u2028d\\u2029e\\u003e"}');
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(data);
  });

  test("escapes keys as well as values", () => {
    const out = jsonLdString({ "</script>": 1 });
    expect(out).toBe('{"\\u003c/script\\u003e":1}');
    expect(JSON.parse(out)).toEqual({ "</script>": 1 });
  });

  test("is JSON.stringify when nothing needs escaping", () => {
    const data = { "@context": "https://schema.org", n: [1, 2, { x: null }], s: "Ünïcødé 😀" };
    expect(jsonLdString(data)).toBe(JSON.stringify(data));
  });

  test("keeps backslashes and already-escaped text intact", () => {
    const data = { text: '\\u003c is not <, \\\\ and " stay' };
    expect(JSON.parse(jsonLdString(data))).toEqual(data);
  });

  test("pretty output with options.space", () => {
    expect(jsonLdString({ a: "<" }, { space: 2 })).toBe('{\n  "a": "\\u003c"\n}');
    expect(jsonLdString({ a: 1 }, { space: "\t" })).toBe('{\n\t"a": 1\n}');
  });

  test("lone surrogates come out as JSON escapes, so the text stays well-formed", () => {
    const out = jsonLdString({ s: "\uD800x\uDFFF" });
    expect(out).toBe('{"s":"\\ud800x\\udfff"}');
    expect(JSON.parse(out)).toEqual({ s: "\uD800x\uDFFF" });
  });

  test("data with no JSON form is a TypeError that says what to pass", () => {
    expect(() => jsonLdString(undefined)).toThrow(/undefined has no JSON form/);
    expect(() => jsonLdString(() => 1)).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => jsonLdString(cycle)).toThrow(/cannot be serialised as JSON/);
    expect(() => jsonLdString({ n: 1n })).toThrow(TypeError);
  });
});
