/**
 * Thrown by a renderer when the article it was given breaks the model in a
 * way rendering cannot work around (an unknown node type, a reference to a
 * missing entity). Renderers do not validate: run `parseArticle` first on
 * data you did not build yourself, and this error will not happen.
 */
export class NewsdocRenderError extends Error {
  override name = "NewsdocRenderError";
  /** A machine-readable code: `unknown_node`, `unknown_reference`, `no_base_handler`. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
