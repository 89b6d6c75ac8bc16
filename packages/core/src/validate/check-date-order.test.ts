import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: date order (date_order)", () => {
  runCases([
    [
      "modified before published",
      (a) => {
        a.dateModified = "2015-09-11T12:59:59+03:00";
      },
      [["date_order", ["dateModified"]]],
    ],
  ]);
});
