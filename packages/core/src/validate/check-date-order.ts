import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";

/** `date_order`: `dateModified` is not before `datePublished` (compared as instants, offsets applied). */
export function checkDateOrder(article: Article): ValidationIssue[] {
  if (article.datePublished === undefined || article.dateModified === undefined) return [];
  const published = Date.parse(article.datePublished);
  const modified = Date.parse(article.dateModified);
  if (Number.isNaN(published) || Number.isNaN(modified) || modified >= published) return [];
  return [
    {
      path: ["dateModified"],
      code: "date_order",
      message: `dateModified ${quoteText(article.dateModified)} is before datePublished ${quoteText(article.datePublished)}. An article cannot be modified before it is published: correct one of the dates (mind the offsets).`,
    },
  ];
}
