import { describe, expectTypeOf, it } from "vitest";
import { escapeText } from "./escape.js";
import type { Html } from "./html.js";
import { tag } from "./tag.js";

describe("tag types", () => {
  const span = tag("span", ["class", "data-entity"]);
  const br = tag("br");
  const img = tag("img", ["src", "alt"]);

  it("takes one value per attribute, then Html children", () => {
    expectTypeOf(span("c", "id", escapeText("x"))).toEqualTypeOf<Html>();
    expectTypeOf(span("c", undefined, [escapeText("x"), null])).toEqualTypeOf<Html>();
    expectTypeOf(img("/a.jpg", "")).toEqualTypeOf<Html>();
    expectTypeOf(br()).toEqualTypeOf<Html>();
  });

  it("refuses a plain string as children", () => {
    // @ts-expect-error model text must be escaped first
    span("c", "id", "<b>raw</b>");
    // @ts-expect-error model text must be escaped first
    tag("p")("raw");
  });

  it("refuses the wrong number of values, and children for a void element", () => {
    // @ts-expect-error a value is missing
    span("c", escapeText("x"));
    // @ts-expect-error img takes no children
    img("/a.jpg", "", escapeText("x"));
    // @ts-expect-error br takes no values
    br("x");
  });

  it("refuses attribute values that are not text, numbers or booleans", () => {
    // @ts-expect-error an object is not an attribute value
    span({}, "id", escapeText("x"));
  });
});
