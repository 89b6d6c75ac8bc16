import type { Article, Correction } from "@newsdoc/core/kit";

/**
 * Every correction the article carries: `article.corrections`, then the
 * body's correction notices (`notices`, in document order: the body walk
 * of `bodyFacts` collects them), each date and text once (an editor may
 * put a correction both at the top and where it applies).
 */
export function articleCorrections(article: Article, notices: readonly Correction[]): Correction[] {
  const out: Correction[] = [];
  const seen = new Set<string>();
  const add = (date: string, text: string) => {
    const key = JSON.stringify([date, text]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ date, text });
  };
  for (const c of article.corrections ?? []) add(c.date, c.text);
  for (const notice of notices) add(notice.date, notice.text);
  return out;
}
