import { describe, expect, it } from "vitest";
import { CHAIN_FIELDS } from "./check-reference-cycles.js";
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

describe("CHAIN_FIELDS", () => {
  it("are read from the record table: the single-id references to an entity of the holder's own kind", () => {
    // A new one here must also join IssueParams["reference_cycle"]["field"].
    expect(CHAIN_FIELDS.map((c) => [c.kind, c.field])).toEqual([
      ["Organization", "parentOrganization"],
      ["Place", "containedInPlace"],
    ]);
  });
});
