// Prints the `Tests: N passed, M failed` line CI reads, from vitest's JSON
// report (never from vitest's console output). A missing or unreadable
// report counts as a failure: no report means the run did not happen.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".vitest-report.json";
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.log(`No test report at ${file} (${error.message}).`);
  console.log("Tests: 0 passed, 1 failed");
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// Files that fail to load hold no tests but still fail the run.
const failedSuites = (report.testResults ?? []).filter(
  (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
).length;
const failed = (report.numFailedTests ?? 0) + failedSuites;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (skipped > 0) console.log(`Skipped: ${skipped} (not counted as passed).`);
// The last line, in exactly the form CI parses.
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
