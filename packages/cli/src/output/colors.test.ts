import { describe, expect, it } from "vitest";
import { colorsFor, useColor } from "./colors.js";

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe("useColor", () => {
  it("colours a terminal and not a pipe", () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
  });

  it("respects NO_COLOR, even on a terminal", () => {
    expect(useColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(tty, { NO_COLOR: "" })).toBe(true);
  });

  it("respects FORCE_COLOR, but NO_COLOR wins", () => {
    expect(useColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });
});

describe("colorsFor", () => {
  it("returns escape codes only when colour is on", () => {
    expect(colorsFor(tty, {}).red("x")).toBe("\u001b[31mx\u001b[39m");
    expect(colorsFor(pipe, {}).red("x")).toBe("x");
  });
});
