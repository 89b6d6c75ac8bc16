import type { Entity, EntityType } from "@newsdoc/core";
import { isHttpUrl } from "@newsdoc/core";
import type { ImportContext } from "./context.js";
import { at } from "./context.js";
import { attr, type Element, findAll, textContent } from "./dom.js";
import { cleanText, isNonBlank } from "./sanitize.js";

type JsonObject = Record<string, unknown>;

/** What the page's schema.org JSON-LD says about the article. */
export interface JsonLdFacts {
  headline?: string;
  alternativeHeadline?: string;
  description?: string;
  language?: string;
  url?: string;
  datePublished?: string;
  dateModified?: string;
  /** Entity ids (in the import's registry). */
  authors?: string[];
  byline?: string;
  publisher?: string;
  about?: string[];
  section?: string;
  keywords?: string[];
  image?: JsonLdImage;
  /** Body figures' details by position (1-based), from `#figure-<n>` nodes. */
  figures: Map<number, JsonLdImage>;
  /** `isAccessibleForFree` and the paywalled part's `cssSelector`. */
  access?: { free: boolean; selector?: string };
  /** `locationCreated`: a Place id. */
  dateline?: string;
  /** `correction`: `CorrectionComment`s with a date. */
  corrections?: { date: string; text: string }[];
  /** `workTranslation`: language and URL. */
  translations?: { language: string; url: string }[];
  /** `backstory`. */
  backstory?: string;
  /** The sections of the page's `BreadcrumbList`, without the home page and the article. */
  sectionPath?: { name: string; url: string }[];
}

/** An ImageObject's details. */
export interface JsonLdImage {
  /** The other images of `image` that are based on this one (`isBasedOn`), with their sizes. */
  renditions?: { url: string; width: number; height: number }[];
  url?: string;
  width?: number;
  height?: number;
  alt?: string;
  caption?: string;
  creditText?: string;
  creators?: string[];
  providers?: string[];
  about?: string[];
}

const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "Article",
  "BlogPosting",
  "LiveBlogPosting",
  "Report",
]);

const KIND_OF: Readonly<Record<string, EntityType>> = {
  Person: "Person",
  Organization: "Organization",
  NewsMediaOrganization: "Organization",
  Corporation: "Organization",
  GovernmentOrganization: "Organization",
  NGO: "Organization",
  EducationalOrganization: "Organization",
  PoliticalParty: "Organization",
  SportsOrganization: "Organization",
  Place: "Place",
  Country: "Place",
  City: "Place",
  State: "Place",
  AdministrativeArea: "Place",
  Continent: "Place",
  Event: "Event",
  CreativeWork: "CreativeWork",
  WebPage: "CreativeWork",
  VideoObject: "CreativeWork",
  TVEpisode: "CreativeWork",
  RadioEpisode: "CreativeWork",
  Book: "CreativeWork",
};

// newsdoc's node ids: `<url>#person-<id>`, or `_:person-<id>` (a blank node) without a url.
const BODY_MEDIA_ID = /(?:#|^_:)(?:video|audio|embed)-\d+$/;
const NEWSDOC_ID = /(?:#|^_:)(person|organization|place|event|creativework)-([^#]+)$/;

function types(node: JsonObject): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.replace(/^(https?:\/\/)?schema\.org\//, ""));
}

function str(value: unknown): string | undefined {
  if (typeof value === "string") {
    // JSON-LD is data: its strings are kept as they are, only made valid text.
    const clean = cleanText(value);
    return isNonBlank(clean) ? clean : undefined;
  }
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

function strs(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(str).filter((s): s is string => s !== undefined);
}

function num(value: unknown): number | undefined {
  if (value && typeof value === "object" && !Array.isArray(value))
    return num((value as JsonObject).value);
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s === "" ? "entity" : s;
}

/** An id not yet in `taken`: `base`, else `base-2`, `base-3`, … */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Reads the page's `<script type="application/ld+json">` blocks: the
 * article node (`NewsArticle` and kin, in an `@graph` or not), the people,
 * organisations, places, events and works it describes (added to the
 * registry; newsdoc's own `@id`s give back the entity ids), and the
 * quotations (hints for the quote spans the body shows).
 */
export function readJsonLd(
  document: Element | import("./dom.js").Node,
  ctx: ImportContext,
): JsonLdFacts {
  const facts: JsonLdFacts = { figures: new Map() };
  const scripts = findAll(
    document,
    (e) => e.tagName === "script" && /^\s*application\/ld\+json\s*$/i.test(attr(e, "type") ?? ""),
  );
  const nodes: JsonObject[] = [];
  const collect = (value: unknown, depth: number) => {
    if (depth > 32 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) collect(v, depth + 1);
      return;
    }
    const obj = value as JsonObject;
    if ("@type" in obj || "@id" in obj) nodes.push(obj);
    for (const [key, v] of Object.entries(obj)) if (key !== "@context") collect(v, depth + 1);
  };
  for (const script of scripts) {
    try {
      collect(JSON.parse(textContent(script)), 0);
    } catch {
      ctx.report.push({
        kind: "metadata",
        reason: "json-ld",
        message: "A JSON-LD script is not valid JSON: ignored.",
        ...at(script),
      });
    }
  }
  if (nodes.length === 0) return facts;

  // @id → the fullest node with that @id (a reference { "@id" } carries nothing else).
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = typeof node["@id"] === "string" ? node["@id"] : undefined;
    if (id === undefined) continue;
    const seen = byId.get(id);
    if (seen === undefined || Object.keys(node).length > Object.keys(seen).length)
      byId.set(id, node);
  }
  const deref = (value: unknown): JsonObject | undefined => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
    const obj = value as JsonObject;
    const id = typeof obj["@id"] === "string" ? obj["@id"] : undefined;
    return id !== undefined ? (byId.get(id) ?? obj) : obj;
  };

  // Entities: every node of an entity type, once.
  const entityOf = new Map<JsonObject, Entity>();
  const registry = ctx.registry;
  const taken = (id: string) =>
    registry.entities.has(id) || [...entityOf.values()].some((e) => e.id === id);
  const unique = new Set<JsonObject>();
  for (const raw of nodes) {
    const node = deref(raw)!;
    if (unique.has(node)) continue;
    unique.add(node);
    const kind = types(node)
      .map((t) => KIND_OF[t])
      .find((k) => k !== undefined);
    if (kind === undefined) continue;
    // newsdoc's nodes for the body's own videos, audio and embeds: read from the body, not entities.
    if (typeof node["@id"] === "string" && BODY_MEDIA_ID.test(node["@id"])) continue;
    const atId = typeof node["@id"] === "string" ? node["@id"] : undefined;
    const ours = atId === undefined ? undefined : NEWSDOC_ID.exec(atId);
    const ourId = ours && ours[1] === kind.toLowerCase() ? decode(ours[2]!) : undefined;
    let name = str(node.name);
    let anonymous = false;
    if (name === undefined && kind === "Person" && str(node.description) !== undefined) {
      // newsdoc writes an anonymous person with their phrase as description and no name.
      name = str(node.description);
      anonymous = true;
    }
    if (name === undefined) continue;
    const id = ourId !== undefined && isNonBlank(ourId) ? ourId : uniqueId(slug(name), taken);
    const entity = { type: kind, id, name } as Entity;
    const alt = strs(node.alternateName);
    if (alt.length > 0) entity.alternateNames = alt;
    const description = str(node.description);
    if (description !== undefined && !anonymous) entity.description = description;
    const url = str(node.url);
    if (url !== undefined && isHttpUrl(url)) entity.url = url;
    const sameAs = strs(node.sameAs).filter(isHttpUrl);
    if (sameAs.length > 0) entity.sameAs = sameAs;
    if (entity.type === "Person") {
      const job = str(node.jobTitle);
      if (job !== undefined) entity.jobTitle = job;
      if (anonymous) entity.anonymous = true;
    }
    if (entity.type === "Event" || entity.type === "CreativeWork") {
      const date = str(entity.type === "Event" ? node.startDate : node.datePublished);
      if (date !== undefined && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(date)) {
        if (entity.type === "Event") entity.startDate = date;
        else entity.datePublished = date;
      }
    }
    entityOf.set(node, entity);
  }
  const refTo = (value: unknown, allowed?: readonly EntityType[]): string | undefined => {
    const node = deref(value);
    const entity = node === undefined ? undefined : entityOf.get(node);
    if (entity === undefined) return undefined;
    return allowed === undefined || allowed.includes(entity.type) ? entity.id : undefined;
  };
  const refsTo = (value: unknown, allowed?: readonly EntityType[]): string[] => {
    const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return [
      ...new Set(list.map((v) => refTo(v, allowed)).filter((x): x is string => x !== undefined)),
    ];
  };
  const AGENTS: EntityType[] = ["Person", "Organization"];
  // Links between entities, now that every entity has its id.
  for (const [node, entity] of entityOf) {
    if (entity.type === "Person") {
      const aff = refTo(node.affiliation, ["Organization"]);
      if (aff !== undefined) entity.affiliation = aff;
    } else if (entity.type === "Organization") {
      const parent = refTo(node.parentOrganization, ["Organization"]);
      if (parent !== undefined && parent !== entity.id) entity.parentOrganization = parent;
    } else if (entity.type === "Place") {
      const within = refTo(node.containedInPlace, ["Place"]);
      if (within !== undefined && within !== entity.id) entity.containedInPlace = within;
    } else if (entity.type === "Event") {
      const loc = refTo(node.location, ["Place"]);
      if (loc !== undefined) entity.location = loc;
      const att = refsTo(node.attendee, AGENTS);
      if (att.length > 0) entity.attendees = att;
    } else if (entity.type === "CreativeWork") {
      const authors = refsTo(node.author, AGENTS);
      if (authors.length > 0) entity.authors = authors;
      const pub = refTo(node.publisher, ["Organization"]);
      if (pub !== undefined) entity.publisher = pub;
    }
    registry.addHintedEntity(entity);
  }

  // Quotations: hints for the spans the body shows.
  for (const node of unique) {
    if (!types(node).includes("Quotation")) continue;
    const atId = typeof node["@id"] === "string" ? node["@id"] : "";
    const m = /(?:#|^_:)quote-([^#]+)$/.exec(atId);
    const id = m ? decode(m[1]!) : undefined;
    if (id === undefined) continue;
    const hint: { speaker?: string; text?: string; via?: string } = {};
    const speaker = refTo(node.creator, AGENTS);
    if (speaker !== undefined) hint.speaker = speaker;
    const text = str(node.text);
    if (text !== undefined) hint.text = text;
    const via = refTo(node.isBasedOn, ["CreativeWork"]) ?? refTo(node.publisher, ["Organization"]);
    if (via !== undefined) hint.via = via;
    registry.quoteHints.set(id, hint);
  }

  const imageOf = (value: unknown): JsonLdImage | undefined => {
    if (typeof value === "string") return isHttpUrl(value) ? { url: value } : undefined;
    if (Array.isArray(value)) return imageOf(value[0]);
    const node = deref(value);
    if (node === undefined) return undefined;
    const image: JsonLdImage = {};
    const url = str(node.url) ?? str(node.contentUrl);
    if (url !== undefined && isHttpUrl(url)) image.url = url;
    const width = num(node.width);
    const height = num(node.height);
    if (width !== undefined) image.width = width;
    if (height !== undefined) image.height = height;
    const alt = str(node.description);
    if (alt !== undefined) image.alt = alt;
    const caption = str(node.caption);
    if (caption !== undefined) image.caption = caption;
    const credit = str(node.creditText);
    if (credit !== undefined) image.creditText = credit;
    const creators = refsTo(node.creator, AGENTS);
    if (creators.length > 0) image.creators = creators;
    const providers = refsTo(node.provider, ["Organization"]);
    if (providers.length > 0) image.providers = providers;
    const about = refsTo(node.about);
    if (about.length > 0) image.about = about;
    return image;
  };

  const article =
    [...unique].find((n) => types(n).some((t) => t.endsWith("NewsArticle"))) ??
    [...unique].find((n) => types(n).some((t) => ARTICLE_TYPES.has(t)));
  if (article === undefined) return facts;
  const set = <K extends keyof JsonLdFacts>(key: K, value: JsonLdFacts[K] | undefined) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) facts[key] = value;
  };
  set("headline", str(article.headline) ?? str(article.name));
  set("alternativeHeadline", str(article.alternativeHeadline));
  set("description", str(article.description));
  set("language", str(article.inLanguage));
  const mainEntity = deref(article.mainEntityOfPage);
  set(
    "url",
    str(article.url) ??
      (typeof article.mainEntityOfPage === "string"
        ? article.mainEntityOfPage
        : str(mainEntity?.["@id"])),
  );
  set("datePublished", str(article.datePublished));
  set("dateModified", str(article.dateModified));
  const authorRefs = refsTo(article.author, AGENTS);
  set("authors", authorRefs);
  set("byline", str(article.creditText));
  set("publisher", refTo(article.publisher, ["Organization"]));
  set("about", refsTo(article.about));
  set("section", str(article.articleSection));
  const keywords =
    typeof article.keywords === "string"
      ? article.keywords
          .split(",")
          .map((k) => cleanText(k).trim())
          .filter((k) => k !== "")
      : strs(article.keywords);
  set("keywords", keywords);
  const lead = imageOf(article.image);
  if (lead !== undefined && Array.isArray(article.image)) {
    // newsdoc lists the renditions after the image, each `isBasedOn` it.
    const first = deref(article.image[0]);
    const renditions: { url: string; width: number; height: number }[] = [];
    for (const ref of article.image.slice(1)) {
      const node = deref(ref);
      if (node === undefined || first === undefined || deref(node.isBasedOn) !== first) continue;
      const r = imageOf(node);
      if (r?.url !== undefined && r.width !== undefined && r.height !== undefined)
        renditions.push({ url: r.url, width: r.width, height: r.height });
    }
    if (renditions.length > 0) lead.renditions = renditions;
  }
  set("image", lead);
  if (facts.image === undefined) {
    // A lead image without a URL is no `image` (Google could not use it): newsdoc lists it in associatedMedia.
    const media = Array.isArray(article.associatedMedia) ? article.associatedMedia : [];
    const own = media.find((ref) => /(?:#|^_:)image$/.test(str(deref(ref)?.["@id"]) ?? ""));
    if (own !== undefined) set("image", imageOf(own));
  }
  const free = article.isAccessibleForFree;
  if (typeof free === "boolean" || free === "True" || free === "False") {
    const part = (Array.isArray(article.hasPart) ? article.hasPart : [article.hasPart])
      .map(deref)
      .find((p) => p !== undefined && str(p.cssSelector) !== undefined);
    const selector = part === undefined ? undefined : str(part.cssSelector);
    facts.access = {
      free: free === true || free === "True",
      ...(selector === undefined ? {} : { selector }),
    };
  }
  set("dateline", refTo(article.locationCreated, ["Place"]));
  const list = (value: unknown): unknown[] =>
    Array.isArray(value) ? value : value === undefined ? [] : [value];
  set(
    "corrections",
    list(article.correction).flatMap((ref) => {
      const node = deref(ref);
      const text = node === undefined ? undefined : str(node.text);
      const date = node === undefined ? undefined : str(node.datePublished);
      return text !== undefined && date !== undefined ? [{ date, text }] : [];
    }),
  );
  set(
    "translations",
    list(article.workTranslation).flatMap((ref) => {
      const node = deref(ref);
      const url = node === undefined ? undefined : str(node.url);
      const language = node === undefined ? undefined : str(node.inLanguage);
      return url !== undefined && isHttpUrl(url) && language !== undefined
        ? [{ language, url }]
        : [];
    }),
  );
  set("backstory", str(article.backstory));
  const page = [...unique].find(
    (n) => types(n).includes("WebPage") && deref(n.breadcrumb) !== undefined,
  );
  const crumbs =
    deref(page?.breadcrumb) ?? [...unique].find((n) => types(n).includes("BreadcrumbList"));
  if (crumbs !== undefined) {
    const items = list(crumbs.itemListElement)
      .map(deref)
      .filter((n): n is JsonObject => n !== undefined)
      .sort((a, b) => (num(a.position) ?? 0) - (num(b.position) ?? 0))
      .map((n) => {
        const item = n.item;
        const url =
          typeof item === "string" ? item : (str(deref(item)?.["@id"]) ?? str(deref(item)?.url));
        return { name: str(n.name) ?? str(deref(item)?.name), url };
      });
    const articleUrl = facts.url;
    // The last step is the article itself; the first, the site's home page.
    const last = items.at(-1);
    const bare = (u: string | undefined) => u?.replace(/#.*$/, "");
    if (
      last !== undefined &&
      (last.url === undefined ||
        bare(last.url) === bare(articleUrl) ||
        (last.name !== undefined && last.name === facts.headline))
    )
      items.pop();
    if (
      items.length > 0 &&
      items[0]!.url !== undefined &&
      /^https?:\/\/[^/]+\/?$/.test(items[0]!.url)
    )
      items.shift();
    const sections = items.filter(
      (i): i is { name: string; url: string } =>
        i.name !== undefined && i.url !== undefined && isHttpUrl(i.url),
    );
    set("sectionPath", sections);
  }
  const media = Array.isArray(article.associatedMedia) ? article.associatedMedia : [];
  for (const ref of media) {
    const node = deref(ref);
    const m = /(?:#|^_:)figure-(\d+)$/.exec(
      typeof node?.["@id"] === "string" ? (node["@id"] as string) : "",
    );
    const image = imageOf(ref);
    if (m && image) facts.figures.set(Number(m[1]), image);
  }
  return facts;
}
