import type { Article, Block, Entity, Heading, Image } from "@newsdoc/core";
import {
  DateTimeSchema,
  headingAnchors,
  isHttpUrl,
  isLanguageTag,
  NEWSDOC_VERSION,
  visitByType,
} from "@newsdoc/core";
import { parse } from "parse5";
import {
  type BodyMetadata,
  type ImportContext,
  reportAttributes,
  reportElement,
  reportText,
} from "./context.js";
import {
  attr,
  childrenOf,
  classes,
  type Element,
  findAll,
  findElement,
  hasClass,
  isElement,
  isText,
  locationOf,
  type Node,
  pathOf,
  textContent,
} from "./dom.js";
import { DROPPED, isBlockLevel } from "./elements.js";
import { figureFromElement } from "./figure.js";
import { flowBlocks } from "./flow.js";
import { guaranteeValid } from "./guarantee.js";
import { type HeadFacts, metaValue, readHead } from "./head.js";
import { HtmlImportError } from "./html-import-error.js";
import { type JsonLdFacts, readJsonLd, uniqueId } from "./json-ld.js";
import type { FromHtmlOptions } from "./options.js";
import { readBackstory, readBody, readCorrections, readLocation } from "./publishing.js";
import { RegistryBuilder } from "./registry.js";
import type { ImportReport, ImportReportItem } from "./report.js";
import { cleanText, isNonBlank, shortValue } from "./sanitize.js";

/** What {@link fromHtml} returns: a valid article, and everything it did not keep as it was. */
export interface FromHtmlResult {
  /** The article; it always passes `parseArticle`. */
  article: Article;
  /** Everything dropped, unwrapped, converted, created or repaired, in document order. */
  report: ImportReport;
}

const PREFIX = /^(?:-?[A-Za-z_][A-Za-z0-9_-]*)?$/;

function checkOptions(options: FromHtmlOptions): void {
  if (options === null || typeof options !== "object") {
    throw new HtmlImportError(
      "invalid_options",
      "fromHtml(html, options): options must be an object.",
    );
  }
  const { whitespace, classPrefix, baseUrl, registry, defaults, jsonLd } = options;
  if (
    whitespace !== undefined &&
    whitespace !== "auto" &&
    whitespace !== "collapse" &&
    whitespace !== "preserve"
  ) {
    throw new HtmlImportError(
      "invalid_options",
      `options.whitespace must be "auto", "collapse" or "preserve", got ${JSON.stringify(whitespace)}.`,
    );
  }
  if (classPrefix !== undefined && (typeof classPrefix !== "string" || !PREFIX.test(classPrefix))) {
    throw new HtmlImportError(
      "invalid_options",
      `options.classPrefix must be a CSS identifier prefix such as "nd-", got ${JSON.stringify(classPrefix)}.`,
    );
  }
  if (baseUrl !== undefined && (typeof baseUrl !== "string" || !isHttpUrl(baseUrl))) {
    throw new HtmlImportError(
      "invalid_options",
      `options.baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}.`,
    );
  }
  if (jsonLd !== undefined && typeof jsonLd !== "boolean") {
    throw new HtmlImportError("invalid_options", "options.jsonLd must be true or false.");
  }
  for (const [name, value] of [
    ["registry", registry],
    ["defaults", defaults],
  ] as const) {
    if (
      value !== undefined &&
      (value === null || typeof value !== "object" || Array.isArray(value))
    ) {
      throw new HtmlImportError("invalid_options", `options.${name} must be an object.`);
    }
  }
  for (const key of ["entities", "quotes", "claims"] as const) {
    const list = registry?.[key];
    if (list !== undefined && !Array.isArray(list)) {
      throw new HtmlImportError("invalid_options", `options.registry.${key} must be an array.`);
    }
  }
}

/** Elements that hold a block-level element somewhere inside (computed once, bottom-up, without recursion). */
function blockHolders(root: Node): WeakSet<Element> {
  const holders = new WeakSet<Element>();
  const order: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) order.push(node);
    for (const child of childrenOf(node)) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    for (const child of childrenOf(el)) {
      if (
        isElement(child) &&
        (isBlockLevel(child.tagName) || holders.has(child)) &&
        DROPPED[child.tagName] === undefined
      ) {
        holders.add(el);
        break;
      }
    }
  }
  return holders;
}

/** The part of the page that is the article: newsdoc's own `<article>`, else the `<article>` with the most text, else `<main>`, else `<body>`. */
function contentRoot(body: Element, prefix: string): Element {
  // Not one inside a <template>: its content is inert (not shown), and what lies
  // around it could not be reported as outside the article.
  const shown = (e: Element) => reachesBody(e, body);
  const own = findElement(
    body,
    (e) => e.tagName === "article" && hasClass(e, `${prefix}article`) && shown(e),
  );
  if (own !== undefined) return own;
  const articles = findAll(body, (e) => e.tagName === "article" && shown(e));
  if (articles.length > 0) {
    let best = articles[0]!;
    let length = -1;
    for (const a of articles) {
      const n = textContent(a).trim().length;
      if (n > length) {
        best = a;
        length = n;
      }
    }
    return best;
  }
  return (
    findElement(body, (e) => (e.tagName === "main" || attr(e, "role") === "main") && shown(e)) ??
    body
  );
}

/** Whether `element`'s parents lead up to `body` through elements only (not through a template's content). */
function reachesBody(element: Element, body: Element): boolean {
  let node: Element = element;
  while (node !== body) {
    const parent = node.parentNode;
    if (!parent || !isElement(parent)) return false;
    node = parent;
  }
  return true;
}

/** Reports what lies outside the content root (page furniture): one item per sibling on the way down. */
function reportOutside(root: Element, body: Element, ctx: ImportContext): void {
  let node: Element = root;
  while (node !== body && node.parentNode && isElement(node.parentNode)) {
    const parent: Element = node.parentNode;
    for (const sibling of parent.childNodes) {
      if (sibling === node) continue;
      if (isText(sibling)) {
        const text = cleanText(sibling.value)
          .replace(/[ \t\n\f\r]+/g, " ")
          .trim();
        if (text !== "") {
          ctx.report.push({
            kind: "dropped",
            reason: "outside-content",
            message: `Text outside the article (in <${parent.tagName}>) dropped.`,
            element: parent.tagName,
            path: pathOf(parent),
            text,
          });
        }
      } else if (isElement(sibling)) {
        if (isJsonLd(sibling) && ctx.readsJsonLd) continue;
        const reason =
          DROPPED[sibling.tagName] === "script" || DROPPED[sibling.tagName] === "style"
            ? DROPPED[sibling.tagName]!
            : "outside-content";
        reportElement(
          ctx,
          "dropped",
          reason,
          sibling,
          `<${sibling.tagName}> outside the article dropped (page furniture: navigation, promotions, footers).`,
          reason === "outside-content",
        );
      }
    }
    node = parent;
  }
}

/** True for a `<script type="application/ld+json">`. */
export function isJsonLd(element: Element): boolean {
  return (
    element.tagName === "script" &&
    /^\s*application\/ld\+json\s*$/i.test(attr(element, "type") ?? "")
  );
}

function rawText(element: Element, ctx: ImportContext): string | undefined {
  const raw = cleanText(textContent(element));
  const text = ctx.preserve ? raw : raw.replace(/[ \t\n\f\r]+/g, " ").trim();
  return isNonBlank(text) ? text : undefined;
}

/** The label before a byline's authors ("By ", "Par "): one word and a space. */
const BYLINE_LABEL = /^\S+ $/;
/** Before the last author: ", " or the list's conjunction (" and ", " et "). */
const LAST_SEPARATOR = /^(?:, | \S+ )$/;

/** newsdoc's own `<header>`: headline, dek, byline (authors with data-entity, or the printed text), dates. */
function readNewsdocHeader(header: Element, ctx: ImportContext, body: Block[]): void {
  const p = ctx.prefix;
  for (const child of header.childNodes) {
    if (!isElement(child)) {
      flowBlocks([child], ctx, body);
      continue;
    }
    const cls = classes(child);
    if (child.tagName === "h1" && ctx.found.headline === undefined) {
      const text = rawText(child, ctx);
      if (text !== undefined) ctx.found.headline = text;
    } else if (cls.includes(`${p}dek`)) {
      const text = rawText(child, ctx);
      if (text !== undefined) ctx.found.alternativeHeadline = text;
    } else if (cls.includes(`${p}byline`)) {
      const authors = child.childNodes.filter(isElement);
      // Exactly what newsdoc writes (the kit's bylineParts): an optional label ("By "),
      // then author, ", ", author, … " and ", author — anything else is a printed byline.
      const nodes = child.childNodes;
      const first = nodes[0];
      const start = first !== undefined && isText(first) && BYLINE_LABEL.test(first.value) ? 1 : 0;
      const rest = nodes.slice(start);
      const separatorsOnly =
        rest.length % 2 === 1 &&
        rest.every((c, i) =>
          i % 2 === 0
            ? isElement(c)
            : isText(c) &&
              (i === rest.length - 2 ? LAST_SEPARATOR.test(c.value) : c.value === ", "),
        );
      if (
        authors.length > 0 &&
        separatorsOnly &&
        authors.every((a) => {
          // newsdoc prints each author's registry name; other words are a printed byline.
          const id = attr(a, "data-entity");
          const known = id === undefined ? undefined : ctx.registry.entities.get(cleanText(id));
          return id !== undefined && (known === undefined || known.name === rawText(a, ctx));
        })
      ) {
        const ids: string[] = [];
        for (const a of authors) {
          const entity = ctx.registry.entity(
            cleanText(attr(a, "data-entity")!),
            "author",
            rawText(a, ctx),
            attr(a, "href"),
            { element: a.tagName, path: pathOf(a) },
          );
          if (entity !== undefined && !ids.includes(entity.id)) ids.push(entity.id);
        }
        ctx.found.authors = ids;
        if (start === 1 || rest.length > 3) {
          reportElement(
            ctx,
            "converted",
            "generated",
            child,
            'newsdoc\'s byline read as the article\'s authors; its label and separators ("By", "and") are not kept (the renderers\' labels write them).',
            true,
          );
        }
      } else {
        const text = rawText(child, ctx);
        if (text !== undefined) ctx.found.byline = text;
      }
    } else if (cls.includes(`${p}location`) && readLocation(child, ctx)) {
      // The dateline's place: read as the article's dateline.
    } else if (cls.includes(`${p}dateline`)) {
      reportElement(
        ctx,
        "converted",
        "date",
        child,
        "newsdoc's dateline read as the article's dates; its display text is not kept.",
        true,
      );
      for (const time of findAll(child, (e) => e.tagName === "time")) {
        const when = attr(time, "datetime");
        if (when === undefined) continue;
        if (hasClass(time, `${p}published`)) ctx.found.datePublished = cleanText(when);
        else if (hasClass(time, `${p}modified`)) ctx.found.dateModified = cleanText(when);
      }
    } else {
      flowBlocks([child], ctx, body);
    }
  }
}

function validDate(value: string | undefined): value is string {
  return value !== undefined && DateTimeSchema.safeParse(value).success;
}

/** A field's first usable value, in order of preference; invalid ones are reported. */
function pick<T>(
  ctx: ImportContext,
  field: string,
  candidates: readonly (readonly [string, T | undefined])[],
  valid: (value: T) => boolean = () => true,
): T | undefined {
  for (const [source, value] of candidates) {
    if (value === undefined) continue;
    if (valid(value)) return value;
    ctx.report.push({
      kind: "metadata",
      reason: "invalid",
      message: `${field} from ${source} is not valid for the model and was left out.`,
      value: shortValue(String(value)),
    });
  }
  return undefined;
}

function localeToTag(locale: string | undefined): string | undefined {
  return locale?.replace(/_/g, "-");
}

function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

function articleId(url: string | undefined, headline: string): string {
  if (url !== undefined) {
    try {
      const last = new URL(url).pathname
        .split("/")
        .filter((s) => s !== "")
        .pop();
      const fromUrl =
        last === undefined ? "" : slugOf(decodeURIComponent(last).replace(/\.[a-z]+$/i, ""));
      if (fromUrl !== "") return fromUrl;
    } catch {
      // fall through to the headline
    }
  }
  const fromHeadline = slugOf(headline);
  return fromHeadline === "" ? "article" : fromHeadline;
}

/** Entities for names the page gives without a registry (meta author, og:site_name). */
function namedEntity(
  ctx: ImportContext,
  name: string,
  type: "Person" | "Organization",
  source: string,
): Entity {
  for (const e of ctx.registry.entities.values()) if (e.name === name && e.type === type) return e;
  const id = uniqueId(slugOf(name) || (type === "Person" ? "author" : "publisher"), (x) =>
    ctx.registry.entities.has(x),
  );
  const entity: Entity = { type, id, name };
  ctx.registry.entities.set(id, entity);
  ctx.report.push({
    kind: "created",
    reason: "entity",
    message: `Created ${type} "${id}" named ${JSON.stringify(name)} from ${source}.`,
    value: id,
  });
  return entity;
}

function assemble(
  ctx: ImportContext,
  head: HeadFacts,
  ld: JsonLdFacts,
  options: FromHtmlOptions,
  body: Block[],
  leadImage: Image | undefined,
): Article {
  const found: BodyMetadata = ctx.found;
  const d = options.defaults ?? {};
  const text = (v: string | undefined) =>
    v !== undefined && isNonBlank(cleanText(v)) ? cleanText(v) : undefined;
  const og = (key: string) => metaValue(head, key);

  const headline =
    pick(
      ctx,
      "headline",
      [
        ["the page's <h1>", found.headline],
        ["JSON-LD", ld.headline],
        ["og:title", og("og:title")],
        ["twitter:title", og("twitter:title")],
        ["<title>", head.title],
        ["options.defaults", text(d.headline)],
      ],
      isNonBlank,
    ) ?? "Untitled";
  if (headline === "Untitled" && d.headline === undefined) {
    ctx.report.push({
      kind: "metadata",
      reason: "missing",
      message:
        'The page has no headline (no <h1>, JSON-LD, og:title or <title>): set to "Untitled". Pass options.defaults.headline.',
    });
  }
  const url = pick(
    ctx,
    "url",
    [
      ["JSON-LD", ld.url],
      ['<link rel="canonical">', head.canonical],
      ["og:url", og("og:url")],
      ["options.defaults", d.url],
    ],
    isHttpUrl,
  );
  const language =
    pick(
      ctx,
      "language",
      [
        ["<html lang>", head.language],
        ["the article's lang", ctx.found.language],
        ["JSON-LD inLanguage", ld.language],
        ["og:locale", localeToTag(og("og:locale"))],
        ["options.defaults", d.language],
      ],
      isLanguageTag,
    ) ?? "und";
  if (language === "und") {
    ctx.report.push({
      kind: "metadata",
      reason: "missing",
      message:
        'The page gives no language (<html lang>, inLanguage, og:locale): set to "und" (undetermined). Pass options.defaults.language.',
    });
  }
  const alternativeHeadline = pick(
    ctx,
    "alternativeHeadline",
    [
      ["the page's dek", found.alternativeHeadline],
      ["JSON-LD", ld.alternativeHeadline],
      ["options.defaults", text(d.alternativeHeadline)],
    ],
    isNonBlank,
  );
  // newsdoc's head uses the dek as description when there is none: that is not a description.
  const metaDescription = [head.description, og("og:description"), og("twitter:description")].find(
    (x) => x !== undefined && x !== alternativeHeadline,
  );
  const description = pick(
    ctx,
    "description",
    [
      ["JSON-LD", ld.description],
      ['<meta name="description">', metaDescription],
      ["options.defaults", text(d.description)],
    ],
    isNonBlank,
  );
  const datePublished = pick(
    ctx,
    "datePublished",
    [
      ["the page's <time>", found.datePublished],
      ["JSON-LD", ld.datePublished],
      ["article:published_time", og("article:published_time")],
      ["options.defaults", d.datePublished],
    ],
    validDate,
  );
  let dateModified = pick(
    ctx,
    "dateModified",
    [
      ["the page's <time>", found.dateModified],
      ["JSON-LD", ld.dateModified],
      ["article:modified_time", og("article:modified_time")],
      ["options.defaults", d.dateModified],
    ],
    validDate,
  );
  if (
    dateModified !== undefined &&
    datePublished !== undefined &&
    Date.parse(dateModified) < Date.parse(datePublished)
  ) {
    ctx.report.push({
      kind: "metadata",
      reason: "invalid",
      message: "dateModified is before datePublished: left out.",
      value: dateModified,
    });
    dateModified = undefined;
  }
  if (
    dateModified === undefined &&
    datePublished !== undefined &&
    found.datePublished !== undefined &&
    ld.dateModified === undefined &&
    og("article:modified_time") === undefined
  ) {
    // newsdoc's dateline leaves the modification date out when it equals publication.
  }
  const section = pick(
    ctx,
    "section",
    [
      ["JSON-LD", ld.section],
      ["article:section", og("article:section")],
      ["options.defaults", text(d.section)],
    ],
    isNonBlank,
  );
  const metaKeywords = og("keywords")
    ?.split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  const keywords = pick(
    ctx,
    "keywords",
    [
      ["JSON-LD", ld.keywords],
      ["article:tag", head.meta.get("article:tag")],
      ['<meta name="keywords">', metaKeywords],
      ["options.defaults", d.keywords],
    ],
    (k) => k.length > 0 && k.every(isNonBlank),
  );

  let authors = found.authors ?? ld.authors;
  if (authors === undefined) {
    const names = [
      ...(head.meta.get("author") ?? []),
      ...(head.meta.get("article:author") ?? []).filter((a) => !/^https?:/i.test(a)),
    ];
    if (names.length > 0)
      authors = [
        ...new Set(
          names.map((n) => namedEntity(ctx, n, "Person", "the page's author meta tag").id),
        ),
      ];
  }
  authors ??= d.authors ?? [];
  const byline = pick(
    ctx,
    "byline",
    [
      ["the page's byline", found.byline],
      ["JSON-LD creditText", ld.byline],
      ["options.defaults", text(d.byline)],
    ],
    isNonBlank,
  );
  let publisher = ld.publisher;
  if (publisher === undefined && og("og:site_name") !== undefined) {
    publisher = namedEntity(ctx, og("og:site_name")!, "Organization", "og:site_name").id;
  }
  publisher ??= d.publisher;

  let image: Image | undefined = leadImage;
  if (image !== undefined && ld.image !== undefined) image = withImageFacts(image, ld.image);
  if (image === undefined) {
    const fromLd = ld.image;
    const ogImage = og("og:image") ?? og("og:image:url") ?? og("twitter:image");
    if (fromLd?.url !== undefined) {
      image = imageFromFacts(fromLd);
    } else if (ogImage !== undefined && isHttpUrl(ogImage)) {
      image = { url: ogImage };
      const w = Number(og("og:image:width"));
      const h = Number(og("og:image:height"));
      const alt = og("og:image:alt") ?? og("twitter:image:alt");
      if (alt !== undefined) image.alt = alt;
      if (Number.isInteger(w) && w > 0) image.width = w;
      if (Number.isInteger(h) && h > 0) image.height = h;
    } else if (d.image !== undefined) image = d.image;
  }
  const about = ld.about ?? d.about;
  if (image !== undefined && image.renditions === undefined && ld.image?.renditions !== undefined) {
    image = { ...image, renditions: ld.image.renditions };
  }
  const publishing = readPublishing(ctx, head, ld, url, language, body);

  // Body figures get what the JSON-LD's figure nodes say that the markup does not (credit creators, about).
  if (ld.figures.size > 0) {
    let n = 0;
    const visit = (blocks: Block[]) => {
      blocks.forEach((b, i) => {
        if (b.type === "figure") {
          n++;
          const facts = ld.figures.get(n);
          if (facts !== undefined)
            blocks[i] = { type: "figure", image: withImageFacts(b.image, facts) };
        } else if (b.type === "blockquote") visit(b.children);
      });
    };
    visit(body);
  }

  const id = text(d.id) ?? articleId(url, headline);
  const article: Article = { newsdoc: NEWSDOC_VERSION, id } as Article;
  if (url !== undefined) article.url = url;
  article.language = language;
  article.headline = headline;
  if (alternativeHeadline !== undefined) article.alternativeHeadline = alternativeHeadline;
  if (description !== undefined) article.description = description;
  if (section !== undefined) article.section = section;
  if (keywords !== undefined) article.keywords = keywords;
  if (datePublished !== undefined) article.datePublished = datePublished;
  if (dateModified !== undefined) article.dateModified = dateModified;
  article.authors = authors;
  if (byline !== undefined) article.byline = byline;
  if (publisher !== undefined) article.publisher = publisher;
  if (image !== undefined) article.image = image;
  if (about !== undefined && about.length > 0) article.about = about;
  Object.assign(article, publishing);
  article.body = body;
  article.entities = [...ctx.registry.entities.values()];
  article.quotes = [...ctx.registry.quotes.values()];
  article.claims = [...ctx.registry.claims.values()];
  return article;
}

/** `corrections` without those the body holds as correction notices (same date and words). */
function withoutBodyNotices(
  corrections: { date: string; text: string }[] | undefined,
  body: readonly Block[],
): { date: string; text: string }[] | undefined {
  if (corrections === undefined) return undefined;
  const notices = new Set<string>();
  visitByType(body, { correction: (n) => void notices.add(`${n.date}\n${n.text}`) });
  return notices.size === 0
    ? corrections
    : corrections.filter((c) => !notices.has(`${c.date}\n${c.text}`));
}

/** The publishing fields (#19): the page's own notices first, then its JSON-LD and head. */
function readPublishing(
  ctx: ImportContext,
  head: HeadFacts,
  ld: JsonLdFacts,
  url: string | undefined,
  language: string,
  body: readonly Block[],
): Partial<Article> {
  const out: Partial<Article> = {};
  const found = ctx.found;
  if (found.access !== undefined) {
    let kind = found.access.kind;
    if (kind === undefined) {
      kind = "subscription";
      ctx.report.push({
        kind: "metadata",
        reason: "access",
        message:
          'The paywalled part does not say whether the paywall is metered or a subscription (data-access): read as "subscription".',
      });
    }
    out.access = { kind, freeBlocks: found.access.freeBlocks };
  } else if (ld.access !== undefined) {
    if (ld.access.free) out.access = { kind: "free" };
    else {
      out.access = { kind: "subscription" };
      ctx.report.push({
        kind: "metadata",
        reason: "access",
        message: `The JSON-LD says the article is not free${ld.access.selector === undefined ? "" : ` (its paywalled part: ${ld.access.selector})`}, but the body marks no paywalled part: read as a "subscription" article with no free blocks.`,
      });
    }
  }
  const dateline = found.dateline ?? ld.dateline;
  if (dateline !== undefined) out.dateline = dateline;
  // The JSON-LD lists the body's correction notices too: those stay in the body.
  const corrections = found.corrections ?? withoutBodyNotices(ld.corrections, body);
  if (corrections !== undefined && corrections.length > 0) out.corrections = corrections;
  const backstory = found.backstory ?? ld.backstory;
  if (backstory !== undefined && isNonBlank(backstory)) out.backstory = backstory;
  // hreflang alternates, without the page itself (its own language or URL) and x-default.
  const alternates = head.alternates.filter(
    (a) =>
      isHttpUrl(a.url) &&
      a.url !== url &&
      a.language.toLowerCase() !== language.toLowerCase() &&
      a.language.toLowerCase() !== "x-default" &&
      isLanguageTag(a.language),
  );
  const translations = ld.translations ?? (alternates.length > 0 ? alternates : undefined);
  if (translations !== undefined) {
    const seen = new Set<string>();
    out.translations = translations.filter((t) => {
      const key = t.language.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (ld.sectionPath !== undefined && ld.sectionPath.length > 0) out.sectionPath = ld.sectionPath;
  const robots = metaValue(head, "robots");
  if (robots !== undefined && /\b(noindex|nofollow|none|noarchive|nosnippet)\b/i.test(robots)) {
    ctx.report.push({
      kind: "metadata",
      reason: "robots",
      message: `The page's robots directives ("${robots}") are not article data: pass them to toHtmlDocument (robots option) when rendering.`,
      value: robots,
    });
  }
  return out;
}

function imageFromFacts(f: NonNullable<JsonLdFacts["image"]>): Image {
  const image: Image = {};
  if (f.url !== undefined) image.url = f.url;
  if (f.alt !== undefined) image.alt = f.alt;
  if (f.caption !== undefined) image.caption = [f.caption];
  if (f.creditText !== undefined) image.credit = { text: f.creditText };
  if (f.width !== undefined) image.width = f.width;
  if (f.height !== undefined) image.height = f.height;
  return withImageFacts(image, f);
}

/** Adds the JSON-LD's credit creators/providers and `about` to an image read from the markup. */
function withImageFacts(image: Image, f: NonNullable<JsonLdFacts["image"]>): Image {
  const out: Image = { ...image };
  if (out.credit !== undefined && (f.creators !== undefined || f.providers !== undefined)) {
    out.credit = { ...out.credit };
    if (f.creators !== undefined) out.credit.creators = f.creators;
    if (f.providers !== undefined) out.credit.providers = f.providers;
  }
  if (f.about !== undefined && out.about === undefined) out.about = f.about;
  return out;
}

/**
 * Reads an article from HTML — a fragment or a whole page — with a real
 * HTML parser (parse5). The body keeps paragraphs, headings, figures,
 * block quotations, lists, rules, emphasis, strong, links and line breaks;
 * newsdoc's own `data-entity` and `data-quote` hooks become mentions and
 * quote spans again, resolved against `options.registry`, the page's
 * JSON-LD, or created (and reported). A page's metadata comes from its
 * JSON-LD `NewsArticle`, `<title>`, meta description, canonical link, Open
 * Graph and `article:*` tags and `<html lang>`. Scripts, styles, frames,
 * forms, event handlers and unsafe URLs are dropped; every element dropped
 * or unwrapped and every attribute not kept is in the report; no visible
 * text is lost. The article always passes `parseArticle`.
 *
 * Throws {@link HtmlImportError} only for a non-string input, bad options,
 * or a registry in the options that does not validate.
 *
 * @example
 * ```ts
 * import { fromHtml } from "@newsdoc/html/import";
 * const { article, report } = fromHtml(page, { baseUrl: "https://example.com/news/" });
 * for (const item of report) console.warn(`${item.kind} ${item.path ?? ""}: ${item.message}`);
 * ```
 */
export function fromHtml(html: string, options: FromHtmlOptions = {}): FromHtmlResult {
  if (typeof html !== "string") {
    throw new HtmlImportError(
      "invalid_input",
      `fromHtml(html): html must be a string, got ${html === null ? "null" : typeof html}.`,
    );
  }
  checkOptions(options);
  const document = parse(html, { sourceCodeLocationInfo: true });
  const htmlElement = document.childNodes.find(
    (n): n is Element => isElement(n) && n.tagName === "html",
  );
  const report: ImportReportItem[] = [];
  const registry = new RegistryBuilder(options.registry, report);
  const head = readHead(document, htmlElement);
  const prefix = options.classPrefix ?? "nd-";
  const ctx: ImportContext = {
    prefix,
    preserve: false,
    baseUrl: undefined,
    report,
    registry,
    metaHeadline: undefined,
    found: {},
    blockInside: new WeakSet(),
    elementDepth: 0,
    quoteDepth: 0,
    readsJsonLd: options.jsonLd !== false,
    renditionUrls: new Set(),
  };
  ctx.baseUrl = options.baseUrl ?? baseFrom(head);
  const ld: JsonLdFacts =
    options.jsonLd === false ? { figures: new Map() } : readJsonLd(document, ctx);
  ctx.baseUrl ??= ld.url !== undefined && isHttpUrl(ld.url) ? ld.url : undefined;
  ctx.renditionUrls = new Set((ld.image?.renditions ?? []).map((r) => r.url));
  const headElement = htmlElement?.childNodes.find(
    (n): n is Element => isElement(n) && n.tagName === "head",
  );
  if (headElement !== undefined) reportHead(headElement, ctx);

  const bodyElement = htmlElement?.childNodes.find(
    (n): n is Element => isElement(n) && n.tagName === "body",
  );
  const body: Block[] = [];
  let leadImage: Image | undefined;
  if (bodyElement !== undefined) {
    ctx.blockInside = blockHolders(bodyElement);
    const root = contentRoot(bodyElement, prefix);
    const own = root.tagName === "article" && hasClass(root, `${prefix}article`);
    const mode = options.whitespace ?? "auto";
    ctx.preserve = mode === "preserve" || (mode === "auto" && own);
    reportOutside(root, bodyElement, ctx);
    const rootLang = root === bodyElement ? undefined : attr(root, "lang");
    if (rootLang !== undefined && isNonBlank(rootLang))
      ctx.found.language = cleanText(rootLang).trim();
    if (root !== bodyElement) reportAttributes(ctx, root, ["lang"]);
    if (own) {
      for (const child of root.childNodes) {
        if (!isElement(child)) {
          flowBlocks([child], ctx, body);
          continue;
        }
        if (child.tagName === "header" && hasClass(child, `${prefix}header`)) {
          readNewsdocHeader(child, ctx, body);
        } else if (
          child.tagName === "figure" &&
          hasClass(child, `${prefix}lead`) &&
          leadImage === undefined
        ) {
          const [figure, ...rest] = figureFromElement(child, ctx);
          if (figure?.type === "figure") leadImage = figure.image;
          else if (figure !== undefined) body.push(figure);
          // What else the lead figure holds (text after the image) stays in the body.
          body.push(...rest);
        } else if (child.tagName === "div" && hasClass(child, `${prefix}body`)) {
          readBody(child, ctx, body);
        } else if (
          child.tagName === "aside" &&
          ((hasClass(child, `${prefix}corrections`) && readCorrections(child, ctx)) ||
            (hasClass(child, `${prefix}backstory`) && readBackstory(child, ctx)))
        ) {
          // newsdoc's corrections or backstory notice: read as those fields.
        } else if (child.tagName === "aside" && hasClass(child, `${prefix}appendix`)) {
          reportElement(
            ctx,
            "dropped",
            "generated",
            child,
            "newsdoc's appendix is generated from the registries: not read back (pass options.registry, or read a page with its JSON-LD).",
            true,
          );
        } else {
          flowBlocks([child], ctx, body);
        }
      }
    } else {
      if (root !== bodyElement) {
        reportElement(
          ctx,
          "unwrapped",
          "wrapper",
          root,
          `<${root.tagName}> (the article's container) unwrapped; its content is the body.`,
        );
      }
      flowBlocks(root.childNodes, ctx, body);
    }
  }
  const article = assemble(ctx, head, ld, options, body, leadImage);
  settleHeadingIds(article);
  const given = {
    entities: new Set((options.registry?.entities ?? []).map((e) => e.id)),
    quotes: new Set((options.registry?.quotes ?? []).map((q) => q.id)),
    defaults:
      options.defaults?.authors !== undefined && article.authors === options.defaults.authors,
  };
  return { article: guaranteeValid(article, report, given), report };
}

function baseFrom(head: HeadFacts): string | undefined {
  const canonical =
    head.canonical !== undefined && isHttpUrl(head.canonical) ? head.canonical : undefined;
  if (head.base !== undefined) {
    try {
      const resolved = new URL(head.base, canonical).href;
      if (isHttpUrl(resolved)) return resolved;
    } catch {
      // an unusable <base href> is ignored
    }
  }
  const ogUrl = head.meta.get("og:url")?.[0];
  return canonical ?? (ogUrl !== undefined && isHttpUrl(ogUrl) ? ogUrl : undefined);
}

/** The head's scripts, styles and other non-metadata elements: dropped, and listed. */
function reportHead(head: Element, ctx: ImportContext): void {
  for (const child of head.childNodes) {
    if (!isElement(child)) continue;
    const tag = child.tagName;
    if (tag === "meta" || tag === "link" || tag === "title" || tag === "base") continue;
    if (isJsonLd(child) && ctx.readsJsonLd) continue;
    const reason = DROPPED[tag] ?? "not-kept";
    ctx.report.push({
      kind: "dropped",
      reason,
      message: `<${tag}> in the page's head dropped: an article carries no ${reason === "style" ? "styles" : "script"}.`,
      element: tag,
      path: pathOf(child),
      ...(locationOf(child) === undefined ? {} : { location: locationOf(child)! }),
      ...(reason === "not-kept" && reportText(child) !== undefined
        ? { text: reportText(child)! }
        : {}),
    });
  }
}

/**
 * Headings' `id`s, read from the page, kept only where they differ from the
 * anchor the kit would derive (`headingAnchors`): toHtml writes every
 * heading's anchor, so a derived one must not come back as an explicit id.
 * A repeated id stays on its first heading only. Last heading first, so an
 * explicit id shaped like a numbered slug (`foo-1`) is not mistaken for one.
 */
function settleHeadingIds(article: Article): void {
  const headings: Heading[] = [];
  visitByType(article, {
    heading(node) {
      headings.push(node);
    },
  });
  const seen = new Set<string>();
  for (const h of headings) {
    if (h.id === undefined) continue;
    if (seen.has(h.id)) delete h.id;
    else seen.add(h.id);
  }
  if (seen.size === 0) return;
  const want = headingAnchors(article);
  for (let i = headings.length - 1; i >= 0; i--) {
    const h = headings[i] as Heading;
    const id = h.id;
    if (id === undefined) continue;
    delete h.id;
    const now = headingAnchors(article);
    if (!headings.every((x) => now.get(x) === want.get(x))) h.id = id;
  }
}
