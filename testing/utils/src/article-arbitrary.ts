import type {
  Article,
  Audio,
  Block,
  Claim,
  Embed,
  EmbedProvider,
  Entity,
  Image,
  Inline,
  ListItem,
  Quote,
  Stance,
  Table,
  TableCell,
  TableRow,
  Video,
} from "@newsdoc/core/kit";
import {
  EMBED_PROVIDER_IDS,
  EMBED_PROVIDERS,
  plainText,
  QUOTE_MODES,
  STANCE_KINDS,
  TRACK_KINDS,
} from "@newsdoc/core/kit";
import fc from "fast-check";
import { validText } from "./hostile-text.js";
import { httpUrl, mailtoUrl } from "./hostile-url.js";

/** Options for {@link articleArbitrary}. */
export interface ArticleArbitraryOptions {
  /** Text of fields that must not be blank (names, headline, quote words…). Default `validText()`. */
  text?: fc.Arbitrary<string>;
  /** Text of inline text nodes; may be whitespace only. Default `validText({ blank: true, maxFragments: 6 })`. */
  inlineText?: fc.Arbitrary<string>;
  /** Absolute http(s) URLs. Default {@link httpUrl}. */
  url?: fc.Arbitrary<string>;
  /** Ids: `"plain"` (`person-0`, …) or `"hostile"` (a plain prefix plus hostile text, still unique). Default `"plain"`. */
  ids?: "plain" | "hostile";
  /** How deep inline marks and blockquotes nest. Default `2`. */
  maxDepth?: number;
  /** At most this many body blocks. Default `6`. */
  maxBlocks?: number;
  /** Allow links and linked mentions inside links (HTML cannot nest `<a>`). Default `false`. */
  nestedLinks?: boolean;
  /**
   * Also generate the body nodes of issue #20 this option covers: `embed`
   * (known and unknown providers, hostile titles and fallbacks), `video` and
   * `audio` (sources, tracks, transcripts), and headings with explicit `id`s
   * (hostile, unique), and `table`s (captions, header rows and columns,
   * column and row spans, hostile text in cells). Default `false`: the importers' round trips
   * (`fromHtml`, `fromMarkdown`, ninjs, ANS) do not read them back yet.
   */
  bodyNodes?: boolean;
}

// A draft is the random shape of an article with references as plain
// numbers; `build` resolves them against the registries, so every
// reference is real and every quote span's words match its quote.
type InlineDraft =
  | { t: "text"; s: string }
  | { t: "emphasis" | "strong"; children: InlineDraft[] }
  | { t: "link"; url: string; title: string | undefined; children: InlineDraft[] }
  | { t: "mention"; e: number; s: string }
  | { t: "quote"; q: number; cuts: number[]; wraps: number[]; marks: number }
  | { t: "break" };

type BlockDraft =
  | { t: "paragraph"; children: InlineDraft[] }
  | { t: "heading"; level: 2 | 3 | 4 | 5 | 6; id?: string | undefined; children: InlineDraft[] }
  | { t: "node"; node: Block }
  | { t: "figure"; image: ImageDraft }
  | { t: "blockquote"; q: number | undefined; cite: string | undefined; children: BlockDraft[] }
  | { t: "list"; ordered: boolean | undefined; start: number | undefined; items: InlineDraft[][] }
  | { t: "rule" }
  | { t: "aside"; title: InlineDraft[]; children: BlockDraft[] }
  | { t: "pullQuote"; q: number }
  | { t: "editorsNote"; children: InlineDraft[] }
  | { t: "correction"; date: string; text: string }
  | { t: "table"; caption: InlineDraft[] | undefined; layout: TableLayout; cells: CellDraft[] };

/** How a generated table is laid out; the grid is valid by construction (see `buildTable`). */
interface TableLayout {
  columns: number;
  rows: number;
  headRow: boolean;
  rowHeaders: boolean;
}

/** One cell's random choices, used in order as the grid fills. */
interface CellDraft {
  colSpan: number;
  rowSpan: number;
  header: number;
  children: InlineDraft[];
}

interface ImageDraft {
  url: string | undefined;
  alt: string | undefined;
  caption: InlineDraft[] | undefined;
  credit:
    | { text: string; creators: number[] | undefined; providers: number[] | undefined }
    | undefined;
  width: number | undefined;
  height: number | undefined;
  about: number[] | undefined;
}

interface EntityDraft {
  kind: Entity["type"];
  idText: string;
  name: string;
  alternateNames: string[] | undefined;
  description: string | undefined;
  url: string | undefined;
  sameAs: string[] | undefined;
  extra: {
    jobTitle: string | undefined;
    ref: number | undefined;
    refs: number[] | undefined;
    anonymous: boolean | undefined;
    date: string | undefined;
    publisher: number | undefined;
  };
}

interface QuoteDraft {
  idText: string;
  speaker: number;
  start: string;
  middle: string;
  end: string;
  mode: Quote["mode"];
  verb: string | undefined;
  via: number | undefined;
  audience: { text: string; entity: number | undefined } | undefined;
  when: { text: string; date: string | undefined } | undefined;
}

interface ClaimDraft {
  idText: string;
  statement: string;
  stances: { stance: Stance["stance"]; by: number; quote: number | undefined }[];
}

interface ArticleDraft {
  idText: string;
  url: string | undefined;
  language: string;
  headline: string;
  alternativeHeadline: string | undefined;
  description: string | undefined;
  section: string | undefined;
  keywords: string[] | undefined;
  dates: { published: string | undefined; modified: string | undefined };
  authors: number[];
  byline: string | undefined;
  publisher: number | undefined;
  image: ImageDraft | undefined;
  about: number[] | undefined;
  people: EntityDraft[];
  organizations: EntityDraft[];
  places: EntityDraft[];
  events: EntityDraft[];
  works: EntityDraft[];
  quotes: QuoteDraft[];
  claims: ClaimDraft[];
  body: BlockDraft[];
}

/** The same URL with an `https` scheme (an iframe's URL must be https). */
const toHttps = (u: string) => u.replace(/^http:/, "https:");

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2035, 11, 31);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** An ISO 8601 date-time with an offset, for the instant `time`, written in the zone `offsetMinutes`. */
function isoWithOffset(time: number, offsetMinutes: number, millis: boolean): string {
  const local = new Date(time + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const fraction = millis ? `.${pad(local.getUTCMilliseconds(), 3)}` : "";
  if (offsetMinutes === 0 && millis) return `${date}T${clock}${fraction}Z`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${date}T${clock}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const offsetMinutes = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);
const instant = fc.integer({ min: MIN_TIME, max: MAX_TIME });

/** ISO 8601 date-times with an offset (`Z` or `±hh:mm`), from 1990 to 2035. */
export function dateTimeWithOffset(): fc.Arbitrary<string> {
  return fc
    .tuple(instant, offsetMinutes, fc.boolean())
    .map(([time, offset, millis]) => isoWithOffset(time, offset, millis));
}

/** ISO 8601 calendar dates (`2015-06-29`) or date-times with offset. */
export function dateOrDateTime(): fc.Arbitrary<string> {
  return fc.oneof(
    instant.map((time) => new Date(time).toISOString().slice(0, 10)),
    dateTimeWithOffset(),
  );
}

const publishedAndModified = fc
  .record({
    published: opt(fc.tuple(instant, offsetMinutes, fc.boolean())),
    later: opt(
      fc.tuple(fc.integer({ min: 0, max: 400 * 86_400_000 }), offsetMinutes, fc.boolean()),
    ),
  })
  .map(({ published, later }) => {
    if (!published) return { published: undefined, modified: undefined };
    const [time, offset, millis] = published;
    // Without milliseconds the later date is rounded up, never before the first.
    const modifiedTime = later
      ? later[2]
        ? time + later[0]
        : Math.ceil((time + later[0]) / 1000) * 1000
      : 0;
    const modified = later ? isoWithOffset(modifiedTime, later[1], later[2]) : undefined;
    return { published: isoWithOffset(time, offset, millis), modified };
  });

// Characters that may start or end a quote's words: not whitespace, not a
// quotation mark, not a comma (the span rule trims and removes those).
const quoteEdge = fc.constantFrom(
  ..."AzЖ漢9<>&*_#\\`[]()!|~=.;:?-+/%@$^{}",
  "𝔘",
  "😀",
  "ש",
  "e\u0301",
);

const LANGUAGES = ["en", "en-GB", "ru", "ar", "he", "zh-Hant-TW", "sr-Latn", "de-CH-1996"] as const;
const QUOTE_VERBS = ["said", "told", "added", "denied", "wrote"] as const;

/** `T` with every key that may be `undefined` made optional instead. */
type Stripped<T> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

// Optional fields are left out, never set to undefined (JSON has no undefined).
function strip<T extends object>(value: T): Stripped<T> {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value as Stripped<T>;
}

// Objects that go into the article as generated: ordinary prototypes, so that
// `toStrictEqual` compares them with what an importer builds.
const PLAIN = { noNullPrototype: true } as const;

/**
 * Valid articles, as `parseArticle` accepts them, full of hostile text:
 * registries with every entity kind (unique ids, references between them
 * of the allowed kinds), quotes by real speakers, claims with stances
 * (each stance's quote taking that stance), and a body of paragraphs,
 * headings, figures, nested blockquotes and asides, lists, rules, pull
 * quotes, editor's notes and correction notices whose inline
 * content nests emphasis, strong, links, mentions and quote spans. A quote
 * span's words, without quotation marks, are exactly its quote's `text`.
 * Text comes from {@link validText}; URLs are absolute http(s) (links may
 * be mailto).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(articleArbitrary(), (article) => {
 *   expect(textOf(toHtml(article))).toBe(…);
 * }), fcParams());
 * ```
 */
export function articleArbitrary(options: ArticleArbitraryOptions = {}): fc.Arbitrary<Article> {
  const text = options.text ?? validText();
  const inlineText = options.inlineText ?? validText({ blank: true, maxFragments: 6 });
  const url = options.url ?? httpUrl();
  const maxDepth = options.maxDepth ?? 2;
  const maxBlocks = options.maxBlocks ?? 6;
  const hostileIds = options.ids === "hostile";
  const nestedLinks = options.nestedLinks ?? false;
  const bodyNodes = options.bodyNodes ?? false;

  const idText = hostileIds ? validText({ maxFragments: 3, long: false }) : fc.constant("");
  const linkUrl = fc.oneof({ arbitrary: url, weight: 4 }, { arbitrary: mailtoUrl(), weight: 1 });
  const refs = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });

  const inlineCache = new Map<string, fc.Arbitrary<InlineDraft[]>>();
  function inlines(depth: number, inLink: boolean): fc.Arbitrary<InlineDraft[]> {
    const key = `${depth}:${inLink}`;
    const cached = inlineCache.get(key);
    if (cached) return cached;
    const leaves: fc.WeightedArbitrary<InlineDraft>[] = [
      { arbitrary: inlineText.filter((s) => s !== "").map((s) => ({ t: "text", s })), weight: 8 },
      { arbitrary: fc.constant({ t: "break" }), weight: 1 },
      {
        arbitrary: fc
          .record({
            q: fc.nat(),
            cuts: fc.array(fc.nat(), { maxLength: 4 }),
            wraps: fc.array(fc.nat(), { maxLength: 5 }),
            marks: fc.nat(3),
          })
          .map((d) => ({ t: "quote", ...d })),
        weight: 2,
      },
    ];
    if (!inLink || nestedLinks) {
      leaves.push({
        arbitrary: fc.record({ e: fc.nat(), s: text }).map((d) => ({ t: "mention", ...d })),
        weight: 3,
      });
    }
    const all = [...leaves];
    if (depth > 0) {
      const inner = inlines(depth - 1, inLink);
      all.push(
        { arbitrary: inner.map((children) => ({ t: "emphasis", children })), weight: 2 },
        { arbitrary: inner.map((children) => ({ t: "strong", children })), weight: 2 },
      );
      if (!inLink || nestedLinks) {
        all.push({
          arbitrary: fc
            .record({ url: linkUrl, title: opt(text), children: inlines(depth - 1, true) })
            .map((d) => ({ t: "link", ...d })),
          weight: 2,
        });
      }
    }
    const arb = fc.array(fc.oneof(...all), { minLength: 1, maxLength: 5 });
    inlineCache.set(key, arb);
    return arb;
  }

  const image: fc.Arbitrary<ImageDraft> = fc.record({
    url: opt(url),
    alt: opt(text),
    caption: opt(inlines(1, false)),
    credit: opt(fc.record({ text, creators: opt(refs), providers: opt(refs) })),
    width: opt(fc.integer({ min: 1, max: 10000 })),
    height: opt(fc.integer({ min: 1, max: 10000 })),
    about: opt(refs),
  });

  // Anchors: no whitespace, otherwise anything (quotes, angle brackets, script).
  const anchorText = text
    .map((t) => t.replace(/\s+/g, "-"))
    .filter((t) => t !== "" && !/\s/.test(t));
  const providerUrl = (provider: EmbedProvider, https: boolean) =>
    fc
      .record({ sub: fc.constantFrom("", "www.", "player."), path: fc.nat() })
      .map(
        ({ sub, path }) =>
          `http${https ? "s" : ""}://${sub}${EMBED_PROVIDERS[provider].hosts[0]}/item/${path}`,
      );
  const embedNode: fc.Arbitrary<Embed> = fc
    .oneof(
      fc.record({ provider: fc.constant(undefined), url, embedUrl: opt(url.map(toHttps)) }),
      fc.constantFrom(...EMBED_PROVIDER_IDS).chain((provider) =>
        fc.record({
          provider: fc.constant(provider),
          url: fc.oneof(providerUrl(provider, true), providerUrl(provider, false)),
          embedUrl: opt(providerUrl(provider, true)),
        }),
      ),
    )
    .chain((where) =>
      fc
        .record({
          title: text,
          fallback: opt(text),
          aspectRatio: opt(
            fc.record(
              {
                width: fc.integer({ min: 1, max: 32 }),
                height: fc.integer({ min: 1, max: 32 }),
              },
              PLAIN,
            ),
          ),
        })
        .map((rest) => strip({ type: "embed" as const, ...where, ...rest }) as Embed),
    );
  const duration = fc
    .record({ h: fc.nat(3), m: fc.nat(59), s: fc.nat(59) })
    .map(({ h, m, s }) => `PT${h > 0 ? `${h}H` : ""}${m}M${s}S`);
  const track = fc.record(
    {
      url,
      kind: fc.constantFrom(...TRACK_KINDS),
      language: fc.constantFrom("en", "ru", "de", "zh-Hant"),
      label: text,
    },
    PLAIN,
  );
  const mediaNode: fc.Arbitrary<Video | Audio> = fc
    .record({
      video: fc.boolean(),
      title: text,
      description: opt(text),
      sources: fc.array(fc.record({ url, mimeType: text }, PLAIN), { minLength: 1, maxLength: 3 }),
      duration: opt(duration),
      uploadDate: opt(fc.constantFrom("2015-09-11T12:00:00+03:00", "2024-02-29T23:59:59Z")),
      tracks: opt(fc.array(track, { minLength: 1, maxLength: 3 })),
      firstDefault: fc.boolean(),
      transcript: opt(text),
      poster: opt(url),
      width: opt(fc.integer({ min: 1, max: 4000 })),
      height: opt(fc.integer({ min: 1, max: 4000 })),
    })
    .map(({ video, firstDefault, poster, width, height, tracks, ...rest }) => {
      // At most one default track (validation's rule).
      const withDefault = tracks?.map((t, i) =>
        i === 0 && firstDefault ? { ...t, default: true } : t,
      );
      return video
        ? (strip({
            type: "video" as const,
            ...rest,
            tracks: withDefault,
            poster,
            width,
            height,
          }) as Video)
        : (strip({ type: "audio" as const, ...rest, tracks: withDefault }) as Audio);
    });

  const blockCache = new Map<number, fc.Arbitrary<BlockDraft>>();
  function block(depth: number): fc.Arbitrary<BlockDraft> {
    const cached = blockCache.get(depth);
    if (cached) return cached;
    const choices: fc.WeightedArbitrary<BlockDraft>[] = [
      {
        arbitrary: inlines(maxDepth, false).map((children) => ({ t: "paragraph", children })),
        weight: 8,
      },
      {
        arbitrary: fc
          .record({
            level: fc.constantFrom<2 | 3 | 4 | 5 | 6>(2, 3, 4, 5, 6),
            children: inlines(maxDepth, false),
          })
          .map((d) => ({ t: "heading", ...d })),
        weight: 2,
      },
      { arbitrary: image.map((img) => ({ t: "figure", image: img })), weight: 1 },
      {
        arbitrary: fc
          .record({
            ordered: opt(fc.boolean()),
            start: opt(fc.integer({ min: 0, max: 999_999 })),
            items: fc.array(inlines(maxDepth - 1, false), { minLength: 1, maxLength: 4 }),
          })
          .map((d) => ({ t: "list", ...d })),
        weight: 2,
      },
      { arbitrary: fc.constant({ t: "rule" }), weight: 1 },
      { arbitrary: fc.nat().map((q) => ({ t: "pullQuote", q })), weight: 1 },
      {
        arbitrary: inlines(maxDepth, false).map((children) => ({ t: "editorsNote", children })),
        weight: 1,
      },
      {
        // The date is the article's modification or publication date when it has one (a
        // correction comes after publication), else this one.
        arbitrary: fc
          .record({ date: dateTimeWithOffset(), text })
          .map((d) => ({ t: "correction", ...d })),
        weight: 1,
      },
    ];
    if (bodyNodes) {
      choices.push(
        {
          arbitrary: fc
            .record({
              level: fc.constantFrom<2 | 3 | 4 | 5 | 6>(2, 3, 4, 5, 6),
              id: opt(anchorText),
              children: inlines(maxDepth, false),
            })
            .map((d) => ({ t: "heading", ...d })),
          weight: 1,
        },
        { arbitrary: embedNode.map((node) => ({ t: "node", node })), weight: 1 },
        { arbitrary: mediaNode.map((node) => ({ t: "node", node })), weight: 1 },
        {
          arbitrary: fc
            .record({
              caption: opt(inlines(maxDepth - 1, false)),
              layout: fc.record({
                columns: fc.integer({ min: 1, max: 4 }),
                rows: fc.integer({ min: 1, max: 4 }),
                headRow: fc.boolean(),
                rowHeaders: fc.boolean(),
              }),
              cells: fc.array(
                fc.record({
                  colSpan: fc.nat({ max: 7 }),
                  rowSpan: fc.nat({ max: 7 }),
                  header: fc.nat({ max: 5 }),
                  children: inlines(maxDepth - 1, false),
                }),
                { maxLength: 16 },
              ),
            })
            .map((d) => ({ t: "table", ...d })),
          weight: 1,
        },
      );
    }
    if (depth > 0) {
      choices.push({
        arbitrary: fc
          .record({
            title: inlines(maxDepth - 1, false),
            children: fc.array(block(depth - 1), { maxLength: 3 }),
          })
          .map((d) => ({ t: "aside", ...d })),
        weight: 1,
      });
      choices.push({
        arbitrary: fc
          .record({
            q: opt(fc.nat()),
            cite: opt(url),
            children: fc.array(block(depth - 1), { minLength: 1, maxLength: 3 }),
          })
          .map((d) => ({ t: "blockquote", ...d })),
        weight: 2,
      });
    }
    const arb = fc.oneof(...choices);
    blockCache.set(depth, arb);
    return arb;
  }

  const entity = (kind: Entity["type"]): fc.Arbitrary<EntityDraft> =>
    fc.record({
      kind: fc.constant(kind),
      idText,
      name: text,
      alternateNames: opt(fc.array(text, { minLength: 1, maxLength: 3 })),
      description: opt(text),
      url: opt(url),
      sameAs: opt(fc.array(url, { minLength: 1, maxLength: 2 })),
      extra: fc.record({
        jobTitle: opt(text),
        ref: opt(fc.nat()),
        refs: opt(refs),
        anonymous: opt(fc.boolean()),
        date: opt(dateOrDateTime()),
        publisher: opt(fc.nat()),
      }),
    });

  const quote: fc.Arbitrary<QuoteDraft> = fc.record({
    idText,
    speaker: fc.nat(),
    start: quoteEdge,
    middle: validText({ blank: true, maxFragments: 6 }),
    end: quoteEdge,
    mode: fc.constantFrom(...QUOTE_MODES),
    verb: opt(fc.oneof(fc.constantFrom(...QUOTE_VERBS), text)),
    via: opt(fc.nat()),
    audience: opt(fc.record({ text, entity: opt(fc.nat()) })),
    when: opt(fc.record({ text, date: opt(dateOrDateTime()) })),
  });

  const claim: fc.Arbitrary<ClaimDraft> = fc.record({
    idText,
    statement: text,
    stances: fc.array(
      fc.record({ stance: fc.constantFrom(...STANCE_KINDS), by: fc.nat(), quote: opt(fc.nat()) }),
      { minLength: 1, maxLength: 4 },
    ),
  });

  const draft: fc.Arbitrary<ArticleDraft> = fc.record({
    idText: hostileIds ? text : fc.constant(""),
    url: opt(url),
    language: fc.constantFrom(...LANGUAGES),
    headline: text,
    alternativeHeadline: opt(text),
    description: opt(text),
    section: opt(text),
    keywords: opt(fc.array(text, { minLength: 1, maxLength: 4 })),
    dates: publishedAndModified,
    authors: fc.array(fc.nat(), { maxLength: 3 }),
    byline: opt(text),
    publisher: opt(fc.nat()),
    image: opt(image),
    about: opt(refs),
    people: fc.array(entity("Person"), { minLength: 1, maxLength: 4 }),
    organizations: fc.array(entity("Organization"), { minLength: 1, maxLength: 3 }),
    places: fc.array(entity("Place"), { maxLength: 3 }),
    events: fc.array(entity("Event"), { maxLength: 2 }),
    works: fc.array(entity("CreativeWork"), { maxLength: 2 }),
    quotes: fc.array(quote, { maxLength: 4 }),
    claims: fc.array(claim, { maxLength: 2 }),
    body: fc.array(block(maxDepth), { minLength: 1, maxLength: maxBlocks }),
  });

  return draft.map((d) => build(d, nestedLinks));
}

const KIND_PREFIX: Record<Entity["type"], string> = {
  Person: "person",
  Organization: "org",
  Place: "place",
  Event: "event",
  CreativeWork: "work",
};

function pick<T>(list: readonly T[], n: number | undefined): T | undefined {
  if (n === undefined || list.length === 0) return undefined;
  return list[n % list.length];
}

function pickMany<T>(list: readonly T[], ns: number[] | undefined): T[] | undefined {
  if (ns === undefined || list.length === 0) return undefined;
  return [...new Set(ns.map((n) => list[n % list.length]!))];
}

const MARKS: readonly (readonly [string, string])[] = [
  ["", ""],
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
];

// `kind-3:hostile` — the colon after the number keeps ids unique whatever follows.
const suffix = (idText: string) => (idText === "" ? "" : `:${idText}`);

function build(d: ArticleDraft, nestedLinks: boolean): Article {
  const ids = (drafts: EntityDraft[]) =>
    drafts.map((e, i) => `${KIND_PREFIX[e.kind]}-${i}${suffix(e.idText)}`);
  const personIds = ids(d.people);
  const orgIds = ids(d.organizations);
  const placeIds = ids(d.places);
  const eventIds = ids(d.events);
  const workIds = ids(d.works);
  const agents = [...personIds, ...orgIds];
  // An article's author must be named (validation's `anonymous_author`); anonymous people still speak.
  const namedAgents = [
    ...personIds.filter((_, i) => d.people[i]!.extra.anonymous !== true),
    ...orgIds,
  ];
  const allIds = [...personIds, ...orgIds, ...placeIds, ...eventIds, ...workIds];
  const channels = [...orgIds, ...workIds];

  const entities: Entity[] = [];
  const base = (e: EntityDraft, id: string) =>
    strip({
      id,
      name: e.name,
      alternateNames: e.alternateNames,
      description: e.description,
      url: e.url,
      sameAs: e.sameAs,
    });
  d.people.forEach((e, i) => {
    entities.push(
      strip({
        type: "Person" as const,
        ...base(e, personIds[i]!),
        jobTitle: e.extra.jobTitle,
        affiliation: pick(orgIds, e.extra.ref),
        anonymous: e.extra.anonymous,
      }),
    );
  });
  d.organizations.forEach((e, i) => {
    // Only an earlier organisation can be the parent, so there is never a cycle.
    entities.push(
      strip({
        type: "Organization" as const,
        ...base(e, orgIds[i]!),
        parentOrganization: pick(orgIds.slice(0, i), e.extra.ref),
      }),
    );
  });
  d.places.forEach((e, i) => {
    entities.push(
      strip({
        type: "Place" as const,
        ...base(e, placeIds[i]!),
        containedInPlace: pick(placeIds.slice(0, i), e.extra.ref),
      }),
    );
  });
  d.events.forEach((e, i) => {
    entities.push(
      strip({
        type: "Event" as const,
        ...base(e, eventIds[i]!),
        startDate: e.extra.date,
        location: pick(placeIds, e.extra.ref),
        attendees: pickMany(agents, e.extra.refs),
      }),
    );
  });
  d.works.forEach((e, i) => {
    entities.push(
      strip({
        type: "CreativeWork" as const,
        ...base(e, workIds[i]!),
        authors: pickMany(agents, e.extra.refs),
        publisher: pick(orgIds, e.extra.publisher),
        datePublished: e.extra.date,
      }),
    );
  });

  const quotes: Quote[] = d.quotes.map((q, i) =>
    strip({
      id: `quote-${i}${suffix(q.idText)}`,
      speaker: pick(agents, q.speaker)!,
      text: `${q.start}${q.middle}${q.end}`,
      mode: q.mode,
      verb: q.verb,
      via: pick(channels, q.via),
      audience: q.audience
        ? strip({ text: q.audience.text, entity: pick(agents, q.audience.entity) })
        : undefined,
      when: q.when ? strip({ text: q.when.text, date: q.when.date }) : undefined,
    }),
  );

  // A stance that cites a quote is taken by that quote's speaker, and the
  // quote records the same claim and stance; a quote takes one side only.
  const claims: Claim[] = d.claims.map((c, i) => {
    const id = `claim-${i}${suffix(c.idText)}`;
    const stances = c.stances.map((s): Stance => {
      const q = pick(quotes, s.quote);
      if (q && q.claim === undefined) {
        q.claim = id;
        q.stance = s.stance;
        return { stance: s.stance, by: q.speaker, quote: q.id };
      }
      return { stance: s.stance, by: pick(agents, s.by)! };
    });
    return { id, statement: c.statement, stances };
  });

  const inline = (draft: InlineDraft, inLink: boolean): Inline[] => {
    switch (draft.t) {
      case "text":
        return [draft.s];
      case "break":
        return [{ type: "break" }];
      case "emphasis":
      case "strong":
        return [{ type: draft.t, children: inlineList(draft.children, inLink) }];
      case "link":
        return [
          strip({
            type: "link" as const,
            url: draft.url,
            title: draft.title,
            children: inlineList(draft.children, true),
          }),
        ];
      case "mention":
        return [{ type: "mention", entity: pick(allIds, draft.e)!, text: draft.s }];
      case "quote": {
        const q = pick(quotes, draft.q);
        if (!q) return [];
        const [open, close] = MARKS[draft.marks % MARKS.length]!;
        const children = splitWords(
          q.text,
          draft.cuts,
          draft.wraps,
          allIds,
          inLink && !nestedLinks,
        );
        if (open) children.unshift(open);
        if (close) children.push(close);
        return [{ type: "quote", quote: q.id, children }];
      }
    }
  };
  const inlineList = (drafts: InlineDraft[], inLink: boolean): Inline[] => {
    const out = drafts.flatMap((x) => inline(x, inLink));
    return out.length > 0 ? out : ["x"];
  };
  const buildImage = (img: ImageDraft): Image =>
    strip({
      url: img.url,
      alt: img.alt,
      caption: img.caption ? inlineList(img.caption, false) : undefined,
      credit: img.credit
        ? strip({
            text: img.credit.text,
            creators: pickMany(agents, img.credit.creators),
            providers: pickMany(orgIds, img.credit.providers),
          })
        : undefined,
      width: img.width,
      height: img.height,
      about: pickMany(allIds, img.about),
    });
  let anchors = 0;
  const buildBlock = (b: BlockDraft): Block => {
    switch (b.t) {
      case "paragraph":
        return { type: "paragraph", children: inlineList(b.children, false) };
      case "heading":
        return strip({
          type: "heading" as const,
          level: b.level,
          // Explicit anchors are unique: numbered as they are built.
          id: b.id === undefined ? undefined : `${b.id}-${anchors++}`,
          children: inlineList(b.children, false),
        });
      case "node":
        return b.node;
      case "figure":
        return { type: "figure", image: buildImage(b.image) };
      case "blockquote":
        return strip({
          type: "blockquote" as const,
          quote: pick(quotes, b.q)?.id,
          cite: b.cite,
          children: b.children.map(buildBlock),
        });
      case "list":
        return strip({
          type: "list" as const,
          ordered: b.ordered,
          start: b.ordered ? b.start : undefined,
          children: b.items.map(
            (item): ListItem => ({ type: "listItem", children: inlineList(item, false) }),
          ),
        });
      case "rule":
        return { type: "rule" };
      case "aside": {
        const title = inlineList(b.title, false);
        // A title must have words: the box's name (validation rejects a blank one).
        if (plainText(title).trim() === "") title.push("Box");
        return { type: "aside", title, children: b.children.map(buildBlock) };
      }
      case "pullQuote": {
        const q = pick(quotes, b.q);
        return q ? { type: "pullQuote", quote: q.id } : { type: "rule" };
      }
      case "editorsNote":
        return { type: "editorsNote", children: inlineList(b.children, false) };
      case "correction":
        return {
          type: "correction",
          date: d.dates.modified ?? d.dates.published ?? b.date,
          text: b.text,
        };
      case "table":
        return buildTable(b);
    }
  };

  // Fills the grid left to right, top to bottom, taking the drafts' choices
  // in order: a cell spans the free columns it may, and only a cell in the
  // first column spans rows (never the whole row), so every row keeps cells
  // of its own and no span overlaps or runs past the last row.
  const buildTable = (b: Extract<BlockDraft, { t: "table" }>): Table => {
    const { columns, rows, headRow, rowHeaders } = b.layout;
    const busy: number[] = new Array(columns).fill(0);
    let next = 0;
    const children: TableRow[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: TableCell[] = [];
      let col = 0;
      while (col < columns) {
        if (busy[col]! > r) {
          col++;
          continue;
        }
        const draft = b.cells[next++];
        let free = 0;
        while (col + free < columns && busy[col + free]! <= r) free++;
        let colSpan = draft === undefined || draft.colSpan < 5 ? 1 : 1 + (draft.colSpan % free);
        let rowSpan = 1;
        if (draft !== undefined && draft.rowSpan >= 5 && col === 0 && columns > 1 && rows - r > 1) {
          rowSpan = 2 + (draft.rowSpan % (rows - r - 1));
          colSpan = Math.min(colSpan, columns - 1);
        }
        const header: TableCell["header"] =
          r === 0 && headRow
            ? "column"
            : col === 0 && rowHeaders
              ? "row"
              : draft?.header === 0
                ? "column"
                : draft?.header === 1
                  ? "row"
                  : undefined;
        cells.push(
          strip({
            type: "tableCell" as const,
            header,
            colSpan: colSpan > 1 ? colSpan : undefined,
            rowSpan: rowSpan > 1 ? rowSpan : undefined,
            children: draft === undefined ? [] : draft.children.flatMap((x) => inline(x, false)),
          }),
        );
        for (let k = col; k < col + colSpan; k++) busy[k] = r + rowSpan;
        col += colSpan;
      }
      children.push({ type: "tableRow", children: cells });
    }
    const caption = b.caption === undefined ? undefined : inlineList(b.caption, false);
    return strip({ type: "table" as const, caption, children });
  };

  const article: Article = strip({
    newsdoc: 1 as const,
    id: `article-${d.idText}`,
    url: d.url,
    language: d.language,
    headline: d.headline,
    alternativeHeadline: d.alternativeHeadline,
    description: d.description,
    section: d.section,
    keywords: d.keywords,
    datePublished: d.dates.published,
    dateModified: d.dates.modified,
    authors: pickMany(namedAgents, d.authors) ?? [],
    byline: d.byline,
    publisher: pick(orgIds, d.publisher),
    image: d.image ? buildImage(d.image) : undefined,
    about: pickMany(allIds, d.about),
    body: d.body.map(buildBlock),
    entities,
    quotes,
    claims,
  });
  return article;
}

/**
 * The words of a quote as inline nodes: cut at `cuts`, each piece plain
 * text or wrapped (emphasis, strong, a link, a mention) by `wraps`, so the
 * pieces' plain text is exactly `words`.
 */
function splitWords(
  words: string,
  cuts: number[],
  wraps: number[],
  entityIds: string[],
  noLinks: boolean,
): Inline[] {
  const codePoints = [...words];
  const points = [...new Set(cuts.map((c) => c % (codePoints.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const at of [...points, codePoints.length]) {
    if (at > from) pieces.push(codePoints.slice(from, at).join(""));
    from = Math.max(from, at);
  }
  return pieces.map((piece, i): Inline => {
    const wrap = (wraps[i] ?? 0) % 5;
    if (wrap === 1) return { type: "emphasis", children: [piece] };
    if (wrap === 2) return { type: "strong", children: [piece] };
    if (wrap === 3 && !noLinks) {
      return { type: "link", url: "https://example.com/q?a=1&b='2'", children: [piece] };
    }
    if (wrap === 4 && !noLinks && piece.trim() !== "" && entityIds.length > 0) {
      return { type: "mention", entity: entityIds[i % entityIds.length]!, text: piece };
    }
    return piece;
  });
}
