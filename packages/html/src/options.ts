import {
  type EmbedProvider,
  type FormatDate,
  formatDateEnglish,
  type MentionsOption,
} from "@newsdoc/core/kit";

/** An appendix `toHtml` can add after the body. */
export type AppendixKind = "quotes" | "claims";

/** The reader-facing words the renderer writes itself (everything else comes from the article). */
export interface HtmlLabels {
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
  /** Heading of the corrections notice, and the label of a correction notice in the body. Default `"Correction"`. */
  corrections: string;
  /** Heading of the backstory. Default `"Behind the story"`. */
  backstory: string;
  /** Summary of a video's or audio's transcript. Default `"Transcript"`. */
  transcript: string;
  /** Label of an editor's note in the body. Default `"Editor's note"`. */
  editorsNote: string;
}

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
  /** Words the renderer writes itself, for other languages. Default English. */
  labels: Partial<HtmlLabels>;
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

/** The default labels (English). */
export const DEFAULT_LABELS: Readonly<HtmlLabels> = Object.freeze({
  published: "Published",
  modified: "Updated",
  quotes: "Who said what",
  claims: "Claims",
  stance: "Stance",
  parties: "Who",
  via: "via",
  to: "to",
  corrections: "Correction",
  backstory: "Behind the story",
  transcript: "Transcript",
  editorsNote: "Editor's note",
});

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
