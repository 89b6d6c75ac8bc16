/** How a renderer shows mentions: links to the entity's page, or plain words. */
export type MentionsOption = "link" | "text";

/**
 * Throws a `TypeError` unless `value` is a valid `mentions` option
 * (for JavaScript callers; TypeScript stops them at compile time).
 */
export function checkMentionsOption(value: unknown): asserts value is MentionsOption {
  if (value !== "link" && value !== "text") {
    throw new TypeError(`options.mentions must be "link" or "text", got ${JSON.stringify(value)}.`);
  }
}
