import type { Node as MdastNode } from "mdast";
import type { ImportNote, MarkdownImportIssue } from "./report.js";

/** A 1-based line and column. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** What a quote span's directive says about its quote, and where it is. */
export interface SpanQuote {
  readonly id: string;
  readonly words: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly at: Point | undefined;
}

/** The state of one `fromMarkdown` call. */
export interface Reader {
  readonly source: string;
  readonly notes: ImportNote[];
  readonly issues: MarkdownImportIssue[];
  /** Positions by article path (`JSON.stringify(path)`), for validation issues. */
  readonly positions: Map<string, Point>;
  /** Quote spans in document order. */
  readonly spans: SpanQuote[];
  /** Resolves `:mention[words]` without an id. */
  entityByWords(words: string): string | undefined | null;
  /** Link reference definitions, by normalised label. */
  readonly definitions: Map<string, { url: string; title: string | undefined; used: boolean }>;
}

/** The start of an mdast node, if it has a position. */
export function pointOf(node: MdastNode | undefined): Point | undefined {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

/** Records a note for the report. */
export function note(reader: Reader, code: string, message: string, node?: MdastNode): void {
  const at = pointOf(node);
  reader.notes.push(at ? { code, message, ...at } : { code, message });
}

/** Records an error: the source gives no article. */
export function fail(reader: Reader, code: string, message: string, node?: MdastNode): void {
  const at = pointOf(node);
  reader.issues.push(at ? { code, message, ...at } : { code, message });
}

/** Remembers where the node at `path` was written. */
export function place(reader: Reader, path: readonly (string | number)[], node: MdastNode): void {
  const at = pointOf(node);
  if (at) reader.positions.set(JSON.stringify(path), at);
}

/** The source text of an mdast node. */
export function sourceOf(reader: Reader, node: MdastNode): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? "" : reader.source.slice(start, end);
}
