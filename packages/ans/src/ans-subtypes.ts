/* The ANS subtypes that carry newsdoc's body nodes, for the writer and the reader. */

/** The `subtype` of the `element_group` an aside becomes. */
export const ASIDE_SUBTYPE = "aside";
/** The `subtype` of the `quote` a pull quote becomes (Arc's own name for one). */
export const PULL_QUOTE_SUBTYPE = "pullquote";
/** The `subtype` of the `text` element an editor's note becomes. */
export const EDITORS_NOTE_SUBTYPE = "editors_note";
/** The `subtype` of the `custom_embed` a custom node (`defineNode`) becomes. */
export const CUSTOM_NODE_SUBTYPE = "newsdoc_custom";
