/** One documented type of the model: its own description and one per field. */
export interface TypeDoc {
  /** The interface's TSDoc summary. */
  readonly description: string;
  /** Field name → its TSDoc summary (`""` when it has none). */
  readonly fields: Readonly<Record<string, string>>;
}

/** Interface name → its documentation, for every interface the model exports. */
export type FieldDocs = Readonly<Record<string, TypeDoc>>;
