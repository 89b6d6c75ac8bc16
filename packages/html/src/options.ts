import {
  DEFAULT_LABELS,
  type EmbedProvider,
  type FormatDate,
  formatDateEnglish,
  type Labels,
  type LabelsOption,
  type MentionsOption,
} from "@newsdoc/core/kit";

/** An appendix `toHtml` can add after the body. */
export type AppendixKind = "quotes" | "claims";

/**
 * The reader-facing words the renderer writes itself: the kit's shared
 * {@link Labels} table, so `@newsdoc/markdown` and `@newsdoc/react` say the
 * same words for the same `labels` option.
 */
export type HtmlLabels = Labels;

/** How embeds render: see {@link HtmlOptions.embeds}. */
export interface EmbedOptions {
  /**
   * Providers whose embeds may load as an `<iframe>` (`["youtube", "datawrapper"]`).
   * Only providers whose embed is a plain page qualify (video, maps, charts;
   * social posts need the network's script and stay link cards). Default `[]`.
   */
  allow: readonly EmbedProvider[];
}

/** Options of `toHtml` and `htmlRenderer.render`. Every one is optional. */
export interface HtmlOptions {
  /**
   * Prefix of every class name the renderer writes. Must be a safe CSS
   * identifier prefix (letters, digits, `_`, `-`), or `""`. Default `"nd-"`.
   */
  classPrefix: string;
  /**
   * Mentions as links to the entity's `url` (else its first `sameAs`) when
   * it has a safe one (`"link"`), or always as plain `<span>`s (`"text"`).
   * Both carry `data-entity`. Default `"link"`.
   */
  mentions: MentionsOption;
  /** Appendices after the body: `"quotes"` (Who said what), `"claims"`, both, or none. Default `false`. */
  appendix: AppendixKind | readonly AppendixKind[] | false;
  /** Indent block elements, one per line. Default `false` (compact). */
  pretty: boolean;
  /**
   * Words the renderer writes itself ("Published", "via", "Who said what",
   * the quote-mode and stance names…), for other languages: any subset of
   * the kit's `Labels`, shared with `toMarkdown` and `<NewsArticle>`.
   * Default English (`DEFAULT_LABELS`).
   */
  labels: LabelsOption;
  /**
   * Formats a date for display inside its `<time datetime>`. Default: the
   * date part as written, in English ("11 September 2015"), independent of
   * the machine's locale and time zone.
   */
  formatDate: FormatDate;
  /**
   * Embeds render as a link card — no request to the third party, nothing
   * tracks the reader — unless their provider is in `allow`: then as an
   * `https`, `sandbox`ed, lazily loaded `<iframe>` with a title, when the
   * embed has an `embedUrl` on the provider's hosts. Default `{ allow: [] }`.
   */
  embeds: EmbedOptions;
}

/** The default of {@link HtmlOptions.embeds}: link cards only. */
export const DEFAULT_EMBED_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
  allow: Object.freeze([]) as readonly EmbedProvider[],
});

/** The defaults of {@link HtmlOptions}. */
export const DEFAULT_HTML_OPTIONS: Readonly<HtmlOptions> = Object.freeze({
  classPrefix: "nd-",
  mentions: "link",
  appendix: false,
  pretty: false,
  labels: DEFAULT_LABELS,
  formatDate: formatDateEnglish,
  embeds: DEFAULT_EMBED_OPTIONS,
});
