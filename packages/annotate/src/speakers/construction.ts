/**
 * How a speaker was found, from the most to the least certain. The review
 * table and `report.quotes[].speaker.construction` name these.
 *
 * - `quote-speaker-verb`: `"…," Peskov added.`
 * - `quote-verb-speaker`: `"…," said John Kerry.` / `– …, säger Jonas Svensson.` / `„…“, so Merkel.`
 * - `quote-apposition-verb`: `"…," Peskov, the Kremlin spokesperson, said.`
 * - `speaker-verb-colon`: `Kerry said: "…"`
 * - `speaker-verb-quote`: `Muallem also said that … "if such a need arises."`
 * - `speaker-apposition-verb-quote`: `the prime minister, Zapatero, has stated that "…"`
 * - `according-to`: `according to Gazeta, "…"`
 * - `pronoun`: `"…," he said.` — the last named speaker, when no other person (or organisation) came between
 * - `continues-previous-quote`: a quote standing alone right after an attributed one
 * - `next-sentence-subject`: `"…" Kerry said on Friday that …` in the next sentence
 * - `previous-sentence-speaker`: the previous sentence names a speaker with a reporting verb
 * - `last-speaker`: only the last named speaker of the paragraph; a guess to review
 */
export type Construction =
  | "quote-speaker-verb"
  | "quote-verb-speaker"
  | "quote-apposition-verb"
  | "speaker-verb-colon"
  | "speaker-verb-quote"
  | "speaker-apposition-verb-quote"
  | "according-to"
  | "pronoun"
  | "continues-previous-quote"
  | "next-sentence-subject"
  | "previous-sentence-speaker"
  | "last-speaker";

/** The confidence each construction gives a speaker it resolves to a registry entity. */
export const CONSTRUCTION_CONFIDENCE: Readonly<Record<Construction, number>> = {
  "quote-speaker-verb": 0.95,
  "quote-verb-speaker": 0.95,
  "quote-apposition-verb": 0.9,
  "speaker-verb-colon": 0.9,
  "speaker-verb-quote": 0.8,
  "speaker-apposition-verb-quote": 0.75,
  "according-to": 0.85,
  pronoun: 0.75,
  "continues-previous-quote": 0.8,
  "next-sentence-subject": 0.7,
  "previous-sentence-speaker": 0.6,
  "last-speaker": 0.4,
};
