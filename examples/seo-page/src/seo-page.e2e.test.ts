// The built page, opened in a real browser (Debian's Chromium through
// playwright-core): what a crawler and a phone see.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { plainText } from "@newsdoc/core/kit";
import { toJsonLd } from "@newsdoc/jsonld";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LaunchedBrowser, launchChromium } from "./browser.js";
import { type BuiltPage, buildPage } from "./build-page.js";
import { DIST_DIR } from "./dist-dir.js";
import { type StaticServer, startStaticServer } from "./static-server.js";

const SCREENSHOT = fileURLToPath(new URL("../../../docs/seo-page.png", import.meta.url));

describe("the SEO page in Chromium", () => {
  let built: BuiltPage;
  let server: StaticServer | undefined;
  let browser: LaunchedBrowser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    built = await buildPage(DIST_DIR);
    server = await startStaticServer(DIST_DIR);
    browser = await launchChromium();
    browser.context.setDefaultTimeout(15_000);
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const { url } = message.location();
      // The browser asks for /favicon.ico by itself; the page never links one.
      if (url !== undefined && new URL(url).pathname === "/favicon.ico") return;
      problems.push(`console error: ${message.text()} (${url})`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on("response", (response) => {
      if (new URL(response.url()).pathname === "/favicon.ico") return;
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const response = await page.goto(server.url, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30_000);

  it("shows the headline as the one h1", async () => {
    const h1 = await page.locator("h1").allTextContents();
    expect(h1.map((t) => t.trim())).toEqual([built.article.headline]);
    // The <title> is the site's template ("%s | Newsweek") with the headline
    // shortened at a word with "…" to fit 70 characters; og:title keeps it whole.
    const title = await page.title();
    expect(title.length).toBeLessThanOrEqual(71);
    const shown = title.replace(/ \| Newsweek$/, "").replace(/…$/, "");
    expect(built.article.headline.startsWith(shown)).toBe(true);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(ogTitle).toBe(built.article.headline);
  });

  it("carries JSON-LD that parses, in the browser, to exactly toJsonLd(article)", async () => {
    const scripts = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!)).toStrictEqual(toJsonLd(built.article, { site: built.site }));
  });

  it("names the site: the <title> template, og:site_name, and the site's nodes in the graph", async () => {
    expect(await page.title()).toMatch(/ \| Newsweek$/);
    const siteName = await page.locator('meta[property="og:site_name"]').getAttribute("content");
    expect(siteName).toBe("Newsweek");
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toBe(built.article.url);
    const script = await page.locator('script[type="application/ld+json"]').textContent();
    const graph = JSON.parse(script ?? "{}") as { "@graph": Record<string, unknown>[] };
    const byId = new Map(graph["@graph"].map((n) => [n["@id"], n]));
    const page_ = built.article.url!;
    expect(byId.get(`${page_}#article`)).toMatchObject({
      "@type": "NewsArticle",
      publisher: { "@id": "https://newsweek.example.com/#publisher" },
      mainEntityOfPage: { "@id": page_ },
    });
    expect(byId.get(page_)).toMatchObject({
      "@type": "WebPage",
      isPartOf: { "@id": "https://newsweek.example.com/#website" },
      breadcrumb: { "@id": `${page_}#breadcrumb` },
    });
    expect(byId.get("https://newsweek.example.com/#website")).toMatchObject({
      "@type": "WebSite",
      name: "Newsweek",
      publisher: { "@id": "https://newsweek.example.com/#publisher" },
    });
    expect(byId.get("https://newsweek.example.com/#publisher")).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "Newsweek",
    });
    const crumbs = byId.get(`${page_}#breadcrumb`)!.itemListElement as { name: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(["Newsweek", built.article.headline]);
  });

  it("marks mentions with data-entity ids that are all entities of the article", async () => {
    const ids = await page
      .locator("[data-entity]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-entity") ?? ""));
    const known = new Set(built.article.entities.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });

  it("gives every image alt text, and every figure its caption", async () => {
    const alts = await page
      .locator("img")
      .evaluateAll((els) => els.map((el) => el.getAttribute("alt")?.trim() ?? ""));
    expect(alts.filter((alt) => alt === "")).toEqual([]);
    // An image without a file (the example's photo has none) is a figure
    // with a caption and no <img>: the page must still say what it showed.
    const figures = built.article.body.flatMap((b) => (b.type === "figure" ? [b.image] : []));
    const captions = await page
      .locator("figure figcaption")
      .evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ")));
    for (const image of figures) {
      const caption = plainText(image.caption ?? []).replace(/\s+/g, " ");
      if (caption) expect(captions.some((c) => c.includes(caption))).toBe(true);
    }
    const withFile = figures.filter((image) => image.url !== undefined).length;
    expect(alts).toHaveLength(withFile);
  });

  it("has no horizontal scroll at 375 px wide", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it("saves a screenshot for the README", async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("logged no console errors and no failed requests during the visit", () => {
    expect(problems).toEqual([]);
  });
});
