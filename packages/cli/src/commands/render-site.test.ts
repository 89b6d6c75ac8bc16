import { rm } from "node:fs/promises";
import { parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { toHtmlDocument } from "@newsdoc/html";
import { jsonLdString, toJsonLd } from "@newsdoc/jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, exampleJson } from "../test-fixtures.js";
import { runMain } from "../test-io.js";

const SITE_YAML = `name: Example News
url: https://news.example.com/
language: en
logo:
  url: https://news.example.com/logo.png
  width: 600
  height: 60
publisher:
  correctionsPolicy: https://news.example.com/corrections
social:
  twitter: "@examplenews"
titleTemplate: "%s | Example News"
`;
const site = {
  name: "Example News",
  url: "https://news.example.com/",
  language: "en",
  logo: { url: "https://news.example.com/logo.png", width: 600, height: 60 },
  publisher: { correctionsPolicy: "https://news.example.com/corrections" },
  social: { twitter: "@examplenews" },
  titleTemplate: "%s | Example News",
};

const valid = parseArticle(article);
let cwd: string;
beforeAll(async () => {
  cwd = await createFixture({
    "a.json": exampleJson,
    "site.yaml": SITE_YAML,
    "bad-site.yaml":
      "name: Example News\nurl: news.example.com\nlogo:\n  url: https://x.example/l.png\n",
    "broken.yaml": "name: [\n",
  });
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc render --site / --id-base", () => {
  it("renders html-document and jsonld with the site configuration", async () => {
    const doc = await runMain(
      ["render", "a.json", "--to", "html-document", "--site", "site.yaml"],
      {
        cwd,
      },
    );
    expect(doc.stderr).toBe("");
    expect(doc.code).toBe(0);
    expect(doc.stdout).toBe(
      toHtmlDocument(valid, { site, jsonLd: { articleBody: false, quotes: true, claims: true } }),
    );
    const ld = await runMain(["render", "a.json", "--to", "jsonld", "--site", "site.yaml"], {
      cwd,
    });
    expect(ld.stdout).toBe(`${jsonLdString(toJsonLd(valid, { site }))}\n`);
    expect(ld.stdout).toContain('"@id":"https://news.example.com/#publisher"');
  });

  it("sets the @id base", async () => {
    const ld = await runMain(
      ["render", "a.json", "--to", "jsonld", "--id-base", "https://news.example.com/2015/russia"],
      { cwd },
    );
    expect(ld.code).toBe(0);
    expect(JSON.parse(ld.stdout)["@graph"][0]["@id"]).toBe(
      "https://news.example.com/2015/russia#article",
    );
  });

  it("reports a bad site file, a bad id base and a flag the format does not take", async () => {
    const bad = await runMain(["render", "a.json", "--to", "jsonld", "--site", "bad-site.yaml"], {
      cwd,
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--site bad-site.yaml: Invalid site configuration (3 problems)");
    expect(bad.stderr).toContain(
      'site.url: must be an absolute http(s) URL, got "news.example.com"',
    );
    expect(bad.stderr).toContain("site.logo.width: is required");
    const broken = await runMain(["render", "a.json", "--to", "jsonld", "--site", "broken.yaml"], {
      cwd,
    });
    expect(broken.stderr).toContain("--site broken.yaml: not valid YAML");
    const missing = await runMain(["render", "a.json", "--to", "jsonld", "--site", "nope.yaml"], {
      cwd,
    });
    expect(missing.stderr).toContain("--site nope.yaml: cannot read the site configuration");
    const base = await runMain(["render", "a.json", "--to", "jsonld", "--id-base", "#x"], { cwd });
    expect(base.stderr).toContain("--id-base must be an absolute http(s) URL");
    const md = await runMain(["render", "a.json", "--to", "md", "--site", "site.yaml"], { cwd });
    expect(md.stderr).toContain("--site does not apply to --to md");
  });
});
