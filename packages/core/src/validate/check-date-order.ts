import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/** `date_order`: `dateModified` is not before `datePublished` (compared as instants, offsets applied). */
export function checkDateOrder(article: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const { datePublished, dateModified } = article;
  if (typeof datePublished !== "string" || typeof dateModified !== "string") return [];
  const published = Date.parse(datePublished);
  const modified = Date.parse(dateModified);
  if (Number.isNaN(published) || Number.isNaN(modified) || modified >= published) return [];
  return [
    issue(
      "date_order",
      ["dateModified"],
      `dateModified ${quoteText(dateModified)} is before datePublished ${quoteText(datePublished)}. An article cannot be modified before it is published: correct one of the dates (mind the offsets).`,
      { datePublished, dateModified },
    ),
  ];
}
