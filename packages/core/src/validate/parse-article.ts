import { z } from "zod";
import type { Article } from "../model/article.js";
import { ArticleSchema } from "../schema/article.js";
import { ArticleValidationError } from "./article-validation-error.js";
import { checkMeaning } from "./check-meaning.js";
import { DEFAULT_MAX_DEPTH, inspectInput } from "./inspect-input.js";
import type { ValidationIssue } from "./issue.js";
import { mapZodIssues } from "./map-zod-issues.js";

/** Options for {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseArticleOptions {
  /**
   * The deepest nesting of objects and arrays accepted, the document itself
   * being level 1. Deeper input is rejected with `too_deep` before anything
   * recursive touches it. Default: `64` ({@link DEFAULT_MAX_DEPTH}).
   */
  maxDepth?: number;
}

/** The result of {@link safeParseArticle}. */
export type SafeParseArticleResult =
  | { success: true; data: Article; error?: undefined }
  | { success: false; data?: undefined; error: ArticleValidationError };

function failure(issues: ValidationIssue[]): SafeParseArticleResult {
  return { success: false, error: new ArticleValidationError(issues) };
}

function validate(input: unknown, maxDepth: number): SafeParseArticleResult {
  const inspection = inspectInput(input, maxDepth);
  if (inspection.fatal.length > 0) return failure([...inspection.fatal, ...inspection.text]);

  // zod reports unknown keys without the keys it knows; note them, by object, for the messages.
  const knownKeys = new Map<unknown, readonly string[]>();
  const parsed = ArticleSchema.safeParse(input, {
    reportInput: true,
    error: (issue) => {
      if (issue.code === "unrecognized_keys" && issue.inst instanceof z.ZodObject)
        knownKeys.set(issue.input, Object.keys(issue.inst.shape));
      return undefined;
    },
  });
  const issues = [...inspection.text];
  if (!parsed.success) {
    issues.push(...mapZodIssues(parsed.error.issues, input, knownKeys));
    return failure(issues);
  }
  issues.push(...checkMeaning(parsed.data));
  return issues.length > 0 ? failure(issues) : { success: true, data: parsed.data };
}

/**
 * Validates anything (parsed JSON, YAML, an object built in code) as a
 * newsdoc article, shape and meaning, without throwing. On success `data` is
 * a new, typed article (registries filled with `[]` where absent); the input
 * is never modified.
 *
 * @example
 * ```ts
 * const result = safeParseArticle(JSON.parse(text));
 * if (result.success) render(result.data);
 * else console.error(formatIssues(result.error.issues));
 * ```
 */
export function safeParseArticle(
  input: unknown,
  options: ParseArticleOptions = {},
): SafeParseArticleResult {
  try {
    return validate(input, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  } catch (error) {
    // Input can be a Proxy or carry throwing getters; whatever happens, the
    // caller gets an issue, never an exception.
    const reason = error instanceof Error ? error.message : String(error);
    return failure([
      {
        path: [],
        code: "internal_error",
        message: `Validation could not finish: ${reason}. If the input is plain JSON data, this is a bug in @newsdoc/core; please report it with the document.`,
      },
    ]);
  }
}

/**
 * Validates anything as a newsdoc article and returns it typed, or throws an
 * {@link ArticleValidationError} listing every issue. Never throws anything
 * else, whatever the input.
 *
 * @example
 * ```ts
 * import { parseArticle } from "@newsdoc/core";
 *
 * const article = parseArticle(JSON.parse(await readFile("article.json", "utf8")));
 * ```
 */
export function parseArticle(input: unknown, options: ParseArticleOptions = {}): Article {
  const result = safeParseArticle(input, options);
  if (result.success) return result.data;
  throw result.error;
}
