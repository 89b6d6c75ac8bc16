import { article } from "@newsdoc/core/example";
import { formatReportEntry } from "@newsdoc/interop-kit";
import { describe, expect, test } from "vitest";
import { toNinjsWithReport } from "./to-ninjs.js";

// Golden files: written once (vitest -u), reviewed by eye, compared on every run.
describe("golden output", () => {
  const { item, report } = toNinjsWithReport(article);
  test("the example article as a ninjs 3.1 item", async () => {
    await expect(`${JSON.stringify(item, null, 2)}\n`).toMatchFileSnapshot(
      "./__golden__/example.ninjs.json",
    );
  });
  test("what ninjs cannot carry of it", async () => {
    await expect(`${report.map(formatReportEntry).join("\n")}\n`).toMatchFileSnapshot(
      "./__golden__/example.report.txt",
    );
  });
});
