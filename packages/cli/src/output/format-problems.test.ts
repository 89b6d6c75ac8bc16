import pc from "picocolors";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./format-problems.js";

const plain = pc.createColors(false);
const coloured = pc.createColors(true);

describe("formatProblem", () => {
  it("puts line and column after the file for syntax errors", () => {
    const line = formatProblem(
      "a.json",
      { severity: "error", code: "json-syntax", message: "Unexpected '}'.", line: 3, column: 12 },
      plain,
    );
    expect(line).toBe("a.json:3:12: error: Unexpected '}'. (json-syntax)");
  });

  it("puts the article path after the file for issues and warnings", () => {
    expect(
      formatProblem(
        "a.yaml",
        {
          severity: "warning",
          code: "missing-description",
          message: "No description.",
          path: ["description"],
        },
        plain,
      ),
    ).toBe("a.yaml:description: warning: No description. (missing-description)");
  });

  it("shows just the file when there is no position, and keeps every problem on one line", () => {
    expect(
      formatProblem(
        "missing.json",
        { severity: "error", code: "file-not-found", message: "No such file.\nCheck the path." },
        plain,
      ),
    ).toBe("missing.json: error: No such file. Check the path. (file-not-found)");
  });

  it("colours only when asked", () => {
    const problem = { severity: "error", code: "c", message: "m" } as const;
    expect(formatProblem("f", problem, plain)).not.toContain("\u001b[");
    expect(formatProblem("f", problem, coloured)).toContain("\u001b[31m");
  });
});
