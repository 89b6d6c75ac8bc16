import type { PhrasingContent } from "mdast";
import { anchorIdOfTag, isAnchorClose } from "../newsdoc/plain-syntax.js";
import { DIRECTIVE } from "../newsdoc/syntax.js";
import { note, type Reader } from "./reader.js";

/** A heading's explicit id, and its content without the anchor that carried it. */
export interface HeadingAnchor {
  readonly id: string | undefined;
  readonly children: readonly PhrasingContent[];
}

/**
 * Reads the explicit id a heading starts with: `<a id="id"></a>` (the
 * anchor idiom plain viewers link to) or `:anchor[]{#id}`. Without one,
 * the heading's content as it is.
 */
export function headingAnchor(reader: Reader, children: readonly PhrasingContent[]): HeadingAnchor {
  const [first, second] = children;
  if (first?.type === "html" && second?.type === "html" && isAnchorClose(second.value)) {
    const id = anchorIdOfTag(first.value);
    if (id !== undefined) return { id, children: children.slice(2) };
  }
  if (first?.type === "textDirective" && first.name === DIRECTIVE.anchor) {
    const id = first.attributes?.id;
    const extra = Object.keys(first.attributes ?? {}).filter((key) => key !== "id");
    if (first.children.length > 0 || extra.length > 0) {
      note(
        reader,
        "anchor-content-dropped",
        ":anchor[]{#id} carries a heading's id only: its words and other attributes were dropped.",
        first,
      );
    }
    if (typeof id === "string" && id !== "") return { id, children: children.slice(1) };
  }
  return { id: undefined, children };
}
