/**
 * The site an article is published on: one configuration shared by every
 * page, so that every page's graph names the same `WebSite` and publisher
 * (`https://site/#website`, `https://site/#publisher`) and graphs from many
 * pages merge into one.
 */
export interface Site {
  /** The site's name, as in `og:site_name` and `<title>` ("Newsweek"). */
  name: string;
  /** The home page (absolute http(s) URL). Site-wide `@id`s are built on it. */
  url: string;
  /** The publisher's logo; Google asks for it on the publisher. */
  logo?: SiteImage;
  /** The organisation that publishes the site, as a `NewsMediaOrganization`. Default: named as the site. */
  publisher?: SitePublisher;
  /** Social accounts: `twitter:site`, `article:publisher`. */
  social?: SiteSocial;
  /** BCP 47 language of the site, for articles without one of their own and `WebSite.inLanguage`. */
  language?: string;
  /**
   * The `<title>`: `%s` is replaced by the headline (shortened to fit 70
   * characters with the rest). Default: `"%s | <name>"`.
   */
  titleTemplate?: string;
  /**
   * An author's profile page, with `{id}` replaced by the entity id
   * (`"https://news.example.com/authors/{id}"`). The author's `@id` is that
   * URL plus `#person`, the same on every page. Default: the author entity's
   * own `url`, if any.
   */
  authorUrl?: string;
}

/** An image of a known size: the logo. */
export interface SiteImage {
  /** Absolute http(s) URL. */
  url: string;
  /** Pixel width. */
  width: number;
  /** Pixel height. */
  height: number;
}

/**
 * The publisher and its policies, each the URL of a page that states it
 * (schema.org's trust properties for news media organisations).
 */
export interface SitePublisher {
  /** Default: the site's name. */
  name?: string;
  /** Default: the site's URL. */
  url?: string;
  /** Authority and social profile URLs: Wikidata, Wikipedia, Facebook, X. */
  sameAs?: string[];
  publishingPrinciples?: string;
  correctionsPolicy?: string;
  ethicsPolicy?: string;
  masthead?: string;
  diversityPolicy?: string;
  ownershipFundingInfo?: string;
  actionableFeedbackPolicy?: string;
  unnamedSourcesPolicy?: string;
  verificationFactCheckingPolicy?: string;
  noBylinesPolicy?: string;
}

/** The site's social accounts. */
export interface SiteSocial {
  /** The X/Twitter handle, with its `@` (`"@Newsweek"`). */
  twitter?: string;
  /** The Facebook page URL, for `article:publisher`. */
  facebook?: string;
}

/** The policy fields of {@link SitePublisher}, in output order. */
export const PUBLISHER_POLICIES = [
  "publishingPrinciples",
  "correctionsPolicy",
  "ethicsPolicy",
  "masthead",
  "diversityPolicy",
  "ownershipFundingInfo",
  "actionableFeedbackPolicy",
  "unnamedSourcesPolicy",
  "verificationFactCheckingPolicy",
  "noBylinesPolicy",
] as const satisfies readonly (keyof SitePublisher)[];

/** A site configuration that does not hold: every problem, each with its path. */
export class SiteConfigError extends Error {
  /** Each problem as `site.logo.width: must be …`. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `Invalid site configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "SiteConfigError";
    this.problems = problems;
  }
}

const HTTP = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const HANDLE = /^@[A-Za-z0-9_]{1,15}$/;

type Check = (value: unknown) => string | undefined;

const text: Check = (v) =>
  typeof v === "string" && v.trim() !== "" ? undefined : "must be a non-empty string";
const url: Check = (v) =>
  typeof v === "string" && HTTP.test(v)
    ? undefined
    : `must be an absolute http(s) URL, got ${describe(v)}`;
const pixels: Check = (v) =>
  typeof v === "number" && Number.isInteger(v) && v > 0
    ? undefined
    : `must be a positive whole number of pixels, got ${describe(v)}`;

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "a list" : "an object";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * Checks a site configuration (from YAML, JSON or code) and returns it,
 * typed, or throws a {@link SiteConfigError} that lists every problem with
 * its path and what to write instead. Unknown keys are problems too (a
 * misspelt `titleTemplte` would otherwise be silently ignored).
 *
 * @example
 * ```ts
 * import { checkSite } from "@newsdoc/jsonld";
 * const site = checkSite({ name: "Newsweek", url: "https://www.newsweek.com/" });
 * ```
 */
export function checkSite(value: unknown): Site {
  const problems: string[] = [];
  const at = (path: string, check: Check, v: unknown, optional = true) => {
    if (v === undefined && optional) return;
    const problem = v === undefined ? "is required" : check(v);
    if (problem !== undefined) problems.push(`${path}: ${problem}`);
  };
  const keys = (path: string, v: Record<string, unknown>, allowed: readonly string[]) => {
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) {
        problems.push(`${path}.${key}: unknown key; the keys here are ${allowed.join(", ")}`);
      }
    }
  };
  if (!isRecord(value)) {
    throw new SiteConfigError([
      `site: must be an object with at least name and url, got ${describe(value)}`,
    ]);
  }
  keys("site", value, [
    "name",
    "url",
    "logo",
    "publisher",
    "social",
    "language",
    "titleTemplate",
    "authorUrl",
  ]);
  at("site.name", text, value.name, false);
  at("site.url", url, value.url, false);
  if (value.logo !== undefined) {
    if (!isRecord(value.logo))
      problems.push("site.logo: must be an object with url, width, height");
    else {
      keys("site.logo", value.logo, ["url", "width", "height"]);
      at("site.logo.url", url, value.logo.url, false);
      at("site.logo.width", pixels, value.logo.width, false);
      at("site.logo.height", pixels, value.logo.height, false);
    }
  }
  if (value.publisher !== undefined) {
    const p = value.publisher;
    if (!isRecord(p)) problems.push("site.publisher: must be an object");
    else {
      keys("site.publisher", p, ["name", "url", "sameAs", ...PUBLISHER_POLICIES]);
      at("site.publisher.name", text, p.name);
      at("site.publisher.url", url, p.url);
      if (p.sameAs !== undefined) {
        if (!Array.isArray(p.sameAs))
          problems.push("site.publisher.sameAs: must be a list of URLs");
        else
          p.sameAs.forEach((v, i) => {
            at(`site.publisher.sameAs[${i}]`, url, v, false);
          });
      }
      for (const policy of PUBLISHER_POLICIES) at(`site.publisher.${policy}`, url, p[policy]);
    }
  }
  if (value.social !== undefined) {
    const s = value.social;
    if (!isRecord(s)) problems.push("site.social: must be an object");
    else {
      keys("site.social", s, ["twitter", "facebook"]);
      at(
        "site.social.twitter",
        (v) =>
          typeof v === "string" && HANDLE.test(v)
            ? undefined
            : `must be an X/Twitter handle with its @ ("@Newsweek"), got ${describe(v)}`,
        s.twitter,
      );
      at("site.social.facebook", url, s.facebook);
    }
  }
  at(
    "site.language",
    (v) =>
      typeof v === "string" && LANGUAGE.test(v)
        ? undefined
        : `must be a BCP 47 language tag ("en", "en-GB"), got ${describe(v)}`,
    value.language,
  );
  at(
    "site.titleTemplate",
    (v) =>
      typeof v === "string" && v.includes("%s")
        ? undefined
        : `must be a string with %s where the headline goes ("%s | Newsweek"), got ${describe(v)}`,
    value.titleTemplate,
  );
  at(
    "site.authorUrl",
    (v) =>
      typeof v === "string" && v.includes("{id}") && HTTP.test(v.replace("{id}", "x"))
        ? undefined
        : `must be an absolute http(s) URL with {id} where the author's id goes ("https://news.example.com/authors/{id}"), got ${describe(v)}`,
    value.authorUrl,
  );
  if (problems.length > 0) throw new SiteConfigError(problems);
  return value as unknown as Site;
}

/** The site's home URL with a path, ending in `/`: the base of its `@id`s. */
export function siteBase(site: Site): string {
  const parsed = new URL(site.url);
  return parsed.pathname.endsWith("/")
    ? `${parsed.origin}${parsed.pathname}`
    : `${parsed.origin}${parsed.pathname}/`;
}

/** The site-wide `@id`s. */
export function siteIds(site: Site): { website: string; publisher: string; logo: string } {
  const base = siteBase(site);
  return { website: `${base}#website`, publisher: `${base}#publisher`, logo: `${base}#logo` };
}

// An author's profile URL from the site's pattern: the kit's, shared with the page head.
export { authorProfileUrl } from "@newsdoc/core/kit";
