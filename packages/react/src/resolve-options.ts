import { checkFormatDateOption, checkMentionsOption } from "@newsdoc/core/kit";
import { type AppendixKind, DEFAULT_OPTIONS, type NewsArticleOptions } from "./options.js";

const NO_APPENDIX: readonly AppendixKind[] = Object.freeze([]);
const KINDS: readonly AppendixKind[] = ["quotes", "claims"];

/** The appendices asked for, in their fixed order, without duplicates; a `TypeError` for anything else. */
export function appendixList(value: NewsArticleOptions["appendix"]): readonly AppendixKind[] {
  if (value === false || value === undefined) return NO_APPENDIX;
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  for (const kind of list) {
    if (!KINDS.includes(kind as AppendixKind)) {
      throw new TypeError(
        `options.appendix must be "quotes", "claims", a list of them, or false; got ${JSON.stringify(kind)}.`,
      );
    }
  }
  return KINDS.filter((k) => list.includes(k));
}

/**
 * The options with the defaults applied, checked with the kit's shared
 * checks (the same errors as `@newsdoc/html`'s for the same mistakes).
 */
export function resolveOptions(
  options: Partial<NewsArticleOptions> | undefined,
): Readonly<NewsArticleOptions> {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== "object") {
    throw new TypeError("<NewsArticle options>: options must be an object.");
  }
  const resolved = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(options) as (keyof NewsArticleOptions)[]) {
    const value = options[key];
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  checkMentionsOption(resolved.mentions);
  checkFormatDateOption(resolved.formatDate);
  return resolved;
}
