import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: quote spans (quote_text_mismatch)", () => {
  runCases([
    [
      "a quote span with other words",
      (a) => {
        a.quotes[0]!.text = "We are not sending soldiers";
      },
      [["quote_text_mismatch", ["body", 0, "children", 2]]],
    ],
    [
      "a quote span inside a blockquote with other words",
      (a) => {
        a.quotes[1]!.text = "We will not consider it.";
      },
      [["quote_text_mismatch", ["body", 2, "children", 0, "children", 0]]],
    ],
  ]);
});
