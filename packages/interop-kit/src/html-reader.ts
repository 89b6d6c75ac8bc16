import type { Block, Inline } from "@newsdoc/core";

/** Reads HTML from an imported item (a ninjs body, an ANS text element) into newsdoc nodes, reporting what it could not keep. */
export interface HtmlReader {
  /** An HTML body as blocks. */
  blocks(html: string, path: string): Block[];
  /** A caption or description as inline nodes. */
  inline(html: string, path: string): Inline[];
}
