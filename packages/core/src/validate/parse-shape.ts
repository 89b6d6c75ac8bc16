import { z } from "zod";
import type { Article } from "../model/article.js";
import { ArticleSchema } from "../schema/article.js";
import type { ValidationIssue } from "./issue.js";
import { mapZodIssues, meaningToken } from "./map-zod-issues.js";
import { schemaMeaning } from "./schema-codes.js";

/** The result of {@link parseShape}: the parsed article, or its shape issues as newsdoc issues. */
export type ShapeResult =
  | { success: true; data: Article; issues?: undefined }
  | { success: false; data?: undefined; issues: ValidationIssue[] };

/**
 * Checks the shape of `value` with {@link ArticleSchema} (zod) and maps any
 * failure to newsdoc issues. The one place the full validator runs the
 * schema, for articles with and without custom nodes (these are set aside
 * before). Call it only on input that passed `inspectInput`'s pre-walk: zod
 * recurses.
 */
export function parseShape(value: unknown): ShapeResult {
  // zod reports unknown keys without the keys it knows; note them, by object, for the messages.
  // A failing check named in schema-codes.ts gets its meaning as its message.
  const knownKeys = new Map<unknown, readonly string[]>();
  const parsed = ArticleSchema.safeParse(value, {
    reportInput: true,
    error: (raw) => {
      if (raw.code === "unrecognized_keys" && raw.inst instanceof z.ZodObject)
        knownKeys.set(raw.input, Object.keys(raw.inst.shape));
      const meaning = schemaMeaning(raw.inst);
      return meaning ? meaningToken(meaning) : undefined;
    },
  });
  return parsed.success
    ? { success: true, data: parsed.data as Article }
    : { success: false, issues: mapZodIssues(parsed.error.issues, value, knownKeys) };
}
