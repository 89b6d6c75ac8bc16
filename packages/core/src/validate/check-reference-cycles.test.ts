import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: reference cycles (reference_cycle)", () => {
  runCases([
    [
      "an organization whose parent is its child",
      (a) => {
        a.entities[7].parentOrganization = "agency";
      },
      [["reference_cycle", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "a place inside itself",
      (a) => {
        a.entities[8].containedInPlace = "syria";
      },
      [["reference_cycle", ["entities", 8, "containedInPlace"]]],
    ],
  ]);
});
