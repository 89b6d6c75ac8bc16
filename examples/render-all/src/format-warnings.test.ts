import { describe, expect, it } from "vitest";
import { formatWarnings } from "./format-warnings.js";

const w = (rule: string, path: (string | number)[]) => ({ rule, path, message: `${rule} here` });

describe("formatWarnings", () => {
  it("prints each warning with its path and rule", () => {
    expect(formatWarnings([w("missing-url", ["url"]), w("missing-image", ["image"])])).toEqual([
      "url: missing-url here [missing-url]",
      "image: missing-image here [missing-image]",
    ]);
  });

  it("groups by rule and shortens a rule that fires often, naming the rest by path", () => {
    const many = [0, 1, 2, 3, 4].map((i) => w("entity-no-same-as", ["entities", i]));
    expect(formatWarnings([many[0]!, w("missing-url", ["url"]), ...many.slice(1)], 2)).toEqual([
      "entities[0]: entity-no-same-as here [entity-no-same-as]",
      "entities[1]: entity-no-same-as here [entity-no-same-as]",
      "… and 3 more [entity-no-same-as]: entities[2], entities[3], entities[4]",
      "url: missing-url here [missing-url]",
    ]);
  });

  it("prints nothing for no warnings", () => {
    expect(formatWarnings([])).toEqual([]);
  });
});
