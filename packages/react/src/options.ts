import {
  DEFAULT_LABELS,
  type EmbedProvider,
  type FormatDate,
  formatDateEnglish,
  type Labels,
  type LabelsOption,
  type MentionsOption,
} from "@newsdoc/core/kit";

/** An appendix `<NewsArticle>` can add after the body. */
export type AppendixKind = "quotes" | "claims";

/**
 * The reader-facing words the component writes itself: the kit's shared
 * `Labels` table, the same keys and defaults as `@newsdoc/html` and
 * `@newsdoc/markdown`.
 */
export type NewsArticleLabels = Labels;

/**
 * Options of `<NewsArticle>`: those of `@newsdoc/html`'s `toHtml` that
 * change the markup (`pretty` has no meaning for React elements). Every
 * one is optional.
 */
export interface NewsArticleOptions {
  /**
   * Prefix of every class name (letters, digits, `_`, `-`, or `""`).
   * Default `"nd-"`.
   */
  classPrefix: string;
  /**
   * Mentions as links to the entity's `url` (else its first `sameAs`) when
   * it has a safe one (`"link"`), or always as `<span>`s (`"text"`). Both
   * carry `data-entity`. Default `"link"`.
   */
  mentions: MentionsOption;
  /** Appendices after the body: `"quotes"` (Who said what), `"claims"`, both, or none. Default `false`. */
  appendix: AppendixKind | readonly AppendixKind[] | false;
  /**
   * Words the component writes itself ("By", "Published", "via", "Who said
   * what", the quote-mode and stance names…), for other languages: any
   * subset of the kit's `Labels`, the same option as `toHtml`'s. Default
   * English (`DEFAULT_LABELS`).
   */
  labels: LabelsOption;
  /**
   * Formats a date for display inside its `<time dateTime>`. Default: the
   * date part as written, in English ("11 September 2015"), independent of
   * the machine's locale and time zone.
   */
  formatDate: FormatDate;
  /**
   * Providers whose embeds may load as a sandboxed `https` `<iframe>`
   * (`{ allow: ["youtube"] }`); every other embed is a link card that makes
   * no request to the third party. Default `{ allow: [] }`.
   */
  embeds: { readonly allow: readonly EmbedProvider[] };
}

/** The defaults of {@link NewsArticleOptions}. */
export const DEFAULT_OPTIONS: Readonly<NewsArticleOptions> = Object.freeze({
  classPrefix: "nd-",
  mentions: "link",
  appendix: false,
  labels: DEFAULT_LABELS,
  formatDate: formatDateEnglish,
  embeds: Object.freeze({ allow: Object.freeze([]) as readonly EmbedProvider[] }),
});
