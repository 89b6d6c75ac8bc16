import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  encodedUrl,
  httpUrl,
  isSafeUrl,
  mailtoUrl,
  relativeUrl,
  unsafeUrl,
  urlScheme,
} from "./hostile-url.js";
import { fcParams } from "./runs.js";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

describe("urlScheme", () => {
  it.each([
    ["https://example.com/", "https"],
    ["HTTPS://example.com/", "https"],
    ["mailto:a@b.example", "mailto"],
    [" \u0000javascript:alert(1)", "javascript"],
    ["java\tscr\nipt:alert(1)", "javascript"],
    ["JaVaScRiPt:alert(1)", "javascript"],
    ["/path:with:colons", undefined],
    ["?q=javascript:x", undefined],
    ["#javascript:x", undefined],
    ["&#106;avascript:alert(1)", undefined],
    ["javascript%3Aalert(1)", undefined],
    ["1javascript:alert(1)", undefined],
    ["", undefined],
  ])("%j → %s", (value, scheme) => {
    expect(urlScheme(value)).toBe(scheme);
  });
});

describe("URL arbitraries", () => {
  it("unsafeUrl is never safe, and new URL (the WHATWG parser) reads the same scheme", () => {
    fc.assert(
      fc.property(unsafeUrl(), (url) => {
        expect(isSafeUrl(url)).toBe(false);
        const parsed = URL.canParse(url) ? new URL(url).protocol.slice(0, -1) : urlScheme(url);
        expect(parsed).toBe(urlScheme(url));
      }),
      fcParams(),
    );
  });

  it("httpUrl is an absolute http(s) URL by the WHATWG parser", () => {
    fc.assert(
      fc.property(httpUrl(), (url) => {
        expect(isSafeUrl(url)).toBe(true);
        expect(["http:", "https:"]).toContain(new URL(url).protocol);
        expect(url).toBe(url.trim());
      }),
      fcParams(),
    );
  });

  it("mailtoUrl, relativeUrl and encodedUrl are safe in an attribute", () => {
    fc.assert(
      fc.property(fc.oneof(mailtoUrl(), relativeUrl(), encodedUrl()), (url) => {
        expect(isSafeUrl(url)).toBe(true);
      }),
      fcParams(),
    );
  });
});
