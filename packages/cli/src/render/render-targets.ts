import { toAnsWithReport } from "@newsdoc/ans";
import type { Article } from "@newsdoc/core";
import {
  type HtmlDocumentOptions,
  type ToHtmlOptions,
  toHtml,
  toHtmlChunks,
  toHtmlDocument,
  toHtmlDocumentChunks,
} from "@newsdoc/html";
import { jsonLdString, type Site, type ToJsonLdOptions, toJsonLd } from "@newsdoc/jsonld";
import { type ToMarkdownOptions, toMarkdown, toMarkdownChunks } from "@newsdoc/markdown";
import { formatReportEntry, toNinjsWithReport } from "@newsdoc/ninjs";

/** What `render --to` accepts. */
export type RenderFormat = "md" | "html" | "html-document" | "jsonld" | "ninjs" | "ans";

/** The formats, in the order help lists them. */
export const RENDER_FORMATS: readonly RenderFormat[] = [
  "md",
  "html",
  "html-document",
  "jsonld",
  "ninjs",
  "ans",
];

/** An appendix after the body. */
export type AppendixKind = "quotes" | "claims";

/** The renderer options the command line exposes, with their defaults. */
export interface RenderFlags {
  /** `--front-matter`: YAML front matter (md). Default `false`. */
  readonly frontMatter: boolean;
  /** `--appendix quotes|claims`, repeatable for html (md takes one). Default none. */
  readonly appendix: readonly AppendixKind[];
  /** `--no-mention-links` sets this to `false`: mentions as plain words. Default `true`. */
  readonly mentionLinks: boolean;
  /** `--pretty`: indented output (html, html-document, jsonld). Default `false`. */
  readonly pretty: boolean;
  /** `--no-stylesheet` sets this to `false` (html-document). Default `true`. */
  readonly stylesheet: boolean;
  /** `--article-body`: JSON-LD `articleBody` (jsonld, html-document). Default `false`. */
  readonly articleBody: boolean;
  /** `--no-quotes` sets this to `false`: no `Quotation` nodes (jsonld, html-document). Default `true`. */
  readonly quotes: boolean;
  /** `--no-claims` sets this to `false`: no `Claim` nodes (jsonld, html-document). Default `true`. */
  readonly claims: boolean;
  /** `--site FILE`: the site configuration (jsonld, html-document). Default none. */
  readonly site: Site | undefined;
  /** `--id-base URL`: the prefix of every JSON-LD `@id` (jsonld, html-document). Default: the article's URL. */
  readonly idBase: string | undefined;
}

/** The value of every flag when it is not given. */
export const DEFAULT_RENDER_FLAGS: RenderFlags = Object.freeze({
  frontMatter: false,
  appendix: Object.freeze([]) as readonly AppendixKind[],
  mentionLinks: true,
  pretty: false,
  stylesheet: true,
  articleBody: false,
  quotes: true,
  claims: true,
  site: undefined,
  idBase: undefined,
});

/** The command-line spelling of each flag, for messages. */
export const FLAG_NAMES: Readonly<Record<keyof RenderFlags, string>> = {
  frontMatter: "--front-matter",
  appendix: "--appendix",
  mentionLinks: "--no-mention-links",
  pretty: "--pretty",
  stylesheet: "--no-stylesheet",
  articleBody: "--article-body",
  quotes: "--no-quotes",
  claims: "--no-claims",
  site: "--site",
  idBase: "--id-base",
};

/** One output format: its file extension, the flags it takes, and the renderer call. */
export interface RenderTarget {
  /** With the dot: `.md`. */
  readonly extension: string;
  readonly flags: readonly (keyof RenderFlags)[];
  /** Renders a valid article; the text ends with one newline. */
  render(article: Article, flags: RenderFlags): string;
  /**
   * The same text in chunks, for formats that stream (one chunk per
   * top-level block): joined, exactly what `render` returns.
   */
  chunks?(article: Article, flags: RenderFlags): Iterable<string>;
  /**
   * What the format cannot carry for this article, one sentence each
   * (interchange formats only); the command prints them as warnings.
   */
  losses?(article: Article): readonly string[];
}

const mentions = (flags: RenderFlags): "link" | "text" => (flags.mentionLinks ? "link" : "text");
const htmlAppendix = (flags: RenderFlags) =>
  flags.appendix.length === 0
    ? false
    : flags.appendix.length === 1
      ? (flags.appendix[0] as AppendixKind)
      : flags.appendix;
const jsonLdOptions = (flags: RenderFlags): ToJsonLdOptions => ({
  articleBody: flags.articleBody,
  quotes: flags.quotes,
  claims: flags.claims,
  ...(flags.site === undefined ? {} : { site: flags.site }),
  ...(flags.idBase === undefined ? {} : { idBase: flags.idBase }),
});
const endWithNewline = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
/** {@link endWithNewline} for chunks: a newline after the last one unless it ends with one. */
function* chunksEndWithNewline(chunks: Iterable<string>): Generator<string, void, undefined> {
  let last = "";
  for (const chunk of chunks) {
    if (chunk === "") continue;
    last = chunk;
    yield chunk;
  }
  if (!last.endsWith("\n")) yield "\n";
}
const markdownOptions = (flags: RenderFlags): ToMarkdownOptions => ({
  frontMatter: flags.frontMatter,
  appendix: flags.appendix[0] ?? false,
  mentions: mentions(flags),
});
const htmlOptions = (flags: RenderFlags): ToHtmlOptions => ({
  appendix: htmlAppendix(flags),
  mentions: mentions(flags),
  pretty: flags.pretty,
});
const htmlDocumentOptions = (flags: RenderFlags): HtmlDocumentOptions => ({
  ...htmlOptions(flags),
  stylesheet: flags.stylesheet,
  jsonLd: jsonLdOptions(flags),
  ...(flags.site === undefined ? {} : { site: flags.site }),
});
const json = (value: unknown, flags: RenderFlags) =>
  `${JSON.stringify(value, null, flags.pretty ? 2 : undefined)}\n`;

/** Each format's renderer call: the CLI maps flags to options and adds nothing of its own. */
export const RENDER_TARGETS: Readonly<Record<RenderFormat, RenderTarget>> = {
  md: {
    extension: ".md",
    flags: ["frontMatter", "appendix", "mentionLinks"],
    render: (article, flags) => endWithNewline(toMarkdown(article, markdownOptions(flags))),
    chunks: (article, flags) =>
      chunksEndWithNewline(toMarkdownChunks(article, markdownOptions(flags))),
  },
  html: {
    extension: ".html",
    flags: ["appendix", "mentionLinks", "pretty"],
    render: (article, flags) => endWithNewline(toHtml(article, htmlOptions(flags))),
    chunks: (article, flags) => chunksEndWithNewline(toHtmlChunks(article, htmlOptions(flags))),
  },
  "html-document": {
    extension: ".html",
    flags: [
      "appendix",
      "mentionLinks",
      "pretty",
      "stylesheet",
      "articleBody",
      "quotes",
      "claims",
      "site",
      "idBase",
    ],
    render: (article, flags) => endWithNewline(toHtmlDocument(article, htmlDocumentOptions(flags))),
    chunks: (article, flags) =>
      chunksEndWithNewline(toHtmlDocumentChunks(article, htmlDocumentOptions(flags))),
  },
  jsonld: {
    extension: ".jsonld",
    flags: ["pretty", "articleBody", "quotes", "claims", "site", "idBase"],
    render: (article, flags) =>
      endWithNewline(
        jsonLdString(toJsonLd(article, jsonLdOptions(flags)), flags.pretty ? { space: 2 } : {}),
      ),
  },
  ninjs: {
    extension: ".ninjs.json",
    flags: ["pretty"],
    render: (article, flags) => json(toNinjsWithReport(article).item, flags),
    losses: (article) => toNinjsWithReport(article).report.map(formatReportEntry),
  },
  ans: {
    extension: ".ans.json",
    flags: ["pretty"],
    render: (article, flags) => json(toAnsWithReport(article).story, flags),
    losses: (article) => toAnsWithReport(article).report.map(formatReportEntry),
  },
};
