import { type Article, type Correction, visitByType } from "@newsdoc/core/kit";

/**
 * Every correction the article carries: `article.corrections`, then the
 * body's correction notices in document order, each date and text once
 * (an editor may put a correction both at the top and where it applies).
 */
export function articleCorrections(article: Article): Correction[] {
  const out: Correction[] = [];
  const seen = new Set<string>();
  const add = (date: string, text: string) => {
    const key = JSON.stringify([date, text]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ date, text });
  };
  for (const c of article.corrections ?? []) add(c.date, c.text);
  visitByType(article.body, { correction: (notice) => add(notice.date, notice.text) });
  return out;
}
