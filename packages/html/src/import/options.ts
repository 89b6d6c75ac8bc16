import type { Article, Claim, Entity, Quote } from "@newsdoc/core";

/**
 * The registries the HTML's hooks refer to: `data-entity` to `entities`,
 * `data-quote` to `quotes`; `claims` are carried over for the quotes that
 * take a side. An `Article` is a registry.
 */
export interface HtmlRegistry {
  entities?: readonly Entity[];
  quotes?: readonly Quote[];
  claims?: readonly Claim[];
}

/** Metadata `fromHtml` uses where the page has none (a fragment has none at all). */
export type HtmlImportDefaults = Partial<
  Omit<Article, "newsdoc" | "$schema" | "body" | "entities" | "quotes" | "claims">
>;

/** How whitespace in text is read. */
export type WhitespaceMode = "auto" | "collapse" | "preserve";

/** Options of {@link fromHtml}. Every one is optional. */
export interface FromHtmlOptions {
  /**
   * Entities, quotes and claims the page's `data-entity` / `data-quote`
   * hooks refer to. Everything given is part of the article's registry.
   * Default: none (hooks are resolved from the page's JSON-LD, else created).
   */
  registry?: HtmlRegistry;
  /**
   * Metadata for fields the page does not carry: `id`, `language`,
   * `headline`, `authors`, … The page's own values win. Default: none.
   */
  defaults?: HtmlImportDefaults;
  /**
   * The URL relative links and images are resolved against. Default: the
   * page's `<base href>`, else its canonical URL, else `og:url`; with none,
   * relative URLs are reported and left out.
   */
  baseUrl?: string;
  /** The class prefix of newsdoc's own markup to read back (`nd-mention`, `nd-credit`, …). Default `"nd-"`. */
  classPrefix?: string;
  /**
   * `"collapse"` reads text as a browser shows it (runs of spaces and
   * newlines are one space, trimmed at block edges); `"preserve"` keeps it
   * exactly (what `toHtml` wrote); `"auto"` preserves inside newsdoc's own
   * `<article class="nd-article">` and collapses everywhere else. Default `"auto"`.
   */
  whitespace?: WhitespaceMode;
  /** Read schema.org JSON-LD (`NewsArticle`, its people, organisations and quotes). Default `true`. */
  jsonLd?: boolean;
}
