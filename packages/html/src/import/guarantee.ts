import type { Article, Inline, ValidationIssue } from "@newsdoc/core";
import { formatPath, plainText, safeParseArticle } from "@newsdoc/core";
import { HtmlImportError } from "./html-import-error.js";
import type { ImportReportItem } from "./report.js";

const INLINE_TYPES = new Set(["emphasis", "strong", "link", "mention", "quote"]);
const REQUIRED = new Set([
  "newsdoc",
  "id",
  "language",
  "headline",
  "authors",
  "body",
  "entities",
  "quotes",
  "claims",
]);

type Container = Record<string | number, unknown>;

/**
 * Repairs what validation found at one path: an inline element on the path
 * is replaced by its words; otherwise the optional field is removed (or the
 * block, when the block itself is wrong). `false` when the path is in the
 * registries or a required field: not something the HTML caused.
 */
function repair(article: Article, issue: ValidationIssue, given: GivenRegistry): boolean {
  const path = issue.path;
  if (path.length === 0) return false;
  const top = path[0];
  // A reference list read from the page (authors, about, keywords): the item goes.
  if ((top === "authors" || top === "about" || top === "keywords") && typeof path[1] === "number") {
    const list = article[top];
    if (!Array.isArray(list) || list[path[1]] === undefined) return false;
    if (top === "authors" && given.defaults) return false;
    list.splice(path[1], 1);
    if (list.length === 0 && top !== "authors") delete article[top];
    return true;
  }
  // An entity or quote the page described (JSON-LD) or the import created: its bad field goes, or the record.
  if ((top === "entities" || top === "quotes") && typeof path[1] === "number") {
    const list = article[top] as unknown as Container[];
    const record = list[path[1]];
    if (record === undefined || given[top].has(record["id"] as string)) return false;
    const field = path[2];
    if (
      typeof field === "string" &&
      field !== "id" &&
      field !== "type" &&
      field !== "name" &&
      field !== "speaker" &&
      field !== "text" &&
      field !== "mode"
    ) {
      delete record[field];
    } else list.splice(path[1], 1);
    return true;
  }
  if (top !== "body" && top !== "image") {
    if (path.length === 1 && typeof top === "string" && !REQUIRED.has(top)) {
      delete (article as unknown as Container)[top];
      return true;
    }
    return false;
  }
  // Walk down, remembering the deepest inline element and the deepest block.
  let node: unknown = article;
  let inline: { parent: unknown[]; index: number } | undefined;
  let block: { parent: unknown[]; index: number } | undefined;
  let owner: Container | undefined;
  let key: string | number | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (node === null || typeof node !== "object") break;
    const parent = node as Container;
    const next = parent[step];
    if (Array.isArray(parent) && typeof step === "number" && next && typeof next === "object") {
      const type = (next as { type?: unknown }).type;
      if (typeof type === "string" && INLINE_TYPES.has(type)) inline = { parent, index: step };
      else if (top === "body" && path[i - 1] !== "children" && path[i - 1] === "body")
        block = { parent, index: step };
      else if (typeof type === "string" && !INLINE_TYPES.has(type) && type !== "break")
        block = { parent, index: step };
    }
    owner = parent;
    key = step;
    node = next;
  }
  if (inline !== undefined) {
    const element = inline.parent[inline.index] as Inline & { children?: Inline[] };
    const words: Inline[] =
      element !== null &&
      typeof element === "object" &&
      "children" in element &&
      Array.isArray(element.children)
        ? element.children
        : [plainText(element as Inline)];
    inline.parent.splice(inline.index, 1, ...words);
    return true;
  }
  if (
    owner !== undefined &&
    key !== undefined &&
    !Array.isArray(owner) &&
    typeof key === "string" &&
    key !== "type" &&
    key !== "children" &&
    // A required field that is missing: deleting it again repairs nothing; the block goes.
    owner[key] !== undefined
  ) {
    delete owner[key];
    return true;
  }
  if (block !== undefined) {
    block.parent.splice(block.index, 1);
    return true;
  }
  return false;
}

/**
 * The article, validated by `safeParseArticle`. What fails because of the
 * HTML is repaired (words kept, the markup or field dropped) and reported;
 * a failure in the registry the caller passed is an `HtmlImportError`.
 */
/** The ids the caller's options gave: problems there are the caller's to fix, not the import's. */
export interface GivenRegistry {
  entities: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
  defaults: boolean;
}

export function guaranteeValid(
  article: Article,
  report: ImportReportItem[],
  given: GivenRegistry,
): Article {
  for (let round = 0; round < 8; round++) {
    const result = safeParseArticle(article);
    if (result.success) return result.data;
    const unrepaired: ValidationIssue[] = [];
    // Repair from the end of the document so earlier paths stay valid.
    const issues = [...result.error.issues].reverse();
    for (const issue of issues) {
      if (repair(article, issue, given)) {
        report.push({
          kind: "repaired",
          reason: "validation",
          message: `${formatPath(issue.path)}: ${issue.message} Repaired by keeping the words and dropping the markup or value.`,
        });
      } else unrepaired.push(issue);
    }
    if (unrepaired.length > 0) {
      throw new HtmlImportError(
        "invalid_registry",
        `The article built from the HTML does not validate, and the problem is not in the HTML: ${unrepaired.length === 1 ? "1 issue" : `${unrepaired.length} issues`} in the registry or defaults passed in the options (first: ${formatPath(unrepaired[0]!.path)}: ${unrepaired[0]!.message})`,
        unrepaired.map((i) => `${formatPath(i.path)}: ${i.message}`),
      );
    }
  }
  throw new HtmlImportError(
    "invalid_registry",
    "The article built from the HTML could not be repaired into a valid one.",
  );
}
