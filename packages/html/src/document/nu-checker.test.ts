import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { article } from "@newsdoc/core/example";
import { describe, expect, it } from "vitest";
import { publisherArticle, site } from "./__fixtures__/publisher.js";
import { toHtmlDocument } from "./to-html-document.js";

// The W3C Nu HTML checker (vnu.jar from the vnu-jar package) on Debian's
// Java (scripts/ensure-java.sh, run by `pnpm test:all`). Without Java the
// suite fails and says how to install it, unless NEWSDOC_ALLOW_MISSING_JAVA=1.
const jar = join(
  dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);
const java = spawnSync("java", ["-version"]).status === 0;
const allowMissing = process.env.NEWSDOC_ALLOW_MISSING_JAVA === "1";

function nuMessages(html: string): string[] {
  // vnu exits 1 when it finds errors; the report is on stdout either way.
  const run = spawnSync("java", ["-jar", jar, "--format", "json", "--stdout", "-"], {
    input: html,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const out = run.stdout;
  if (!out) throw new Error(`vnu.jar gave no report: ${run.stderr || run.error?.message}`);
  const report = JSON.parse(out) as {
    messages: { type: string; subType?: string; message: string }[];
  };
  return report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => m.message);
}

describe.skipIf(!java && allowMissing)("the W3C Nu HTML checker", () => {
  it("is available (needs Java: bash scripts/ensure-java.sh)", () => {
    expect(
      java,
      "java not found: run bash scripts/ensure-java.sh (apt-get install -y default-jre-headless)",
    ).toBe(true);
  });

  it("finds no errors in the example page and a publisher page with every field", {
    timeout: 120_000,
  }, () => {
    expect(nuMessages(toHtmlDocument(article))).toEqual([]);
    expect(
      nuMessages(toHtmlDocument(publisherArticle, { site, appendix: ["quotes", "claims"] })),
    ).toEqual([]);
  });

  it("the check can fail: it reports a broken page", { timeout: 120_000 }, () => {
    expect(
      nuMessages(
        "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>",
      ).length,
    ).toBeGreaterThan(0);
  });
});
