import { jsonLdScript } from "@newsdoc/jsonld";
import { findElements } from "@newsdoc/test-utils";
import jsonld from "jsonld";
import { type DefaultTreeAdapterMap, parse } from "parse5";
// structured-data-testing-tool (glitchdigital, CommonJS, no types).
// @ts-expect-error: the package ships no declarations
import { structuredDataTest } from "structured-data-testing-tool";
// @ts-expect-error: the package ships no declarations
import { Facebook, Google, Twitter } from "structured-data-testing-tool/presets";
import { describe, expect, it } from "vitest";
import { maximalArticle } from "../../../jsonld/src/__fixtures__/maximal-article.js";
import { offlineDocumentLoader } from "../../../jsonld/src/__fixtures__/schema-org-context.js";
import { vocabularyMissing } from "../../../jsonld/src/__fixtures__/schema-vocabulary.js";
import { maximalSite } from "../../../jsonld/src/__fixtures__/site.js";
import { toHtmlDocument } from "./to-html-document.js";

interface SdttTest {
  test: string;
  description?: string;
  group?: string;
  passed?: boolean;
  error?: { message?: string };
}
interface SdttResult {
  passed: SdttTest[];
  failed: SdttTest[];
  warnings: SdttTest[];
  schemas: string[];
  structuredData: { jsonld: Record<string, unknown[]> };
}

/**
 * The tool reads one tree per JSON-LD script and does not follow `@graph`
 * references, so it would see a `NewsArticle` whose author, publisher and
 * image are bare `{ "@id" }`s. Framing the graph with the `jsonld` library
 * (offline: schema.org's context comes from ../shared/data) gives the same
 * statements as one NewsArticle tree with every referenced node embedded;
 * the page is the one toHtmlDocument wrote, with its script swapped for the
 * framed tree.
 */
async function framedPage(
  html: string,
): Promise<{ page: string; framed: Record<string, unknown> }> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const script = findElements(document, (el) => el.tagName === "script")[0];
  if (!script?.sourceCodeLocation) throw new Error("toHtmlDocument wrote no JSON-LD script");
  const data = JSON.parse((script.childNodes[0] as DefaultTreeAdapterMap["textNode"]).value);
  // The page's article is the graph's first node; framing by its @id (not by
  // type) leaves out the translation, a NewsArticle of its own.
  const article = data["@graph"][0]["@id"] as string;
  const framed = (await jsonld.frame(
    data,
    { "@context": "https://schema.org", "@id": article, "@embed": "@always" } as never,
    { documentLoader: offlineDocumentLoader } as never,
  )) as unknown as Record<string, unknown>;
  const { startOffset, endOffset } = script.sourceCodeLocation;
  return {
    page: html.slice(0, startOffset) + jsonLdScript(framed) + html.slice(endOffset),
    framed,
  };
}

async function sdtt(page: string, presets: unknown[]): Promise<SdttResult> {
  try {
    return (await structuredDataTest(page, { presets })) as SdttResult;
  } catch (error) {
    const failure = error as { type?: string; res?: SdttResult };
    if (failure.type === "VALIDATION_FAILED" && failure.res) return failure.res;
    throw error;
  }
}

const describeWithData = vocabularyMissing() === undefined ? describe : describe.skip;
if (vocabularyMissing() !== undefined && process.env.NEWSDOC_ALLOW_MISSING_DATA !== "1") {
  throw new Error(vocabularyMissing());
}

describeWithData("structured-data-testing-tool on toHtmlDocument(maximal article, site)", () => {
  const html = toHtmlDocument(maximalArticle, { site: maximalSite });

  it("frames the @graph into one NewsArticle tree with its nodes embedded", async () => {
    const { framed } = await framedPage(html);
    expect(framed["@type"]).toBe("NewsArticle");
    expect(framed["@graph"]).toBeUndefined();
    const publisher = framed.publisher as Record<string, unknown>;
    expect(publisher["@type"]).toBe("NewsMediaOrganization");
    expect(publisher.name).toBe("The Daily News Company");
    const authors = framed.author as Record<string, unknown>[];
    expect(authors.map((a) => a.name)).toEqual(["Ann Reporter", "World Desk"]);
  });

  it("Google, Twitter and Facebook presets: no failures", async () => {
    const { page } = await framedPage(html);
    const result = await sdtt(page, [Google, Twitter, Facebook]);
    const failures = result.failed.map(
      (t) => `${t.group ?? ""} ${t.description ?? t.test}: ${t.error?.message ?? "failed"}`,
    );
    // One warning, not a failure: the fixture's authors have no X account, so
    // there is no twitter:creator to write (the html publisher tests cover it).
    expect(result.warnings.map((t) => t.description ?? t.test)).toEqual([
      "should have username of content creator",
    ]);
    expect(failures).toEqual([]);
    expect(result.schemas).toContain("NewsArticle");
    // The presets ran: the article's Google checks and both social groups passed.
    const groups = new Set(result.passed.map((t) => t.group));
    expect([...groups]).toEqual(expect.arrayContaining(["NewsArticle", "Twitter", "Facebook"]));
    expect(result.passed.length).toBeGreaterThan(20);
  }, 60_000);

  it("the check can fail: the unframed @graph is not read as a NewsArticle", async () => {
    const result = await sdtt(html, [Google]);
    expect(result.schemas).not.toContain("NewsArticle");
  }, 60_000);
});
