import { describe, expect, test } from "vitest";
import { jsonLdScript } from "./json-ld-script.js";

describe("jsonLdScript", () => {
  test("wraps the escaped JSON in a JSON-LD script element", () => {
    expect(jsonLdScript({ "@context": "https://schema.org", name: "</script>" })).toBe(
      '<script type="application/ld+json">{"@context":"https://schema.org","name":"\\u003c/script\\u003e"}</script>',
    );
  });

  test("passes options.space through", () => {
    expect(jsonLdScript({ a: 1 }, { space: 1 })).toBe(
      '<script type="application/ld+json">{\n "a": 1\n}</script>',
    );
  });
});
