/**
 * `pnpm eval`: precision and recall of annotate on every eval article,
 * printed as a Markdown table (the package README holds its last run).
 */
import { EVAL_ARTICLES } from "./articles/index.js";
import { type ArticleScore, scoreArticle } from "./score.js";

const f = (x: number) => x.toFixed(2);

export function table(scores: readonly ArticleScore[]): string {
  const rows = [
    "| article | mentions P / R | ambiguous | quoted passages P / R | speakers (proposed) | applied at 0.8 (right / applied) | mode right | indirect spans not sought |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const s of scores) {
    rows.push(
      `| ${s.name} | ${f(s.mentions.precision)} / ${f(s.mentions.recall)} (${s.mentions.correct} of ${s.mentions.found} found, ${s.mentions.expected} expected) | ${s.ambiguous} | ${f(s.quoteSpans.precision)} / ${f(s.quoteSpans.recall)} (${s.quoteSpans.correct}/${s.quoteSpans.expected}) | ${s.speakers.correct}/${s.speakers.expected} | ${s.applied.correct}/${s.applied.applied} | ${s.modes.correct}/${s.modes.found} | ${s.indirectSpans} |`,
    );
  }
  return rows.join("\n");
}

const scores = EVAL_ARTICLES.map((item) => scoreArticle(item));
process.stdout.write(`${table(scores)}\n`);
