import { describe, expect, it } from "vitest";
import { CLASS_NAMES, classNames } from "./class-names.js";

describe("classNames", () => {
  it("applies the prefix to every name of the table", () => {
    const names = classNames("news__");
    for (const [key, name] of Object.entries(CLASS_NAMES)) {
      expect(names[key as keyof typeof CLASS_NAMES]).toBe(`news__${name}`);
    }
    expect(classNames("").mention).toBe("mention");
    expect(classNames("nd-")).toBe(classNames("nd-"));
  });

  it.each(['x" onclick="a', "1nd-", "--x", "a b", "nd.", "<", 5])(
    "refuses the prefix %j with a TypeError that says what is allowed",
    (prefix) => {
      expect(() => classNames(prefix as string)).toThrowError(/CSS identifier prefix/);
    },
  );
});
