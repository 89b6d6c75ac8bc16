import { article } from "@newsdoc/core/example";
import { formatReportEntry } from "@newsdoc/interop-kit";
import { describe, expect, test } from "vitest";
import { toAnsWithReport } from "./to-ans.js";

// Golden files: written once (vitest -u), reviewed by eye, compared on every run.
describe("golden output", () => {
  const { story, report } = toAnsWithReport(article);
  test("the example article as an ANS 0.10.12 story", async () => {
    await expect(`${JSON.stringify(story, null, 2)}\n`).toMatchFileSnapshot(
      "./__golden__/example.ans.json",
    );
  });
  test("what ANS cannot carry of it", async () => {
    await expect(`${report.map(formatReportEntry).join("\n")}\n`).toMatchFileSnapshot(
      "./__golden__/example.report.txt",
    );
  });
});
