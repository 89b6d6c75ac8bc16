import { describe, expect, it } from "vitest";
import { checkMentionsOption } from "./mentions-option.js";

describe("checkMentionsOption", () => {
  it.each(["link", "text"])("accepts %j", (value) => {
    expect(() => checkMentionsOption(value)).not.toThrow();
  });

  it.each([["links"], [undefined], [true]])("refuses %j, saying what it takes", (value) => {
    expect(() => checkMentionsOption(value)).toThrow(
      new TypeError(`options.mentions must be "link" or "text", got ${JSON.stringify(value)}.`),
    );
  });
});
