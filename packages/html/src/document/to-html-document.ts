import {
  type Article,
  type ChunkSink,
  checkRobotsOption,
  classNames,
  pipeChunks,
  type RobotsOptions,
  readableStreamOf,
} from "@newsdoc/core/kit";
import {
  checkSite,
  jsonLdScript,
  type Site,
  type ToJsonLdOptions,
  toJsonLd,
} from "@newsdoc/jsonld";
import { joinContent } from "../element.js";
import { type Html, trusted } from "../html.js";
import { createPrettyPrinter, prettyHtml } from "../pretty.js";
import { htmlRenderer } from "../renderer.js";
import { compileTag, tag } from "../tag.js";
import type { ToHtmlOptions } from "../to-html.js";
import { headTags } from "./head.js";
import { defaultStylesheet } from "./stylesheet.js";

/** Options of {@link toHtmlDocument}: those of `toHtml`, plus the page's own. */
export type HtmlDocumentOptions = ToHtmlOptions & {
  /**
   * The inline `<style>`: `true` for the default stylesheet (made for the
   * class prefix in use), `false` for none, or your own CSS text (which may
   * not contain `</style`). Default `true`.
   */
  stylesheet?: boolean | string;
  /**
   * The JSON-LD `<script>` from `@newsdoc/jsonld`: `true`, `false` to leave
   * it out, or options for `toJsonLd`. Default `true`.
   */
  jsonLd?: boolean | ToJsonLdOptions;
  /**
   * The `<title>`. Default: the headline, shortened at a word to at most 70
   * characters with "…" when it is longer (search results cut long titles;
   * `og:title` and `twitter:title` keep the whole headline).
   */
  title?: string;
  /** The site's Twitter/X handle for `twitter:site` (`"@newsweek"`). Default: `site.social.twitter`, else none. */
  twitterSite?: string;
  /**
   * The site the page belongs to (see `Site` in `@newsdoc/jsonld`; check
   * YAML/JSON with `checkSite`): the `<title>` template, `og:site_name`,
   * `article:publisher`, `twitter:site`, author profile URLs, and the
   * JSON-LD's `WebSite`, `WebPage`, breadcrumb and site-wide publisher.
   * Default: none.
   */
  site?: Site;
  /**
   * `<meta name="robots">`: `noindex`, `nofollow`, `maxImagePreview`, or
   * `false` for no tag. Default `{ maxImagePreview: "large" }` (Google
   * Discover shows large previews only with it).
   */
  robots?: RobotsOptions | false;
};

const STYLE_END = /<\/style/i;
// The page's frame: elements `tag()` refuses its callers, every value escaped.
const PAGE = { refusedElement: true } as const;
const DOCTYPE = trusted("<!DOCTYPE html>");
const htmlTag = tag("html", ["lang"]);
const headTag = tag("head");
const charset = compileTag("meta", ["charset"], PAGE);
const viewport = compileTag("meta", ["name", "content"], PAGE);
const style = compileTag("style", [], PAGE);
const bodyTag = tag("body");
const mainTag = tag("main");
const TAIL = joinContent([mainTag.end, bodyTag.end, htmlTag.end]);

function styleElement(options: HtmlDocumentOptions): Html | undefined {
  const { stylesheet = true } = options;
  if (stylesheet === false) return undefined;
  if (stylesheet === true) {
    // CSS is raw text: not escaped, and ours never holds "</style".
    return style(trusted(defaultStylesheet(classNames(options.classPrefix ?? "nd-"))));
  }
  if (typeof stylesheet !== "string") {
    throw new TypeError(
      `options.stylesheet must be true, false or a CSS string, got ${typeof stylesheet}.`,
    );
  }
  if (STYLE_END.test(stylesheet)) {
    throw new TypeError(
      'options.stylesheet contains "</style", which would end the <style> element early. Remove it from the CSS.',
    );
  }
  // Checked above: the CSS cannot end the element early.
  return style(trusted(stylesheet));
}

function jsonLdElement(
  article: Article,
  option: HtmlDocumentOptions["jsonLd"],
  site: Site | undefined,
  classPrefix: string,
): Html | undefined {
  if (option === false) return undefined;
  const own = option === true || option === undefined ? {} : option;
  // The JSON-LD names the paywalled blocks by the class this page gives them.
  // jsonLdScript is the one safe way to write JSON-LD into a page (see @newsdoc/jsonld).
  return trusted(
    jsonLdScript(
      toJsonLd(article, {
        ...(site === undefined ? {} : { site }),
        paywallSelector: `.${classPrefix}paywalled`,
        ...own,
      }),
    ),
  );
}

/** The page around the fragment, and the options the fragment is rendered with. */
function documentFrame(article: Article, options: HtmlDocumentOptions) {
  if (options === null || typeof options !== "object") {
    throw new TypeError("toHtmlDocument(article, options): options must be an object.");
  }
  const {
    stylesheet: _s,
    jsonLd,
    twitterSite,
    title,
    site: siteOption,
    robots: robotsOption,
    pretty = false,
    ...renderOptions
  } = options;
  const site = siteOption === undefined ? undefined : checkSite(siteOption);
  const robots = checkRobotsOption(robotsOption);
  if (twitterSite !== undefined && typeof twitterSite !== "string") {
    throw new TypeError(`options.twitterSite must be a string, got ${typeof twitterSite}.`);
  }
  if (title !== undefined && (typeof title !== "string" || title.trim() === "")) {
    throw new TypeError("options.title must be a non-empty string.");
  }
  const fragmentOptions = { ...renderOptions, pretty: false };
  const head = (): Html =>
    joinContent([
      DOCTYPE,
      htmlTag.open(article.language || site?.language || undefined),
      headTag.open(),
      charset("utf-8"),
      viewport("viewport", "width=device-width, initial-scale=1"),
      headTags(article, { title, twitterSite, site, robots }),
      styleElement(options),
      jsonLdElement(article, jsonLd, site, options.classPrefix ?? "nd-"),
      headTag.end,
      bodyTag.open(),
      mainTag.open(),
    ]);
  return { head, fragmentOptions, pretty, tail: TAIL };
}

/**
 * Renders a complete HTML5 page for an article: `<head>` with title,
 * description, canonical link, Open Graph, `article:*` and Twitter card
 * tags (each only when its value is known), the default stylesheet and the
 * schema.org JSON-LD script; `<body>` with the `toHtml` fragment in
 * `<main>`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { toHtmlDocument } from "@newsdoc/html";
 * writeFileSync("article.html", toHtmlDocument(article, { twitterSite: "@newsweek" }));
 * ```
 */
export function toHtmlDocument(article: Article, options: HtmlDocumentOptions = {}): Html {
  const { head, fragmentOptions, pretty, tail } = documentFrame(article, options);
  const fragment = htmlRenderer.render(article, fragmentOptions);
  const page = head() + fragment + tail;
  return (pretty ? `${prettyHtml(page)}\n` : `${page}\n`) as Html;
}

/**
 * {@link toHtmlDocument} in chunks: the `<head>`, then the article as
 * {@link toHtmlChunks} makes it (one chunk per top-level block), then the
 * end of the page, made only as they are asked for. Joined, the chunks
 * are exactly `toHtmlDocument(article, options)`. Options are checked at once.
 *
 * @example
 * ```ts
 * for (const chunk of toHtmlDocumentChunks(article, { site })) res.write(chunk);
 * ```
 */
export function toHtmlDocumentChunks(
  article: Article,
  options: HtmlDocumentOptions = {},
): IterableIterator<Html> {
  const { head, fragmentOptions, pretty, tail } = documentFrame(article, options);
  const fragment = htmlRenderer.stream(article, fragmentOptions);
  return (function* () {
    const printer = pretty ? createPrettyPrinter() : undefined;
    const put = (markup: string) => (printer === undefined ? markup : printer.write(markup));
    const first = put(head());
    if (first !== "") yield first as Html;
    for (const chunk of fragment) {
      const out = put(chunk);
      if (out !== "") yield out as Html;
    }
    yield `${put(tail)}${printer === undefined ? "" : printer.end()}\n` as Html;
  })();
}

/**
 * {@link toHtmlDocument} as a web `ReadableStream<string>`, pulled chunk
 * by chunk as the reader reads (see {@link toHtmlDocumentChunks}).
 *
 * @example
 * ```ts
 * return new Response(toHtmlDocumentStream(article).pipeThrough(new TextEncoderStream()));
 * ```
 */
export function toHtmlDocumentStream(
  article: Article,
  options?: HtmlDocumentOptions,
): ReadableStream<string> {
  return readableStreamOf(toHtmlDocumentChunks(article, options));
}

/**
 * Writes {@link toHtmlDocument}'s page into a Node `Writable` (or anything
 * with `write`, `once` and `removeListener`), waiting for `"drain"` when it
 * asks. Resolves when everything is written; the sink is not ended.
 *
 * @example
 * ```ts
 * await pipeHtmlDocument(article, response, { site });
 * response.end();
 * ```
 */
export async function pipeHtmlDocument(
  article: Article,
  sink: ChunkSink,
  options?: HtmlDocumentOptions,
): Promise<void> {
  await pipeChunks(toHtmlDocumentChunks(article, options), sink);
}
