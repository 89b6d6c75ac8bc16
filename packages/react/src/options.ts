import {
  type EmbedProvider,
  type FormatDate,
  formatDateEnglish,
  type MentionsOption,
} from "@newsdoc/core/kit";

/** An appendix `<NewsArticle>` can add after the body. */
export type AppendixKind = "quotes" | "claims";

/**
 * The reader-facing words the component writes itself (everything else
 * comes from the article). The same keys and defaults as `@newsdoc/html`.
 */
export interface NewsArticleLabels {
  /** Before the publication date. Default `"Published"`. */
  published: string;
  /** Before the modification date. Default `"Updated"`. */
  modified: string;
  /** Heading of the quotes appendix. Default `"Who said what"`. */
  quotes: string;
  /** Heading of the claims appendix. Default `"Claims"`. */
  claims: string;
  /** Column heading for the stance in a claim table. Default `"Stance"`. */
  stance: string;
  /** Column heading for the parties in a claim table. Default `"Who"`. */
  parties: string;
  /** Before the channel of a quote ("via Tass"). Default `"via"`. */
  via: string;
  /** Before the audience of a quote ("to press"). Default `"to"`. */
  to: string;
  /** Summary of a video's or audio's transcript. Default `"Transcript"`. */
  transcript: string;
  /** Label of a correction notice in the body. Default `"Correction"`. */
  corrections: string;
  /** Label of an editor's note in the body. Default `"Editor's note"`. */
  editorsNote: string;
}

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
  /** Words the component writes itself, for other languages. Default English. */
  labels: Partial<NewsArticleLabels>;
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

/** The default labels (English), the same as `@newsdoc/html`'s. */
export const DEFAULT_LABELS: Readonly<NewsArticleLabels> = Object.freeze({
  published: "Published",
  modified: "Updated",
  quotes: "Who said what",
  claims: "Claims",
  stance: "Stance",
  parties: "Who",
  via: "via",
  to: "to",
  transcript: "Transcript",
  corrections: "Correction",
  editorsNote: "Editor's note",
});

/** The defaults of {@link NewsArticleOptions}. */
export const DEFAULT_OPTIONS: Readonly<NewsArticleOptions> = Object.freeze({
  classPrefix: "nd-",
  mentions: "link",
  appendix: false,
  labels: DEFAULT_LABELS,
  formatDate: formatDateEnglish,
  embeds: Object.freeze({ allow: Object.freeze([]) as readonly EmbedProvider[] }),
});
