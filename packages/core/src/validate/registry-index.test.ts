import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: registries (duplicate_id)", () => {
  runCases([
    [
      "a duplicate entity id",
      (a) => {
        a.entities.push({ ...a.entities[1] });
      },
      [["duplicate_id", ["entities", 14, "id"]]],
    ],
    [
      "a duplicate quote id",
      (a) => {
        a.quotes.push({ ...a.quotes[1]!, id: "q1" });
      },
      [["duplicate_id", ["quotes", 2, "id"]]],
    ],
    [
      "a duplicate claim id",
      (a) => {
        a.claims.push({ id: "c1", statement: "S", stances: [] });
      },
      [["duplicate_id", ["claims", 1, "id"]]],
    ],
  ]);
});
