/**
 * What went wrong, as data. Thrown by the kit's walks and renderers:
 *
 * - `unknown_node`: a value in the tree is not a newsdoc node (no handler, not in the node table);
 * - `invalid_node`: a node of a known type breaks the model (a heading of level 9);
 * - `unknown_reference`: an id that is not in the article's registry;
 * - `unknown_entity_type`: an entity whose `type` is not a newsdoc entity kind;
 * - `no_base_handler`: a handler called `base()` but there is nothing below it to wrap;
 * - `no_children`: a handler asked for the children of a node that has none (`ctx.flow(mention)`);
 * - `wrong_content`: children asked for as flow that are phrasing, or the other way round;
 * - `bad_handler`: a handler map with an unknown key or a value that is not a function;
 * - `missing_handler`: a renderer definition without a handler for every node type, or a
 *   custom node (`defineNode`) met by a renderer with no handler and no `fallback` for it;
 * - `bad_node_definition`: `defineNode` given a definition it cannot use (a built-in type's name,
 *   no zod schema, a type defined twice differently);
 * - `bad_output`: a handler returned a value of the wrong kind (a number where HTML was due);
 * - `too_deep`: the article nests nodes deeper than the walk can follow.
 */
export type NewsdocRenderErrorCode =
  | "unknown_node"
  | "invalid_node"
  | "unknown_reference"
  | "unknown_entity_type"
  | "no_base_handler"
  | "no_children"
  | "wrong_content"
  | "bad_handler"
  | "missing_handler"
  | "bad_node_definition"
  | "bad_output"
  | "too_deep";

/** The marker shared by every copy of the class (ESM and CJS builds). */
const MARKER = Symbol.for("newsdoc.render-error");

/**
 * Thrown by a renderer (or a kit walk) when the article it was given breaks
 * the model in a way it cannot work around, or when the kit is misused
 * from plain JavaScript. Renderers do not validate: run `parseArticle`
 * first on data you did not build yourself, and the data-shaped codes will
 * not happen. Test for it with {@link isNewsdocRenderError}, which also
 * works across the ESM and CJS builds of the package.
 *
 * @example
 * ```ts
 * try { toHtml(article); } catch (e) { if (isNewsdocRenderError(e)) console.error(e.code, e.message); }
 * ```
 */
export class NewsdocRenderError extends Error {
  override name = "NewsdocRenderError";
  /** What went wrong, one of {@link NewsdocRenderErrorCode}. */
  readonly code: NewsdocRenderErrorCode;
  constructor(code: NewsdocRenderErrorCode, message: string) {
    super(message);
    this.code = code;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /** True for a {@link NewsdocRenderError} from any copy of the package. */
  static isInstance(error: unknown): error is NewsdocRenderError {
    return isNewsdocRenderError(error);
  }
}

/**
 * True when `error` is a {@link NewsdocRenderError}, whichever build (ESM
 * or CJS) or copy of `@newsdoc/core` threw it (a `Symbol.for` marker, not
 * `instanceof`).
 *
 * @example
 * ```ts
 * if (isNewsdocRenderError(error) && error.code === "unknown_reference") …
 * ```
 */
export function isNewsdocRenderError(error: unknown): error is NewsdocRenderError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as Record<symbol, unknown>)[MARKER] === true
  );
}
