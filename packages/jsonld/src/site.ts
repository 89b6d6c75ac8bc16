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
/** Checks the value at `path` and adds what is wrong with it to `problems`. */
type Rule = (path: string, value: unknown, problems: string[]) => void;

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
/** A check of a string against `valid`, saying `what` it must be otherwise. */
const string =
  (valid: (v: string) => boolean, what: string): Check =>
  (v) =>
    typeof v === "string" && valid(v) ? undefined : `must be ${what}, got ${describe(v)}`;

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "a list" : "an object";
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A field that holds one value; optional unless `required`. */
const field =
  (check: Check, required = false): Rule =>
  (path, v, problems) => {
    if (v === undefined && !required) return;
    const problem = v === undefined ? "is required" : check(v);
    if (problem !== undefined) problems.push(`${path}: ${problem}`);
  };

/** An optional object of `fields` (checked in this order; any other key is a problem), `shape` saying what it must be otherwise. */
const object =
  (shape: string, fields: Readonly<Record<string, Rule>>): Rule =>
  (path, v, problems) => {
    if (v === undefined) return;
    if (!isRecord(v)) {
      problems.push(`${path}: ${shape}`);
      return;
    }
    const allowed = Object.keys(fields);
    for (const key of Object.keys(v)) {
      if (!allowed.includes(key)) {
        problems.push(`${path}.${key}: unknown key; the keys here are ${allowed.join(", ")}`);
      }
    }
    for (const key of allowed) fields[key]!(`${path}.${key}`, v[key], problems);
  };

/** An optional list whose every item passes `check`. */
const list =
  (shape: string, check: Check): Rule =>
  (path, v, problems) => {
    if (v === undefined) return;
    if (!Array.isArray(v)) problems.push(`${path}: ${shape}`);
    else
      v.forEach((item, i) => {
        field(check, true)(`${path}[${i}]`, item, problems);
      });
  };

/** The rules of a {@link Site}, in the order problems are listed (built on the first check). */
let siteRule: Rule | undefined;
const makeSiteRule = (): Rule =>
  object("must be an object with at least name and url", {
    name: field(text, true),
    url: field(url, true),
    logo: object("must be an object with url, width, height", {
      url: field(url, true),
      width: field(pixels, true),
      height: field(pixels, true),
    }),
    publisher: object("must be an object", {
      name: field(text),
      url: field(url),
      sameAs: list("must be a list of URLs", url),
      ...Object.fromEntries(PUBLISHER_POLICIES.map((policy) => [policy, field(url)])),
    }),
    social: object("must be an object", {
      twitter: field(string((v) => HANDLE.test(v), 'an X/Twitter handle with its @ ("@Newsweek")')),
      facebook: field(url),
    }),
    language: field(string((v) => LANGUAGE.test(v), 'a BCP 47 language tag ("en", "en-GB")')),
    titleTemplate: field(
      string((v) => v.includes("%s"), 'a string with %s where the headline goes ("%s | Newsweek")'),
    ),
    authorUrl: field(
      string(
        (v) => v.includes("{id}") && HTTP.test(v.replace("{id}", "x")),
        'an absolute http(s) URL with {id} where the author\'s id goes ("https://news.example.com/authors/{id}")',
      ),
    ),
  });

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
  if (!isRecord(value)) {
    throw new SiteConfigError([
      `site: must be an object with at least name and url, got ${describe(value)}`,
    ]);
  }
  const problems: string[] = [];
  siteRule ??= makeSiteRule();
  siteRule("site", value, problems);
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
