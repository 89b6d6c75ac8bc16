import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: quote stances (incomplete_stance)", () => {
  runCases([
    [
      "a quote with a claim but no stance",
      (a) => {
        delete a.quotes[0]!.stance;
      },
      [["incomplete_stance", ["quotes", 0, "claim"]]],
    ],
    [
      "a quote with a stance but no claim",
      (a) => {
        delete a.quotes[0]!.claim;
      },
      [["incomplete_stance", ["quotes", 0, "stance"]]],
    ],
  ]);
});
