import {
  fcParams,
  findElements,
  getAttribute,
  hostileString,
  hostileUrl,
  isElement,
  isSafeUrl,
  isValidModelText,
  parseHtml,
  runs,
  textContent,
  walkHtml,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AttributeValue, element } from "./element.js";
import { escapeText } from "./escape.js";
import { trusted } from "./html.js";
import { compileTag, tag } from "./tag.js";

/** The one element a fragment holds, parsed by parse5. */
function only(markup: string) {
  const elements = [...walkHtml(parseHtml(markup))].filter(isElement);
  return elements;
}

describe("tag", () => {
  it("writes the element with its values in the spec's order", () => {
    const span = tag("span", ["class", "data-quote", "data-speaker"]);
    expect(span("nd-quote", "q1", "peskov", escapeText("x"))).toBe(
      '<span class="nd-quote" data-quote="q1" data-speaker="peskov">x</span>',
    );
    expect(tag("p")(escapeText("a & b"))).toBe("<p>a &amp; b</p>");
    expect(tag("hr")()).toBe("<hr>");
    expect(tag("img", ["src", "alt"])("/a.jpg", "")).toBe('<img src="/a.jpg" alt="">');
  });

  it("escapes hostile text in every attribute position and never lets it make markup", () => {
    const five = tag("div", ["title", "data-a", "data-b", "data-c", "data-d"]);
    const builders = [
      (v: string[]) => tag("span", ["title"])(v[0], escapeText(v[1]!)),
      (v: string[]) => tag("span", ["title", "data-x"])(v[0], v[1], escapeText(v[2]!)),
      (v: string[]) =>
        tag("span", ["title", "data-x", "data-y"])(v[0], v[1], v[2], escapeText(v[3]!)),
      (v: string[]) =>
        tag("span", ["title", "data-x", "data-y", "lang"])(
          v[0],
          v[1],
          v[2],
          v[3],
          escapeText(v[4]!),
        ),
      (v: string[]) => five(v[0], v[1], v[2], v[3], v[4], escapeText(v[5]!)),
      (v: string[]) => tag("br", ["title"])(v[0]),
      (v: string[]) => tag("br", ["title", "data-x"])(v[0], v[1]),
      (v: string[]) => tag("br", ["title", "data-x", "data-y"])(v[0], v[1], v[2]),
    ];
    const names = [
      ["title"],
      ["title", "data-x"],
      ["title", "data-x", "data-y"],
      ["title", "data-x", "data-y", "lang"],
      ["title", "data-a", "data-b", "data-c", "data-d"],
      ["title"],
      ["title", "data-x"],
      ["title", "data-x", "data-y"],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: builders.length - 1 }),
        fc.array(hostileString(), { minLength: 6, maxLength: 6 }),
        (which, values) => {
          // Twice, with the values shifted: a remembered value must not leak into the next call.
          for (const vs of [values, [...values.slice(1), values[0]!]]) {
            const markup = builders[which]!(vs);
            const elements = only(markup);
            expect(elements).toHaveLength(1);
            const el = elements[0]!;
            const attrs = names[which]!;
            expect(el.attrs.map((a) => a.name)).toEqual(attrs);
            // A parser rewrites NUL and CR (model text has neither); the structure must hold anyway.
            const same = (v: string) => (isValidModelText(v) && !v.includes("\r") ? v : undefined);
            attrs.forEach((name, i) => {
              const expected = same(vs[i]!);
              if (expected !== undefined) expect(getAttribute(el, name)).toBe(expected);
            });
            const text = same(vs[attrs.length]!);
            if (el.tagName !== "br" && text !== undefined) expect(textContent(el)).toBe(text);
          }
        },
      ),
      fcParams({ numRuns: runs(300) }),
    );
  }, 120_000);

  it("writes exactly what element() writes, for any values", () => {
    const value: fc.Arbitrary<AttributeValue> = fc.oneof(
      hostileString(),
      hostileUrl(),
      fc.integer(),
      fc.constantFrom(true, false, null, undefined, Number.NaN, ""),
    );
    const specs = [
      ["a", ["class", "href", "title"]],
      ["img", ["src", "alt", "width"]],
      ["blockquote", ["cite", "data-quote"]],
      ["span", ["class"]],
      ["video", ["controls", "poster", "width", "height", "aria-label"]],
      ["source", ["src", "type"]],
    ] as const;
    const builders = specs.map(
      ([name, attrs]) => tag(name, attrs) as unknown as (...args: unknown[]) => string,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: specs.length - 1 }),
        fc.array(value, { minLength: 5, maxLength: 5 }),
        hostileString(),
        (which, values, text) => {
          const [name, attrs] = specs[which]!;
          const given = values.slice(0, attrs.length);
          const children = escapeText(text);
          const isVoid = name === "img" || name === "source";
          const built = builders[which]!(...given, ...(isVoid ? [] : [children]));
          const expected = element(
            name,
            Object.fromEntries(attrs.map((a, i) => [a, given[i]])),
            isVoid ? undefined : children,
          );
          expect(built).toBe(expected);
          for (const url of ["href", "src", "cite", "poster"]) {
            const i = (attrs as readonly string[]).indexOf(url);
            if (i === -1) continue;
            const written = only(built).flatMap((el) =>
              el.attrs.filter((a) => a.name === url).map((a) => a.value),
            );
            for (const w of written) expect(isSafeUrl(w)).toBe(true);
          }
        },
      ),
      fcParams({ numRuns: runs(500) }),
    );
  }, 120_000);

  it("reuses the markup up to its first value only for that same value, never a stale one", () => {
    // Few first values, so that most calls repeat the one before (as a
    // render's class names do) and the rest change it; each call is checked
    // against element().
    const pool: fc.Arbitrary<AttributeValue> = fc.constantFrom(
      "nd-mention",
      "nd-quote",
      'x" onclick="alert(1)',
      "https://example.org/a",
      "javascript:alert(1)",
      3,
      undefined,
    );
    const specs = [
      ["span", ["class"]],
      ["a", ["class", "href", "data-entity"]],
      ["a", ["href", "title"]],
      ["td", ["class", "colspan", "rowspan", "title"]],
    ] as const;
    const builders = specs.map(
      ([name, attrs]) => tag(name, attrs) as unknown as (...args: unknown[]) => string,
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: specs.length - 1 }), pool, pool, pool, pool), {
          minLength: 1,
          maxLength: 40,
        }),
        (calls) => {
          for (const [which, ...values] of calls) {
            const [name, attrs] = specs[which]!;
            const given = values.slice(0, attrs.length);
            const children = escapeText("w");
            const expected = element(
              name,
              Object.fromEntries(attrs.map((a, i) => [a, given[i]])),
              children,
            );
            expect(builders[which]!(...given, children)).toBe(expected);
          }
        },
      ),
      fcParams({ numRuns: runs(300) }),
    );
  });

  it("degrades on a refused URL as element() does: <a> to its children, <img> to nothing, else no attribute", () => {
    const a = tag("a", ["class", "href"]);
    expect(a("x", "javascript:alert(1)", escapeText("words"))).toBe("words");
    expect(a("x", "https://example.org/", escapeText("w"))).toBe(
      '<a class="x" href="https://example.org/">w</a>',
    );
    expect(tag("img", ["src"])("data:image/png;base64,AA")).toBe("");
    expect(tag("blockquote", ["cite"])("vbscript:x", escapeText("q"))).toBe(
      "<blockquote>q</blockquote>",
    );
    expect(a.open("x", "javascript:alert(1)")).toBe('<a class="x">');
  });

  it("writes numbers, true as an empty value, and leaves out false, null and undefined", () => {
    const video = tag("video", ["controls", "width", "muted", "poster"]);
    expect(video(true, 640, false, undefined, null)).toBe(
      '<video controls="" width="640"></video>',
    );
    expect(tag("ol", ["start"])(3, tag("li")(escapeText("c")))).toBe(
      '<ol start="3"><li>c</li></ol>',
    );
  });

  it("joins lists of children and skips empty ones", () => {
    expect(tag("p")([escapeText("a"), [escapeText("b"), null], false, undefined])).toBe(
      "<p>ab</p>",
    );
    expect(tag("p")(null)).toBe("<p></p>");
  });

  it("gives the start and end tags alone, for markup written in parts", () => {
    const div = tag("div", ["class", "data-access"]);
    expect(div.open("nd-paywalled", 'a"b')).toBe(
      '<div class="nd-paywalled" data-access="a&quot;b">',
    );
    expect(div.end).toBe("</div>");
    expect(tag("br").end).toBe("");
  });

  it.each([
    ["script", []],
    ["iframe", ["src"]],
    ["svg", []],
    ["SPAN", []],
    ["a b", []],
    ["span", ["onclick"]],
    ["span", ["style"]],
    ["img", ["srcset"]],
    ["span", ['x"y']],
    ["span", ["class", "class"]],
  ] as const)("refuses %j with attributes %j when it is made", (name, attrs) => {
    expect(() => tag(name, attrs as readonly string[])).toThrowError(TypeError);
  });

  it("allows the package's own head and embed elements and srcset only through compileTag", () => {
    expect(compileTag("meta", ["name", "content"], { refusedElement: true })("a", 'b"<')).toBe(
      '<meta name="a" content="b&quot;<">',
    );
    expect(compileTag("img", ["srcset"], { srcset: true })("/a.jpg 1x")).toBe(
      '<img srcset="/a.jpg 1x">',
    );
    expect(() => compileTag("iframe", ["onload"], { refusedElement: true })).toThrowError(
      TypeError,
    );
  });

  it("writes what the package's own refused option says instead, for a refused URL", () => {
    const span = tag("span", ["class"]);
    const link = compileTag("a", ["class", "href"], {
      refused: ([className], children) => span(className as string, children),
    });
    expect(link("m", "javascript:alert(1)", escapeText("w"))).toBe('<span class="m">w</span>');
    expect(link("m", "https://example.org/", escapeText("w"))).toBe(
      '<a class="m" href="https://example.org/">w</a>',
    );
  });

  it("refuses children that are not Html, a list of it or nothing", () => {
    expect(() =>
      (tag("p") as unknown as (c: unknown) => string)({ toString: () => "<b>" }),
    ).toThrowError(TypeError);
  });

  it("keeps a trusted child as it is", () => {
    expect(tag("p")(trusted("<b>x</b>"))).toBe("<p><b>x</b></p>");
    const [b] = findElements(parseHtml(tag("p")(trusted("<b>x</b>"))), (el) => el.tagName === "b");
    expect(b).toBeDefined();
  });
});
