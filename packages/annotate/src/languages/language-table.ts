/**
 * What `annotate` needs to know about a language to attribute quotes: its
 * reporting verbs, pronouns, the phrases that introduce a source, and the
 * abbreviations that do not end a sentence. Everything language-specific
 * lives in one of these tables; the code that reads them is shared.
 *
 * To add a language, write a table like `languages/german.ts` and pass it as
 * `options.language` (or add it to `LANGUAGE_TABLES` in a pull request).
 */
export interface LanguageTable {
  /** BCP 47 primary language subtags the table is for: `["en"]`. */
  readonly languages: readonly string[];
  /**
   * Reporting verbs in every form the text may print them (`said`, `says`,
   * `added`, `told`). Multi-word verbs are allowed (`went on`). Matched as
   * whole words, case-insensitively at a sentence start only.
   */
  readonly verbs: readonly string[];
  /**
   * Words that act as a reporting verb only right after a quote, before the
   * speaker: German `„…“, so Merkel`.
   */
  readonly verbsAfterQuoteOnly?: readonly string[];
  /** Words allowed between a speaker and the verb: `also`, `later`, `has`. */
  readonly auxiliaries: readonly string[];
  /** Word introducing a reported clause after the verb: `that`, `dass`, `att`. */
  readonly complementizers: readonly string[];
  /** Phrases naming a source before or after a quote: `according to`. */
  readonly accordingTo: readonly string[];
  /** Pronouns for one person (`he`, `she`): carry the last named person speaker. */
  readonly personPronouns: readonly string[];
  /** Pronouns for a group or organisation (`they`, `it`): carry the last organisation speaker. */
  readonly groupPronouns: readonly string[];
  /** Abbreviations ending in a full stop that do not end a sentence (`Mr.`, `Dr.`). */
  readonly abbreviations: readonly string[];
  /** Whether a paragraph starting with a dash (`– `, `— `) is a line of quoted speech (Nordic agencies). */
  readonly dashDialogue: boolean;
}
