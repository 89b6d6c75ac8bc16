import { z } from "zod";
import { NewsdocRenderError } from "../kit/render-error.js";
import type { Article } from "../model/article.js";
import {
  type AnyNodeDefinition,
  customNodeDefinition,
  type NodeDefinition,
} from "../model/custom-node.js";
import { ArticleSchema } from "../schema/article.js";
import { ArticleValidationError } from "./article-validation-error.js";
import { checkMeaning, ShapeProblems } from "./check-meaning.js";
import { compileFastPath, type FastCheck, INVALID } from "./compile-fast-path.js";
import { checkCustomNodes, putBackCustomNodes, setAsideCustomNodes } from "./custom-nodes.js";
import { DEFAULT_MAX_DEPTH, inspectInput } from "./inspect-input.js";
import { issue, type ValidationIssue } from "./issue.js";
import { mapZodIssues, meaningToken } from "./map-zod-issues.js";
import { schemaMeaning } from "./schema-codes.js";

/** Options for {@link parseArticle} and {@link safeParseArticle}. */
export interface ParseArticleOptions {
  /**
   * The deepest nesting of objects and arrays accepted, the document itself
   * being level 1. Deeper input is rejected with `too_deep` before anything
   * recursive touches it. Default: `64` ({@link DEFAULT_MAX_DEPTH}).
   */
  maxDepth?: number;
  /**
   * Your own block node types (made with `defineNode`) the article may
   * hold, in the body and in any block that holds blocks. Each is checked
   * with its own schema, and its references and children like a built-in
   * node's; a node of a custom type not listed here is an `unknown_type`
   * issue. Default: none.
   */
  nodes?: readonly AnyNodeDefinition[];
}

/** The definitions by type name; anything not made by `defineNode` is a `bad_node_definition` error. */
function definitionsOf(
  nodes: readonly AnyNodeDefinition[] | undefined,
): Map<string, NodeDefinition> {
  const out = new Map<string, NodeDefinition>();
  if (nodes === undefined) return out;
  const list: readonly unknown[] = Array.isArray(nodes) ? nodes : [nodes];
  for (const node of list) {
    const type = (node as { type?: unknown } | null)?.type;
    if (typeof type !== "string" || customNodeDefinition(type) !== node) {
      throw new NewsdocRenderError(
        "bad_node_definition",
        "parseArticle(): `nodes` takes the node definitions defineNode() returns (nodes: [pollNode]).",
      );
    }
    out.set(type, node as NodeDefinition);
  }
  return out;
}

/** The result of {@link safeParseArticle}. */
export type SafeParseArticleResult =
  | { success: true; data: Article; error?: undefined }
  | { success: false; data?: undefined; error: ArticleValidationError };

function failure(issues: ValidationIssue[]): SafeParseArticleResult {
  return { success: false, error: new ArticleValidationError(issues) };
}

/** The fast path of each `maxDepth` in use (nearly always just the default). */
const FAST_PATHS = new Map<number, FastCheck>();

/**
 * The article as zod would parse it, when the input is valid for the
 * pre-walk and the schema; {@link INVALID} when it may not be (then the
 * full validator runs and explains). Compiled once from {@link ArticleSchema}.
 */
export function fastParse(input: unknown, maxDepth: number = DEFAULT_MAX_DEPTH): unknown {
  let fast = FAST_PATHS.get(maxDepth);
  if (fast === undefined) {
    fast = compileFastPath(ArticleSchema, maxDepth);
    FAST_PATHS.set(maxDepth, fast);
  }
  try {
    return fast(input, 1);
  } catch {
    return INVALID; // a throwing getter or a Proxy: the full validator reports it
  }
}

function validate(
  input: unknown,
  maxDepth: number,
  definitions: ReadonlyMap<string, NodeDefinition>,
): SafeParseArticleResult {
  const aside = setAsideCustomNodes(input, definitions, maxDepth);
  if (aside.sites.length > 0) return validateWithCustom(input, aside.input, aside.sites, maxDepth);
  // Most documents are valid: one compiled pass answers for the pre-walk and
  // zod at once, then the meaning checks run on its output.
  const fast = fastParse(input, maxDepth);
  if (fast !== INVALID) {
    const issues = checkMeaning(fast);
    return issues.length > 0 ? failure(issues) : { success: true, data: fast as Article };
  }
  const inspection = inspectInput(input, maxDepth);
  if (inspection.fatal.length > 0) return failure([...inspection.fatal, ...inspection.text]);

  // zod reports unknown keys without the keys it knows; note them, by object, for the messages.
  // A failing check named in schema-codes.ts gets its meaning as its message.
  const knownKeys = new Map<unknown, readonly string[]>();
  const parsed = ArticleSchema.safeParse(input, {
    reportInput: true,
    error: (raw) => {
      if (raw.code === "unrecognized_keys" && raw.inst instanceof z.ZodObject)
        knownKeys.set(raw.input, Object.keys(raw.inst.shape));
      const meaning = schemaMeaning(raw.inst);
      return meaning ? meaningToken(meaning) : undefined;
    },
  });
  const issues = [...inspection.text];
  if (!parsed.success) {
    // Report everything at once: the meaning checks still run over every
    // well-formed part of the input (safe to walk: the pre-walk passed).
    const shape = mapZodIssues(parsed.error.issues, input, knownKeys);
    issues.push(...shape, ...checkMeaning(input, new ShapeProblems([...issues, ...shape])));
    return failure(issues);
  }
  issues.push(...checkMeaning(parsed.data));
  return issues.length > 0 ? failure(issues) : { success: true, data: parsed.data };
}

/**
 * {@link validate} for an article that holds custom nodes: the built-in
 * schema checks the article with the custom nodes set aside, each custom
 * node's own schema checks it, and the meaning checks run over the whole
 * (custom nodes included: their references and children).
 */
function validateWithCustom(
  input: unknown,
  builtIn: unknown,
  sites: Parameters<typeof checkCustomNodes>[0],
  maxDepth: number,
): SafeParseArticleResult {
  const inspection = inspectInput(input, maxDepth);
  if (inspection.fatal.length > 0) return failure([...inspection.fatal, ...inspection.text]);
  const custom = checkCustomNodes(sites);
  const knownKeys = new Map<unknown, readonly string[]>();
  const parsed = ArticleSchema.safeParse(builtIn, {
    reportInput: true,
    error: (raw) => {
      if (raw.code === "unrecognized_keys" && raw.inst instanceof z.ZodObject)
        knownKeys.set(raw.input, Object.keys(raw.inst.shape));
      const meaning = schemaMeaning(raw.inst);
      return meaning ? meaningToken(meaning) : undefined;
    },
  });
  const issues = [...inspection.text];
  if (!parsed.success || custom.issues.length > 0) {
    const shape = parsed.success ? [] : mapZodIssues(parsed.error.issues, builtIn, knownKeys);
    shape.push(...custom.issues);
    issues.push(...shape, ...checkMeaning(input, new ShapeProblems([...issues, ...shape])));
    return failure(issues);
  }
  putBackCustomNodes(parsed.data, sites, custom.nodes);
  issues.push(...checkMeaning(parsed.data));
  return issues.length > 0 ? failure(issues) : { success: true, data: parsed.data as Article };
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
  // A misused option is the caller's bug, not the input's: it throws, before anything is read.
  const definitions = definitionsOf(options.nodes);
  try {
    return validate(input, options.maxDepth ?? DEFAULT_MAX_DEPTH, definitions);
  } catch (error) {
    // Input can be a Proxy or carry throwing getters; whatever happens, the
    // caller gets an issue, never an exception.
    const reason = error instanceof Error ? error.message : String(error);
    return failure([
      issue(
        "internal_error",
        [],
        `Validation could not finish: ${reason}. If the input is plain JSON data, this is a bug in @newsdoc/core; please report it with the document.`,
        { reason },
      ),
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
