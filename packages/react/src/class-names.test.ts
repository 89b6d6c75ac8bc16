import { CLASS_NAMES, classNames, DEFAULT_LABELS } from "@newsdoc/core/kit";
import * as html from "@newsdoc/html";
import { describe, expect, it } from "vitest";

describe("the class names and labels are @newsdoc/html's", () => {
  it("the same table, for any prefix", () => {
    expect(CLASS_NAMES).toEqual(html.CLASS_NAMES);
    for (const prefix of ["nd-", "", "news__", "-x"]) {
      expect(classNames(prefix)).toEqual(html.classNames(prefix));
    }
  });

  it("the same refusals, with the same message", () => {
    for (const prefix of ["1a", "--x", 'a"', "a b"]) {
      expect(() => html.classNames(prefix)).toThrow(TypeError);
      let message = "";
      try {
        html.classNames(prefix);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(() => classNames(prefix)).toThrow(message);
    }
  });
  it("the same default labels", () => {
    expect(DEFAULT_LABELS).toEqual(html.DEFAULT_LABELS);
  });
});
