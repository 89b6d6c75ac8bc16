import { plainText } from "../kit/plain-text.js";
import type { Article } from "../model/article.js";
import { visitByType } from "../model/visit.js";
import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/**
 * The meaning of the body's notices and boxes: a correction notice is not
 * dated before `datePublished` (`date_order`, like an article-level
 * correction), and an aside's title has words (`empty_string`: the title
 * labels the box for assistive technology).
 */
export function checkBodyNotices(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const published =
    article.datePublished === undefined ? Number.NaN : Date.parse(article.datePublished);
  visitByType(article.body, {
    correction(node, at) {
      const date = Date.parse(node.date);
      if (Number.isNaN(published) || Number.isNaN(date) || date >= published) return;
      issues.push(
        issue(
          "date_order",
          ["body", ...at.path(), "date"],
          `This correction notice is dated ${quoteText(node.date)}, before datePublished ${quoteText(article.datePublished!)}: an article is corrected after it is published. Correct one of the dates (mind the offsets).`,
          { datePublished: article.datePublished!, dateModified: node.date },
        ),
      );
    },
    aside(node, at) {
      const title = plainText(node.title);
      if (title.trim() !== "") return;
      issues.push(
        issue(
          "empty_string",
          ["body", ...at.path(), "title"],
          'This aside\'s title has no words: it names the box (and labels it for screen readers). Give it a title such as "What we know".',
          { value: title },
        ),
      );
    },
  });
  return issues;
}
