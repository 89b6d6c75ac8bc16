/**
 * The fenced code blocks of one `## ` section of a README, in order, for
 * tests that hold a README's examples to what the code produces.
 *
 * @example
 * ```ts
 * const [yaml] = readmeBlocks(readme, "For publishers", "yaml");
 * ```
 */
export function readmeBlocks(readme: string, section: string, lang: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  if (start === -1) throw new Error(`the README has no "## ${section}" section`);
  const end = readme.indexOf("\n## ", start + 1);
  const text = readme.slice(start, end === -1 ? undefined : end);
  const fence = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``, "g");
  return [...text.matchAll(fence)].map((m) => m[1]!);
}
