import { toAnsWithReport } from "@newsdoc/ans";
import type { Article } from "@newsdoc/core";
import { toHtml, toHtmlDocument } from "@newsdoc/html";
import { jsonLdString, type Site, type ToJsonLdOptions, toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";
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
   * What the format cannot carry for this article, one sentence each
   * (interchange formats only); the command prints them as warnings.
   */
  losses?(article: Article): readonly string[];
}

const mentions = (flags: RenderFlags) => (flags.mentionLinks ? "link" : "text");
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
const json = (value: unknown, flags: RenderFlags) =>
  `${JSON.stringify(value, null, flags.pretty ? 2 : undefined)}\n`;

/** Each format's renderer call: the CLI maps flags to options and adds nothing of its own. */
export const RENDER_TARGETS: Readonly<Record<RenderFormat, RenderTarget>> = {
  md: {
    extension: ".md",
    flags: ["frontMatter", "appendix", "mentionLinks"],
    render: (article, flags) =>
      endWithNewline(
        toMarkdown(article, {
          frontMatter: flags.frontMatter,
          appendix: flags.appendix[0] ?? false,
          mentions: mentions(flags),
        }),
      ),
  },
  html: {
    extension: ".html",
    flags: ["appendix", "mentionLinks", "pretty"],
    render: (article, flags) =>
      endWithNewline(
        toHtml(article, {
          appendix: htmlAppendix(flags),
          mentions: mentions(flags),
          pretty: flags.pretty,
        }),
      ),
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
    render: (article, flags) =>
      endWithNewline(
        toHtmlDocument(article, {
          appendix: htmlAppendix(flags),
          mentions: mentions(flags),
          pretty: flags.pretty,
          stylesheet: flags.stylesheet,
          jsonLd: jsonLdOptions(flags),
          ...(flags.site === undefined ? {} : { site: flags.site }),
        }),
      ),
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
