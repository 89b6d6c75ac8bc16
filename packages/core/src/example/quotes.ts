import type { StanceKind } from "../model/claim.js";
import type { Quote } from "../model/quote.js";
import type { ExampleClaimId } from "./claims.js";
import type { ExampleEntityId } from "./entities.js";

/** A quote without its id, whose references must be entities of the example. */
interface QuoteDraft
  extends Omit<Quote, "id" | "speaker" | "via" | "audience" | "claim" | "stance"> {
  speaker: ExampleEntityId;
  via?: ExampleEntityId;
  audience?: { text: string; entity?: ExampleEntityId };
  claim?: ExampleClaimId;
  stance?: StanceKind;
}

const TROOPS = "russian-troops-in-syria" satisfies ExampleClaimId;

/*
 * Who said what, in the order the text reports it.
 *
 * - `text` is the words as printed: for `direct` and `partial` quotes the
 *   words between the quotation marks (a final full stop printed inside the
 *   marks stays, the comma that hands over to "Peskov added" goes); for
 *   `indirect` quotes the reported clause, which is what the span in the
 *   body covers.
 * - `verb` is the reporting verb as printed ("has denied", "says").
 * - `when` is the text's own phrase; no ISO date, as the text fixes none
 *   for any statement (only the photo is dated).
 * - `via` is the channel the text names; it is left out where the text
 *   does not tie the channel to that statement.
 * - `claim` + `stance` are set on exactly the quote each stance of the
 *   claim links to (see claims.ts), so the two always agree.
 * - A sentence that quotes a fragment inside reported speech is two quotes:
 *   the `indirect` clause and the `partial` fragment, side by side in the
 *   body (Muallem's "if such a need arises.", Kerry's "very shortly.").
 */
const registry = {
  // The caption: no span can carry it (spans live in the body), so it is
  // listed in CAPTION_ONLY_QUOTES and its text is the caption's words.
  "q-muallem-aid-promised": {
    speaker: "muallem",
    text: "top ally Russia had promised to send political, economic and military aid to his country",
    mode: "indirect",
    verb: "said",
    when: { text: "on Monday" },
  },

  // Paragraph 1
  "q-defence-ministry-denies": {
    speaker: "defence-ministry",
    text: "reports that it is sending troops to fight in Syria",
    mode: "indirect",
    verb: "has denied",
    via: "tass",
    claim: TROOPS,
    stance: "denies",
  },
  "q-peskov-would-consider": {
    speaker: "peskov",
    text: "Russia would consider any request from Damascus to send soldiers",
    mode: "indirect",
    verb: "announced",
    claim: TROOPS,
    stance: "neither",
  },

  // Paragraph 2
  "q-peskov-hypothetically": {
    speaker: "peskov",
    text: "Until this [happens] however it is difficult to discuss things hypothetically",
    mode: "direct",
    verb: "added",
  },

  // Paragraph 3
  "q-white-house-monitoring": {
    speaker: "white-house-spokesperson",
    text: "the U.S. was closely monitoring those reports",
    mode: "indirect",
    verb: "told",
    audience: { text: "press" },
    claim: TROOPS,
    stance: "neither",
  },

  // Paragraph 4
  "q-government-denies": {
    speaker: "russian-government",
    text: "the reports",
    mode: "indirect",
    verb: "denied",
    claim: TROOPS,
    stance: "denies",
  },
  "q-government-equipment-only": {
    speaker: "russian-government",
    text: "it is only providing support to Syria in the form of equipment",
    mode: "indirect",
    verb: "insisted",
  },
  "q-peskov-not-on-agenda": {
    speaker: "peskov",
    text: "Russian troops' involvement in the Syrian conflict had never been discussed and the issue was not on the agenda",
    mode: "indirect",
    verb: "said",
    when: { text: "in August" },
  },

  // Paragraph 5
  "q-muallem-dismisses": {
    speaker: "muallem",
    text: "accounts of Russian military intervention in Syria",
    mode: "indirect",
    verb: "dismissed",
    via: "state-television",
    when: { text: "on Thursday" },
    claim: TROOPS,
    stance: "denies",
  },
  "q-muallem-only-syrian-troops": {
    speaker: "muallem",
    text: "only Syrian troops are involved in fighting",
    mode: "indirect",
    verb: "saying",
    via: "state-television",
    when: { text: "on Thursday" },
  },
  // "Also said": the text does not say this was on state television or on
  // Thursday, so neither is recorded.
  "q-muallem-open-to-troops": {
    speaker: "muallem",
    text: "the country is open to receiving Russian troops in the future",
    mode: "indirect",
    verb: "said",
  },
  "q-muallem-if-need-arises": {
    speaker: "muallem",
    text: "if such a need arises.",
    mode: "partial",
    verb: "said",
  },

  // Paragraph 6
  "q-gazeta-russian-soldier": {
    speaker: "gazeta",
    text: "a Russian soldier based in Russia's Eastern military district",
    mode: "indirect",
    verb: "said",
    via: "gazeta-interview",
    when: { text: "on Friday" },
  },
  "q-alexey-stationed-in-syria": {
    speaker: "alexey-n",
    text: "he believes he was going to be stationed in Syria alongside other servicemen",
    mode: "indirect",
    verb: "says",
    via: "gazeta-interview",
    audience: { text: "the publication", entity: "gazeta" },
  },

  // Paragraph 7 ("According to Gazeta": the interview carries all of it)
  "q-alexey-sent-to-novorossiysk": {
    speaker: "alexey-n",
    text: "in August he and other servicemen from his district were sent to the port of Novorossiysk near Ukraine",
    mode: "indirect",
    verb: "said",
    via: "gazeta-interview",
  },
  // The sentence around it has no reporting verb; the quoted word is from
  // the soldier's account as Gazeta carries it.
  "q-alexey-warm-climate": {
    speaker: "alexey-n",
    text: "warm",
    mode: "partial",
    via: "gazeta-interview",
  },
  "q-alexey-airbase": {
    speaker: "alexey-n",
    text: "they were eventually told about the need to strengthen an unspecified airbase in Syria",
    mode: "indirect",
    verb: "said",
    via: "gazeta-interview",
  },
  "q-newsweek-cannot-verify": {
    speaker: "newsweek",
    text: "the veracity of the interviews",
    mode: "indirect",
    verb: "could not independently verify",
    claim: TROOPS,
    stance: "cannotVerify",
  },

  // Paragraph 8
  "q-eastern-military-district-denies": {
    speaker: "eastern-military-district",
    text: "Russian servicemen from the district were being prepared to be stationed in Syria",
    mode: "indirect",
    verb: "denied",
    when: { text: "Shortly after the interview was published" },
    claim: TROOPS,
    stance: "denies",
  },

  // Paragraph 9: two direct quotes, one "told Tass" for both
  "q-defence-spokesperson-astounded": {
    speaker: "defence-ministry-spokesperson",
    text: "The Eastern Military District is astounded by the attempts of correspondents of online publications to conflate the daily activities of servicemen to events in the Middle East",
    mode: "direct",
    verb: "told",
    via: "tass",
    audience: { text: "Tass", entity: "tass" },
  },
  "q-defence-spokesperson-movement": {
    speaker: "defence-ministry-spokesperson",
    text: "The movement of military units attached to the military district as part of military training are carried out in an organised manner entirely within the Eastern Military District itself.",
    mode: "direct",
    verb: "told",
    via: "tass",
    audience: { text: "Tass", entity: "tass" },
  },

  // Paragraph 10
  "q-kerry-talks": {
    speaker: "kerry",
    text: "he believed talks with Russia about Syria would take place",
    mode: "indirect",
    verb: "said",
    when: { text: "on Friday" },
  },
  "q-kerry-very-shortly": {
    speaker: "kerry",
    text: "very shortly.",
    mode: "partial",
    verb: "said",
    when: { text: "on Friday" },
  },

  // Paragraph 11
  "q-kerry-common-ground": {
    speaker: "kerry",
    text: "We're looking for ways in which to find a common ground",
    mode: "direct",
    verb: "said",
  },
} satisfies Record<string, QuoteDraft>;

/** The id of a quote of the example article. */
export type ExampleQuoteId = keyof typeof registry;

/**
 * Quotes that appear only in the photo caption. A caption is not part of
 * the body, so these have no span; their `text` is the caption's words.
 */
export const CAPTION_ONLY_QUOTES: readonly ExampleQuoteId[] = ["q-muallem-aid-promised"];

/**
 * Who said what in the example article (`article.quotes`), in the order the
 * text reports it: direct quotations, quoted fragments (`partial`) and
 * reported speech (`indirect`), each with its speaker, reporting verb and,
 * where the text gives them, channel (`via`), audience and time.
 *
 * @example
 * ```ts
 * import { quotes } from "@newsdoc/core/example";
 * quotes.filter((q) => q.mode === "direct").map((q) => q.speaker);
 * // ["peskov", "defence-ministry-spokesperson", "defence-ministry-spokesperson", "kerry"]
 * ```
 */
export const quotes: Quote[] = Object.entries(registry).map(([id, draft]) => ({ id, ...draft }));
