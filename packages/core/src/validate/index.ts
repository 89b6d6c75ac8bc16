export { ArticleValidationError, isArticleValidationError } from "./article-validation-error.js";
export type { FormatIssuesOptions } from "./format-issues.js";
export { formatIssues, formatPath } from "./format-issues.js";
export { DEFAULT_MAX_DEPTH } from "./inspect-input.js";
export type {
  IssueCode,
  IssueOf,
  IssueParams,
  IssuePath,
  LanguageProblemKind,
  TextProblemKind,
  ValidationIssue,
  ValueKind,
} from "./issue.js";
export { ISSUE_CODES } from "./issue.js";
export type { ParseArticleOptions, SafeParseArticleResult } from "./parse-article.js";
export { parseArticle, safeParseArticle } from "./parse-article.js";
export type { Reference } from "./references.js";
export { collectReferences } from "./references.js";
