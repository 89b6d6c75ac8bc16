import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ALLOW_MISSING_DATA, sharedDataDir } from "./shared-data.js";

describe("sharedDataDir", () => {
  const saved = process.env.NEWSDOC_SHARED_DATA;
  const dirs: string[] = [];
  afterEach(() => {
    if (saved === undefined) delete process.env.NEWSDOC_SHARED_DATA;
    else process.env.NEWSDOC_SHARED_DATA = saved;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(ALLOW_MISSING_DATA)(
    "fails, saying what is missing and how to opt out, when the folder lacks the data",
    () => {
      const empty = mkdtempSync(join(tmpdir(), "newsdoc-no-data-"));
      dirs.push(empty);
      process.env.NEWSDOC_SHARED_DATA = empty;
      expect(() => sharedDataDir()).toThrow(/NEWSDOC_ALLOW_MISSING_DATA=1/);
    },
  );

  it("gives the folder named by NEWSDOC_SHARED_DATA when it holds ninjs and ans", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdoc-data-"));
    dirs.push(dir);
    mkdirSync(join(dir, "ninjs"));
    mkdirSync(join(dir, "ans"));
    process.env.NEWSDOC_SHARED_DATA = dir;
    expect(sharedDataDir()).toBe(dir);
  });
});
