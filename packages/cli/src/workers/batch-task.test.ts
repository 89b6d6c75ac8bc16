import { describe, expect, it } from "vitest";
import { DEFAULT_RENDER_FLAGS } from "../render/render-targets.js";
import { crashedResult } from "./batch-task.js";

const input = { kind: "file", path: "/data/in/a.json", display: "in/a.json" } as const;

describe("crashedResult", () => {
  it("fails a checked file with worker-crashed and a sentence", () => {
    const task = { kind: "check", lint: false, strict: false, rules: {}, cwd: "/data" } as const;
    expect(crashedResult(task, input, "out of memory")).toEqual({
      file: "in/a.json",
      status: "error",
      passed: false,
      problems: [
        {
          severity: "error",
          code: "worker-crashed",
          message:
            "Checking this file stopped its worker thread (out of memory); the other files were not affected. Check that the file is an article of a sensible size.",
        },
      ],
    });
  });

  it("fails a rendered file the same way, with no output", () => {
    const task = {
      kind: "render",
      format: "html",
      flags: DEFAULT_RENDER_FLAGS,
      debug: false,
    } as const;
    const outcome = crashedResult(
      task,
      { input, path: "/data/out/a.html", display: "out/a.html" },
      "x",
    );
    expect(outcome.input).toBe(input);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        code: "worker-crashed",
        message: expect.stringMatching(/^Rendering this file stopped/),
      }),
    ]);
    expect(outcome.output).toBeUndefined();
  });
});
