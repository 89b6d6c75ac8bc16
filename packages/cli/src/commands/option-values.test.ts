import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { runMain } from "../test-io.js";
import { UsageError } from "../usage-error.js";
import { jobsOption } from "./option-values.js";

describe("jobsOption (--jobs)", () => {
  it("defaults to the cores this process may use", () => {
    expect(jobsOption({})).toBe(availableParallelism());
  });

  it.each([
    [1, 1],
    [4, 4],
    ["16", 16],
  ])("takes %j as %i", (given, expected) => {
    expect(jobsOption({ jobs: given })).toBe(expected);
  });

  it.each([[0], [-2], [2.5], ["two"], ["1e3"], [""], [true]])(
    "refuses %j with a sentence",
    (given) => {
      expect(() => jobsOption({ jobs: given })).toThrow(UsageError);
    },
  );

  it("refuses --jobs given twice", () => {
    expect(() => jobsOption({ jobs: [2, 3] })).toThrow("--jobs was given 2 times; give it once.");
  });

  it("is a usage error on the command line, exit 2", async () => {
    const { code, stderr } = await runMain(["validate", "--example", "--jobs", "0"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'newsdoc: --jobs takes a whole number of threads, 1 or more (1 works on the main thread only), got "0".\nRun "newsdoc validate --help" for usage.\n',
    );
  });

  it("is shown in the help of validate, lint and render, not of import", async () => {
    for (const command of ["validate", "lint", "render"]) {
      expect((await runMain([command, "--help"])).stdout).toContain("-j, --jobs <n>");
    }
    expect((await runMain(["import", "--help"])).stdout).not.toContain("--jobs");
  });
});
