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
import {
  checkCustomNodes,
  putBackCustomNodes,
  type SetAside,
  setAsideCustomNodes,
} from "./custom-nodes.js";
import { DEFAULT_MAX_DEPTH, inspectInput } from "./inspect-input.js";
import { issue, type ValidationIssue } from "./issue.js";
import { parseShape } from "./parse-shape.js";

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
  if (aside.sites.length === 0) {
    // Most documents are valid: one compiled pass answers for the pre-walk and
    // zod at once, then the meaning checks run on its output.
    const fast = fastParse(input, maxDepth);
    if (fast !== INVALID) {
      const issues = checkMeaning(fast);
      return issues.length > 0 ? failure(issues) : { success: true, data: fast as Article };
    }
  }
  return validateFully(input, aside, maxDepth);
}

/**
 * The full validator, which explains: the pre-walk, then the built-in
 * schema over the article with its custom nodes set aside (the article
 * itself when it has none), each custom node's own schema, and the meaning
 * checks over the whole (custom nodes included: their references and
 * children).
 */
function validateFully(input: unknown, aside: SetAside, maxDepth: number): SafeParseArticleResult {
  const inspection = inspectInput(input, maxDepth);
  if (inspection.fatal.length > 0) return failure([...inspection.fatal, ...inspection.text]);
  const custom = checkCustomNodes(aside.sites);
  const parsed = parseShape(aside.input);
  const issues = [...inspection.text];
  if (!parsed.success || custom.issues.length > 0) {
    // Report everything at once: the meaning checks still run over every
    // well-formed part of the input (safe to walk: the pre-walk passed).
    const shape = parsed.success ? custom.issues : [...parsed.issues, ...custom.issues];
    issues.push(...shape, ...checkMeaning(input, new ShapeProblems([...issues, ...shape])));
    return failure(issues);
  }
  putBackCustomNodes(parsed.data, aside.sites, custom.nodes);
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
