import { describe, expect, it } from "vitest";
import { suggestCommand } from "./suggest-command.js";

const commands = ["validate", "lint", "render", "schema", "example"];

describe("suggestCommand", () => {
  it("suggests the command a typo was meant to be", () => {
    expect(suggestCommand("valdiate", commands)).toBe("validate");
    expect(suggestCommand("rendr", commands)).toBe("render");
    expect(suggestCommand("lnit", commands)).toBe("lint");
  });

  it("completes a prefix", () => {
    expect(suggestCommand("val", commands)).toBe("validate");
    expect(suggestCommand("ex", commands)).toBe("example");
  });

  it("suggests nothing for a word far from every command", () => {
    expect(suggestCommand("publish", commands)).toBeUndefined();
    expect(suggestCommand("x", commands)).toBeUndefined();
  });
});
