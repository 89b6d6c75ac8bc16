import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text.js";

describe("plainText", () => {
  it("concatenates inline nodes, with mentions as their words and breaks as newlines", () => {
    expect(
      plainText([
        "Russia ",
        { type: "emphasis", children: ["denies"] },
        " ",
        { type: "mention", entity: "syria", text: "Syria" },
        { type: "break" },
        { type: "quote", quote: "q", children: [{ type: "strong", children: ['"now"'] }] },
      ]),
    ).toBe('Russia denies Syria\n"now"');
  });

  it("separates blocks by a blank line and list items by a newline, and skips rules", () => {
    expect(
      plainText([
        { type: "paragraph", children: ["one"] },
        { type: "rule" },
        {
          type: "list",
          children: [
            { type: "listItem", children: ["a"] },
            { type: "listItem", children: ["b"] },
          ],
        },
        {
          type: "blockquote",
          children: [
            { type: "paragraph", children: ["q1"] },
            { type: "paragraph", children: ["q2"] },
          ],
        },
        { type: "figure", image: { caption: ["cap"] } },
      ]),
    ).toBe("one\n\na\nb\n\nq1\n\nq2\n\ncap");
  });

  it("takes a single node", () => {
    expect(plainText({ type: "heading", level: 2, children: ["Title"] })).toBe("Title");
  });
});
