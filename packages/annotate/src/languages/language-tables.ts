import { english } from "./english.js";
import { german } from "./german.js";
import type { LanguageTable } from "./language-table.js";
import { swedish } from "./swedish.js";

/** The built-in language tables: English (complete), German, Swedish. */
export const LANGUAGE_TABLES: readonly LanguageTable[] = [english, german, swedish];

/**
 * The table for a BCP 47 tag (`en-GB` → English), by its primary subtag;
 * `undefined` when no built-in table has it.
 *
 * @example
 * ```ts
 * languageTable("sv-SE")?.verbs.includes("säger"); // true
 * ```
 */
export function languageTable(tag: string): LanguageTable | undefined {
  const primary = tag.split("-")[0]?.toLowerCase() ?? "";
  return LANGUAGE_TABLES.find((table) => table.languages.includes(primary));
}
