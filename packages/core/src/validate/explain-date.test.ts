import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: dates (invalid_date)", () => {
  runCases([
    [
      "a date without offset",
      (a) => {
        a.datePublished = "2015-09-11T10:00:00";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a date without seconds",
      (a) => {
        a.datePublished = "2015-09-11T10:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a date only where a date-time is needed",
      (a) => {
        a.dateModified = "2015-09-11";
      },
      [["invalid_date", ["dateModified"]]],
    ],
    [
      "February 30",
      (a) => {
        a.datePublished = "2015-02-30T10:00:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "February 29 in a common year",
      (a) => {
        a.entities[11].startDate = "2015-02-29";
      },
      [["invalid_date", ["entities", 11, "startDate"]]],
    ],
    [
      "hour 25",
      (a) => {
        a.datePublished = "2015-09-11T25:00:00Z";
      },
      [["invalid_date", ["datePublished"]]],
    ],
    [
      "a time-ref date-time without offset",
      (a) => {
        a.quotes[1]!.when!.date = "2015-09-11T12:00:00";
      },
      [["invalid_date", ["quotes", 1, "when", "date"]]],
    ],
    [
      "a bad CreativeWork date",
      (a) => {
        a.entities[12].datePublished = "yesterday";
      },
      [["invalid_date", ["entities", 12, "datePublished"]]],
    ],
  ]);
});
