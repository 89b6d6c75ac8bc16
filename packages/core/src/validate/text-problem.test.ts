import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: text (invalid_text)", () => {
  runCases([
    [
      "a lone surrogate",
      (a) => {
        a.headline = "Broken \ud83d emoji";
      },
      [["invalid_text", ["headline"]]],
    ],
    [
      "a noncharacter of the BMP",
      (a) => {
        a.headline = "a\ufdd0b";
      },
      [["invalid_text", ["headline"]]],
    ],
    [
      "an astral noncharacter",
      (a) => {
        a.description = "x \u{cfffe}";
      },
      [["invalid_text", ["description"]]],
    ],
    [
      "a lone low surrogate",
      (a) => {
        a.description = "\udc00";
      },
      [["invalid_text", ["description"]]],
    ],
    [
      "a NUL character",
      (a) => {
        a.body[1].children[0] = "Back\u0000ground";
      },
      [["invalid_text", ["body", 1, "children", 0]]],
    ],
    [
      "a carriage return",
      (a) => {
        a.quotes[0]!.verb = "said\r\n";
      },
      [["invalid_text", ["quotes", 0, "verb"]]],
    ],
    [
      "a C1 control",
      (a) => {
        a.section = "World\u0085";
      },
      [["invalid_text", ["section"]]],
    ],
  ]);
});
