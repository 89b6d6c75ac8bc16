/**
 * The names in a byline: "By Ann Reporter and Bo Writer" → ["Ann
 * Reporter", "Bo Writer"]; "A, B and C" → three. A leading "By" and
 * trailing punctuation go; nothing else is guessed.
 */
export function splitByline(by: string): string[] {
  const text = by
    .trim()
    .replace(/^by\s+/i, "")
    .replace(/[.;:]+$/, "");
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => /\S/.test(name));
}
