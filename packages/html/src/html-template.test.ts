import { describe, expect, it } from "vitest";
import { element } from "./element.js";
import { escapeText } from "./escape.js";
import { html } from "./html-template.js";

describe("html template", () => {
  it("inserts Html, arrays of it and numbers; null, undefined and false are nothing", () => {
    const items = [escapeText("a<"), escapeText("b")];
    expect(html`<p>${escapeText("1 & 2")} ${items} ${3}${null}${undefined}${false}</p>`).toBe(
      "<p>1 &amp; 2 a&lt;b 3</p>",
    );
  });

  it("refuses holes inside tags, comments and raw-text elements", () => {
    const x = escapeText("x");
    expect(() => html`<a href="${x}">y</a>`).toThrowError(/inside a tag/);
    expect(() => html`<p ${x}>y</p>`).toThrowError(/inside a tag/);
    expect(() => html`<!-- ${x} -->`).toThrowError(/comment/);
    expect(() => html`<script>${x}</script>`).toThrowError(/raw-text/);
    expect(() => html`<title>${x}</title>`).toThrowError(/raw-text/);
  });

  it("accepts holes after a closed tag, comment or raw-text element", () => {
    const x = escapeText("x");
    expect(html`<p title="a>b">${x}</p><!-- c -->${x}`).toBe('<p title="a>b">x</p><!-- c -->x');
    expect(html`${element("b", null, x)}`).toBe("<b>x</b>");
  });

  it("is a tagged template only", () => {
    expect(() => (html as (s: unknown) => unknown)("<p>")).toThrowError(/tagged template/);
  });
});
