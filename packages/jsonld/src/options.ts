import type { QuoteMode } from "@newsdoc/core/kit";
import { checkSite, type Site } from "./site.js";

/** Options of {@link toJsonLd}. Every option is optional. */
export interface ToJsonLdOptions {
  /**
   * The prefix of every `@id` (`${idBase}#article`, `${idBase}#person-peskov`):
   * an absolute URL. Default: `article.url` without its fragment; when the
   * article has no URL, blank-node ids (`_:article`), never relative ones.
   */
  idBase?: string;
  /**
   * The site the article is published on (see {@link Site}; check YAML or
   * JSON with `checkSite`). Adds `WebSite`, `WebPage` and `BreadcrumbList`
   * nodes and makes the publisher (`<site>#publisher`, a
   * `NewsMediaOrganization` with its logo and policies) and the authors
   * (`<profile URL>#person`) site-wide nodes, so graphs of many pages
   * merge. Default: none.
   */
  site?: Site;
  /**
   * The CSS selector of the paywalled part of the page, for
   * `hasPart.cssSelector` when `article.access` is not free. Default:
   * `".nd-paywalled"`, the class `@newsdoc/html` writes with its default
   * prefix (`toHtmlDocument` passes its own).
   */
  paywallSelector?: string;
  /**
   * Entity id → an `@id` defined elsewhere on the page (your site's
   * `Organization`, an author's profile node). Those entities are referenced
   * by that `@id` and not emitted, so this graph joins your site graph.
   * Default: `{}`.
   */
  entityIds?: Readonly<Record<string, string>>;
  /** Add the body's plain text as `articleBody`. Default: `false`. */
  articleBody?: boolean;
  /** Add a `Quotation` node per quote. Default: `true`. */
  quotes?: boolean;
  /**
   * Which quote modes become `Quotation` nodes. Default: `["direct", "partial"]`:
   * an `indirect` quote is reported speech, not the speaker's words, and a
   * `Quotation` would say that it is.
   */
  quoteModes?: readonly QuoteMode[];
  /** Add a `Claim` node per claim. Default: `true`. */
  claims?: boolean;
}

/** The options with defaults applied. */
export interface ResolvedOptions {
  idBase: string | undefined;
  site: Site | undefined;
  paywallSelector: string;
  entityIds: Readonly<Record<string, string>>;
  articleBody: boolean;
  quotes: boolean;
  quoteModes: readonly QuoteMode[];
  claims: boolean;
}

/** The selector of the paywalled blocks that `@newsdoc/html` marks with its default class prefix. */
export const DEFAULT_PAYWALL_SELECTOR = ".nd-paywalled";

const DEFAULT_QUOTE_MODES: readonly QuoteMode[] = Object.freeze(["direct", "partial"] as const);
const NO_IDS: Readonly<Record<string, string>> = Object.freeze({});

/** Applies the defaults and checks the types a caller may get wrong from JavaScript. */
export function resolveOptions(options: ToJsonLdOptions | undefined): ResolvedOptions {
  if (options === undefined) {
    return {
      idBase: undefined,
      site: undefined,
      paywallSelector: DEFAULT_PAYWALL_SELECTOR,
      entityIds: NO_IDS,
      articleBody: false,
      quotes: true,
      quoteModes: DEFAULT_QUOTE_MODES,
      claims: true,
    };
  }
  if (options === null || typeof options !== "object") {
    throw new TypeError("toJsonLd(article, options): options must be an object or undefined.");
  }
  const { idBase, entityIds } = options;
  if (idBase !== undefined && typeof idBase !== "string") {
    throw new TypeError(`toJsonLd: options.idBase must be a string, got ${typeof idBase}.`);
  }
  if (idBase !== undefined && !/^https?:\/\/[^\s/?#]+[^\s#]*$/i.test(idBase)) {
    throw new TypeError(
      `toJsonLd: options.idBase must be an absolute http(s) URL without a fragment ("https://news.example.com/2015/russia"), got ${JSON.stringify(idBase)}: a relative @id means nothing to a processor without the page's URL.`,
    );
  }
  const { paywallSelector } = options;
  if (
    paywallSelector !== undefined &&
    (typeof paywallSelector !== "string" || paywallSelector.trim() === "")
  ) {
    throw new TypeError(
      "toJsonLd: options.paywallSelector must be a non-empty CSS selector string.",
    );
  }
  if (entityIds !== undefined) {
    if (entityIds === null || typeof entityIds !== "object") {
      throw new TypeError("toJsonLd: options.entityIds must be an object of entity id → @id.");
    }
    for (const [key, value] of Object.entries(entityIds)) {
      if (typeof value !== "string" || value === "") {
        throw new TypeError(
          `toJsonLd: options.entityIds["${key}"] must be a non-empty @id string (for example "https://example.com/#organization").`,
        );
      }
    }
  }
  return {
    idBase,
    site: options.site === undefined ? undefined : checkSite(options.site),
    paywallSelector: paywallSelector ?? DEFAULT_PAYWALL_SELECTOR,
    entityIds: entityIds ?? NO_IDS,
    articleBody: options.articleBody ?? false,
    quotes: options.quotes ?? true,
    quoteModes: options.quoteModes ?? DEFAULT_QUOTE_MODES,
    claims: options.claims ?? true,
  };
}
