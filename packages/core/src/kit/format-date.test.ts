import { describe, expect, it } from "vitest";
import { callFormatDate, checkFormatDateOption, formatDateEnglish } from "./format-date.js";

describe("formatDateEnglish", () => {
  it("writes the calendar date as the ISO string has it, with no time-zone shift", () => {
    expect(formatDateEnglish("2015-09-11T23:30:00-05:00")).toBe("11 September 2015");
    expect(formatDateEnglish("2015-06-29")).toBe("29 June 2015");
  });

  it("returns what does not start with a date, or has no such month, as it is", () => {
    expect(formatDateEnglish("on Friday")).toBe("on Friday");
    expect(formatDateEnglish("2015-13-01")).toBe("2015-13-01");
  });
});

describe("formatDate option checks", () => {
  it("checkFormatDateOption accepts a function and names the option otherwise", () => {
    expect(() => checkFormatDateOption(formatDateEnglish)).not.toThrow();
    expect(() => checkFormatDateOption("iso")).toThrow(
      new TypeError("options.formatDate must be a function (iso, kind) => string."),
    );
  });

  it("callFormatDate passes iso and kind through and refuses a result that is not a string", () => {
    expect(callFormatDate((iso, kind) => `${kind}:${iso}`, "2015-09-11", "modified")).toBe(
      "modified:2015-09-11",
    );
    expect(() => callFormatDate((() => undefined) as never, "2015-09-11", "published")).toThrow(
      new TypeError("options.formatDate must return a string, got undefined."),
    );
  });
});
