import { describe, expect, it } from "vitest";
import { assertSafeHtml, htmlSafetyViolations } from "./assert-safe-html.js";
import { textContent } from "./html-tree.js";
import { xssCorpus } from "./xss-corpus.js";

const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

describe("htmlSafetyViolations", () => {
  it.each([
    ["script", "<p>x</p><script>alert(1)</script>", /script element/],
    ["event handler", "<img src=x onerror=alert(1)>", /event-handler attribute onerror/],
    ["upper-case event handler", "<P ONCLICK=x>", /event-handler attribute onclick/],
    ["javascript href", '<a href="javascript:alert(1)">x</a>', /unsafe URL in href/],
    ["entity-obfuscated href", '<a href="&#106;avascript:alert(1)">x</a>', /unsafe URL in href/],
    ["tab-obfuscated href", '<a href="jav&#x09;ascript:alert(1)">x</a>', /unsafe URL in href/],
    ["leading-control src", '<img src="&#1;javascript:alert(1)">', /unsafe URL in src/],
    ["data cite", '<blockquote cite="data:text/html,x">', /unsafe URL in cite/],
    [
      "srcset",
      '<img srcset="https://a.example/1.png 1x, javascript:alert(1) 2x">',
      /unsafe URL in srcset/,
    ],
    [
      "svg xlink:href",
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
      /unsafe URL in xlink:href/,
    ],
    ["inside template", "<template><img src=x onerror=alert(1)></template>", /onerror/],
    ["comment", "<p>a<!-- x --></p>", /comment node/],
    ["svg element", "<svg></svg>", /dangerous element/],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://a.example">', /http-equiv/],
    ["og:image URL", '<meta property="og:image" content="javascript:alert(1)">', /meta og:image/],
    ["style url", '<p style="background:url(x)">', /style attribute/],
  ])("finds %s", (_, html, problem) => {
    expect(htmlSafetyViolations(html).join("\n")).toMatch(problem);
    expect(() => assertSafeHtml(html)).toThrow(problem);
  });

  it("enforces element and attribute allow-lists, with prefix wildcards and per-element lists", () => {
    const options = {
      allowedElements: ["p", "a", "span"],
      allowedAttributes: { "*": ["class", "data-*"], a: ["href"] },
    };
    expect(
      htmlSafetyViolations('<p class="x" data-entity="y"><a href="/z">z</a></p>', options),
    ).toEqual([]);
    expect(htmlSafetyViolations("<div>x</div>", options).join()).toMatch(
      /element not allowed: <div>/,
    );
    expect(htmlSafetyViolations('<span href="/z">x</span>', options).join()).toMatch(
      /attribute not allowed: href/,
    );
    expect(htmlSafetyViolations('<p title="x">x</p>', options).join()).toMatch(
      /attribute not allowed: title/,
    );
  });

  it("allows one JSON-LD script when asked, and requires it with 'required'", () => {
    const one =
      '<!doctype html><head><script type="application/ld+json">{"a":"\\u003c/script>"}</script></head>';
    expect(assertSafeHtml(one, { allowJsonLdScript: "required" }).jsonLd).toEqual([
      '{"a":"\\u003c/script>"}',
    ]);
    expect(htmlSafetyViolations(one).join()).toMatch(/script element/);
    expect(htmlSafetyViolations(one + one.slice(15), { allowJsonLdScript: true }).join()).toMatch(
      /2 JSON-LD scripts/,
    );
    expect(htmlSafetyViolations("<p>x</p>", { allowJsonLdScript: "required" }).join()).toMatch(
      /required/,
    );
    const withSrc = '<script type="application/ld+json" src="https://a.example/x.js"></script>';
    expect(htmlSafetyViolations(withSrc, { allowJsonLdScript: true }).join()).toMatch(
      /script element/,
    );
  });

  it("accepts safe URLs: http(s), mailto and relative", () => {
    const html =
      '<a href="https://a.example/?a=1&amp;b=2">1</a><a href="mailto:a@b.example">2</a><a href="/x">3</a><a href="#f">4</a><a href="&amp;#106;avascript:x">5</a>';
    expect(htmlSafetyViolations(html)).toEqual([]);
  });

  it("passes every corpus vector once it is escaped as text and as an attribute, and reads the text back", () => {
    for (const { label, payload } of xssCorpus) {
      const clean = payload.replace(/[\u0000\r]/g, "");
      const html = `<p title="${escapeAttr(clean)}">${escapeText(clean)}</p>`;
      const { root } = assertSafeHtml(html, {
        allowedElements: ["p"],
        allowedAttributes: ["title"],
      });
      expect({ label, text: textContent(root) }).toEqual({ label, text: clean });
    }
  });

  it("catches most corpus vectors inserted raw (a renderer that forgot to escape)", () => {
    const caught = xssCorpus.filter(
      (v) =>
        htmlSafetyViolations(`<p>${v.payload}</p>`, {
          allowedElements: ["p"],
          allowedAttributes: [],
        }).length > 0,
    );
    expect(caught.length).toBeGreaterThan(60);
  });
});
