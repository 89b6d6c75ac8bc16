import type { Article, ImageRendition } from "@newsdoc/core/kit";
import { ACCESS_KINDS } from "@newsdoc/core/kit";
import fc from "fast-check";
import { validText } from "./hostile-text.js";
import { httpUrl } from "./hostile-url.js";

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const TRANSLATION_LANGUAGES = ["fr", "de", "es-419", "pt-BR", "uk", "ja"] as const;

const rendition: fc.Arbitrary<ImageRendition> = fc.record({
  url: httpUrl(),
  width: fc.integer({ min: 2, max: 8000 }),
  height: fc.integer({ min: 2, max: 8000 }),
});

/** `undefined` keys removed, so that a generated article is what a JSON file would hold. */
function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * Generated articles with the publisher's fields as well, each valid for
 * its article: access (free blocks within the body, only when
 * paywalled), a dateline among the article's places, corrections dated at
 * or after its publication, translations in other languages than its
 * own (one per language), a section path, a backstory, and renditions
 * of the lead image. Every field is sometimes absent.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(withPublisherFields(articleArbitrary()), (a) => …), fcParams());
 * ```
 */
export function withPublisherFields(articles: fc.Arbitrary<Article>): fc.Arbitrary<Article> {
  return articles.chain((article) => {
    const places = article.entities.filter((e) => e.type === "Place").map((e) => e.id);
    const published = article.datePublished ? Date.parse(article.datePublished) : undefined;
    const correctionDate =
      published === undefined
        ? fc.constant("2020-02-29T12:00:00+05:30")
        : fc
            .integer({ min: 0, max: 400 * 86_400_000 })
            .map((later) => new Date(Math.ceil((published + later) / 1000) * 1000).toISOString());
    const own = article.language.toLowerCase();
    const languages = TRANSLATION_LANGUAGES.filter((l) => l.toLowerCase() !== own);
    return fc
      .record({
        access: opt(
          fc.oneof(
            fc.constant({ kind: "free" as const }),
            fc.record(
              {
                kind: fc.constantFrom(...ACCESS_KINDS.filter((k) => k !== "free")),
                freeBlocks: fc.integer({ min: 0, max: article.body.length }),
              },
              { requiredKeys: ["kind"] },
            ),
          ),
        ),
        dateline: places.length > 0 ? opt(fc.constantFrom(...places)) : fc.constant(undefined),
        corrections: opt(
          fc.array(fc.record({ date: correctionDate, text: validText() }), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        translations: opt(
          fc
            .uniqueArray(fc.constantFrom(...languages), { minLength: 1, maxLength: 3 })
            .chain((langs) =>
              fc.tuple(...langs.map((language) => httpUrl().map((url) => ({ language, url })))),
            ),
        ),
        sectionPath: opt(
          fc.array(fc.record({ name: validText({ singleLine: true }), url: httpUrl() }), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        backstory: opt(validText()),
        renditions: opt(fc.array(rendition, { minLength: 1, maxLength: 3 })),
      })
      .map(({ renditions, ...fields }) => {
        const out: Article = { ...article, ...defined(fields) };
        if (out.image && renditions) out.image = { ...out.image, renditions };
        return out;
      });
  });
}
