import { describe, expect, it } from "vitest";
import { element } from "./element.js";
import { escapeText } from "./escape.js";
import { trusted } from "./html.js";

describe("element", () => {
  it("escapes and double-quotes values, drops false/null/undefined, writes true as empty", () => {
    expect(
      element(
        "span",
        { title: 'a "b" & c', "data-n": 3, hidden: true, lang: undefined, dir: false },
        escapeText("<x>"),
      ),
    ).toBe('<span title="a &quot;b&quot; &amp; c" data-n="3" hidden="">&lt;x&gt;</span>');
  });

  it("writes void elements without an end tag and refuses children for them", () => {
    expect(element("br")).toBe("<br>");
    expect(() => element("img", { src: "/a.jpg" }, escapeText("x"))).toThrowError(/void/);
  });

  it("joins arrays of children and skips empty ones", () => {
    expect(element("p", null, [escapeText("a"), [escapeText("b"), null], false])).toBe("<p>ab</p>");
  });

  it("checks URL attributes: an <a> degrades to its text, an <img> disappears, others lose it", () => {
    expect(element("a", { href: "javascript:alert(1)" }, escapeText("x"))).toBe("x");
    expect(element("img", { src: "data:image/png;base64,AA", alt: "" })).toBe("");
    expect(element("blockquote", { cite: "vbscript:x" }, escapeText("q"))).toBe(
      "<blockquote>q</blockquote>",
    );
    expect(element("a", { href: "/ok" }, escapeText("x"))).toBe('<a href="/ok">x</a>');
  });

  it.each(["onclick", "ONLOAD", "onerror", "style", "srcdoc", "srcset", 'x"y', "a b", ""])(
    "refuses the attribute %j",
    (name) => {
      expect(() => element("span", { [name]: "alert(1)" })).toThrowError(TypeError);
    },
  );

  it.each([
    "script",
    "style",
    "iframe",
    "object",
    "svg",
    "math",
    "base",
    "meta",
    "SPAN",
    "a b",
    "x>",
  ])("refuses the element %j", (tag) => {
    expect(() => element(tag)).toThrowError(TypeError);
  });

  it("refuses content that is not Html, an array or nothing", () => {
    expect(() => element("p", null, { toString: () => "<b>" } as never)).toThrowError(TypeError);
  });

  it("inserts trusted markup as is", () => {
    expect(element("p", null, trusted("<b>ok</b>"))).toBe("<p><b>ok</b></p>");
  });
});
