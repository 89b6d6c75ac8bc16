// The example app, built with `next build` and served by `next start`, in
// a real browser (Debian's Chromium through playwright-core): what a reader
// and a crawler get from a Server Component page.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { article } from "@newsdoc/core/example";
import { articleHead, createIndex } from "@newsdoc/core/kit";
import { toHtml, toHtmlDocument } from "@newsdoc/html";
import { toJsonLd } from "@newsdoc/jsonld";
import { type DefaultTreeAdapterTypes, parse, serializeOuter } from "parse5";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domShape } from "../../../packages/react/src/__fixtures__/dom-shape.js";
import { type LaunchedBrowser, launchChromium } from "../../seo-page/src/browser.js";
import { topicHref } from "./articles.js";
import { buildApp, type NextServer, startApp } from "./next-server.js";

const SCREENSHOT = fileURLToPath(new URL("../../../docs/next-app.png", import.meta.url));
const PATH = `/articles/${encodeURIComponent(article.id)}`;

type Tag = [string, string];

/** The head tags `toHtmlDocument` writes: what the Next.js page's metadata must say too. */
function expectedHeadTags(): Tag[] {
  const tags: Tag[] = [];
  const visit = (node: { nodeName: string; childNodes?: unknown[] }) => {
    if ("attrs" in node) {
      const attrs = Object.fromEntries(
        (node.attrs as { name: string; value: string }[]).map((a) => [a.name, a.value]),
      );
      const key = attrs.property ?? attrs.name;
      if (node.nodeName === "meta" && key !== undefined && key !== "viewport") {
        tags.push([key, attrs.content ?? ""]);
      }
      if (node.nodeName === "link" && attrs.rel === "canonical")
        tags.push(["canonical", attrs.href ?? ""]);
    }
    for (const child of (node.childNodes ?? []) as (typeof node)[]) visit(child);
  };
  visit(parse(toHtmlDocument(article)) as never);
  return tags.sort();
}

const mentionCount = (() => {
  const index = createIndex(article);
  return article.entities.reduce((n, e) => n + index.mentionsOf(e.id).length, 0);
})();

describe("the Next.js example app in Chromium", () => {
  let server: NextServer | undefined;
  let browser: LaunchedBrowser | undefined;
  let page: Page;
  const problems: string[] = [];
  const offsite: string[] = [];

  beforeAll(async () => {
    try {
      await buildApp();
      server = await startApp();
      browser = await launchChromium();
      browser.context.setDefaultTimeout(20_000);
      page = await browser.context.newPage();
      page.on("console", (message) => {
        const text = message.text();
        const { url } = message.location();
        // The browser asks for /favicon.ico by itself; the app has none.
        if (url !== undefined && url !== "" && new URL(url).pathname === "/favicon.ico") return;
        if (message.type() === "error") problems.push(`console error: ${text}`);
        else if (message.type() === "warning" && /hydrat/i.test(text)) {
          problems.push(`hydration warning: ${text}`);
        }
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const { hostname } = new URL(request.url());
        if (hostname !== "127.0.0.1") offsite.push(request.url());
      });
      page.on("requestfailed", (request) =>
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
      );
      page.on("response", (response) => {
        if (new URL(response.url()).pathname === "/favicon.ico") return;
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      const response = await page.goto(`${server.url}${PATH}`, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(200);
    } catch (error) {
      // afterAll still runs, but a half-started server must not wait for it.
      await browser?.close();
      await server?.stop();
      browser = undefined;
      server = undefined;
      throw error;
    }
  }, 600_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  }, 30_000);

  it("serves, from the RSC render, the DOM toHtml writes (mentions linked to topic pages)", async () => {
    const response = await fetch(`${server!.url}${PATH}`);
    expect(response.status).toBe(200);
    const find = (node: DefaultTreeAdapterTypes.ParentNode): DefaultTreeAdapterTypes.Element[] =>
      node.childNodes.flatMap((child) =>
        "tagName" in child ? (child.tagName === "article" ? [child] : find(child)) : [],
      );
    const articles = find(parse(await response.text()));
    expect(articles).toHaveLength(1);
    const expected = toHtml(article, {
      appendix: "quotes",
      handlers: {
        mention: (node, ctx) =>
          ctx.helpers.element(
            "a",
            { class: "nd-mention", href: topicHref(node.entity), "data-entity": node.entity },
            ctx.helpers.escapeText(node.text),
          ),
      },
    });
    expect(domShape(serializeOuter(articles[0]!))).toEqual(domShape(expected));
  });

  it("shows the headline as the one h1", async () => {
    const h1 = await page.locator("h1").allTextContents();
    expect(h1).toEqual([article.headline]);
    expect(await page.locator("article.nd-article").count()).toBe(1);
  });

  it("carries one JSON-LD script that parses, in the browser, to exactly toJsonLd(article)", async () => {
    const scripts = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!)).toStrictEqual(toJsonLd(article));
  });

  it("has the head tags toHtmlDocument writes (from generateMetadata), robots included", async () => {
    const tags = await page.evaluate(() => {
      const out: [string, string][] = [];
      for (const el of document.head.querySelectorAll("meta[name], meta[property]")) {
        const key = el.getAttribute("property") ?? el.getAttribute("name") ?? "";
        out.push([key, el.getAttribute("content") ?? ""]);
      }
      for (const el of document.head.querySelectorAll('link[rel="canonical"]')) {
        out.push(["canonical", el.getAttribute("href") ?? ""]);
      }
      return out;
    });
    const expected = expectedHeadTags();
    const keys = new Set(expected.map(([k]) => k));
    expect(tags.filter(([k]) => keys.has(k)).sort()).toEqual(expected);
    // One head builder (the kit's articleHead) decides the robots tag for both pages.
    expect(tags).toContainEqual(["robots", articleHead(article).robots!.content]);
    const title = await page.title();
    expect(article.headline.startsWith(title.replace(/…$/, ""))).toBe(true);
  });

  it("links every mention to its topic page with next/link, keeping the class and data-entity", async () => {
    const links = await page
      .locator("article.nd-article a.nd-mention[data-entity]")
      .evaluateAll((els) =>
        els.map(
          (el) =>
            [el.getAttribute("data-entity") ?? "", el.getAttribute("href") ?? ""] as [
              string,
              string,
            ],
        ),
      );
    const topics = links.filter(([, href]) => href.startsWith("/topics/"));
    expect(topics).toHaveLength(mentionCount);
    for (const [id, href] of topics) expect(href).toBe(topicHref(id));
    const first = page.locator(`a.nd-mention[href^="/topics/"]`).first();
    const id = await first.getAttribute("data-entity");
    const name = article.entities.find((e) => e.id === id)?.name;
    await first.click();
    await page.waitForURL(`**${topicHref(id!)}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(name);
    await page.goBack({ waitUntil: "networkidle" });
    await expect.poll(() => page.locator("h1").textContent()).toBe(article.headline);
  });

  it("saves a screenshot for the README", async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("logged no console errors or hydration warnings, and asked for nothing off the machine", () => {
    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);
  });
});
