import { ArticleSchema } from "../schema/article.js";
import {
  ANCHOR_CHECK,
  DURATION_CHECK,
  HTTP_URL_CHECKS,
  LANGUAGE_TAG_CHECKS,
  LINK_URL_CHECKS,
  NON_BLANK_CHECK,
} from "../schema/strings.js";
import type { IssueCode } from "./issue.js";

/** What a schema or check means when it fails: newsdoc's code, and the details its message needs. */
export interface SchemaMeaning {
  code: Extract<
    IssueCode,
    | "empty_string"
    | "invalid_url"
    | "invalid_language"
    | "unsupported_version"
    | "invalid_duration"
    | "invalid_anchor"
  >;
  /** For `invalid_url`: `mailto:` links are allowed here. */
  mailto?: boolean;
}

/**
 * The one table from the schema's own checks (the objects `strings.ts`
 * builds its string schemas from) to the code a failure of each is reported
 * with. zod hands the failing check to the parse's error map as
 * `issue.inst`, so the code comes from the schema object, not from the
 * wording or the regex of the issue.
 */
const MEANINGS = new Map<object, SchemaMeaning>([
  [NON_BLANK_CHECK, { code: "empty_string" }],
  ...HTTP_URL_CHECKS.map((check): [object, SchemaMeaning] => [check, { code: "invalid_url" }]),
  ...LINK_URL_CHECKS.map((check): [object, SchemaMeaning] => [
    check,
    { code: "invalid_url", mailto: true },
  ]),
  ...LANGUAGE_TAG_CHECKS.map((check): [object, SchemaMeaning] => [
    check,
    { code: "invalid_language" },
  ]),
  [DURATION_CHECK, { code: "invalid_duration" }],
  [ANCHOR_CHECK, { code: "invalid_anchor" }],
  [ArticleSchema.shape.newsdoc, { code: "unsupported_version" }],
]);

/** The meaning of a failing schema or check, or `undefined` for zod's generic codes. */
export function schemaMeaning(inst: unknown): SchemaMeaning | undefined {
  return typeof inst === "object" && inst !== null ? MEANINGS.get(inst) : undefined;
}
