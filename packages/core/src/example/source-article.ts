import { readFileSync } from "node:fs";

/** The source article's parts, as printed. */
export interface SourceArticle {
  /** Line 1. */
  headline: string;
  /** Line 3: the dek. */
  dek: string;
  /** Line 4 up to its credit: the photo caption. */
  caption: string;
  /** The end of line 4: the photo credit. */
  credit: string;
  /** The paragraphs after the caption line, in order. */
  paragraphs: string[];
  /** The whole file. */
  text: string;
}

/**
 * Reads the source article from the package's fixture
 * (`fixtures/article.txt`, a copy of the shared source) and splits it into
 * its parts. For the example's tests only: not part of the published entry.
 */
export function readSourceArticle(): SourceArticle {
  const text = readFileSync(new URL("../../fixtures/article.txt", import.meta.url), "utf8");
  const [headline, blank, dek, captionLine, ...rest] = text.split("\n");
  if (headline === undefined || blank !== "" || dek === undefined || captionLine === undefined) {
    throw new Error(
      "fixtures/article.txt must start with the headline, a blank line, the dek and the caption line.",
    );
  }
  // The credit follows the caption's last sentence: "… his country. Alexei Nikolsky/…".
  const creditAt = captionLine.lastIndexOf(". ") + 1;
  const paragraphs = rest
    .join("\n")
    .split("\n\n")
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  return {
    headline,
    dek,
    caption: captionLine.slice(0, creditAt),
    credit: captionLine.slice(creditAt + 1),
    paragraphs,
    text,
  };
}
