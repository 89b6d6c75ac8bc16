import {
  type AnyNodeDefinition,
  type Article,
  type Entity,
  formatPath,
  safeParseArticle,
} from "@newsdoc/core";
import type { Root } from "mdast";
import { MENTION_LABEL } from "../newsdoc/plain-syntax.js";
import { entityRefs, idOf, parseRegistry, type ReadRegistry } from "./entity-registry.js";
import { lineColumnAt, parseYaml } from "./front-matter-data.js";
import { parseTree } from "./parse-tree.js";
import { claimStances, quotesFromSpans } from "./quotes-from-spans.js";
import { type BodyParts, readBlocks } from "./read-blocks.js";
import type { Point, Reader } from "./reader.js";
import { type ImportNote, MarkdownImportError, type MarkdownImportIssue } from "./report.js";

/** Options of {@link fromMarkdown}. */
export interface FromMarkdownOptions {
  /**
   * A shared entity registry (the CLI's `--entities registry.yaml`): the
   * entities the article refers to, and those they refer to, are taken
   * from it, after the front matter's own. Default: none.
   */
  entities?: readonly Entity[];
  /**
   * Reads a registry file named in the front matter (`entities:
   * ./people.yaml`, or a list item that is a path). Without it, a front
   * matter that names a file is an error. Default: none.
   */
  readRegistry?: ReadRegistry;
  /** The article `id` when the front matter gives none (the CLI passes the file's base name). Default: a slug of the headline. */
  id?: string;
  /** The `language` when the front matter gives none. Default `"und"` (undetermined), with a note. */
  language?: string;
  /**
   * Your custom node types (`defineNode`) the article may hold, as
   * `toNewsdocMarkdown` writes them (a `newsdoc:<type>` fenced block of
   * JSON); each is validated with its schema. Default: none (such a block
   * is then an `unknown_type` error).
   */
  nodes?: readonly AnyNodeDefinition[];
}

/** What {@link fromMarkdown} returns: the validated article and what could not be kept as written. */
export interface MarkdownImportResult {
  /** The article; it passed `parseArticle`. */
  readonly article: Article;
  /** Everything the reader changed or dropped, with where (empty for newsdoc Markdown that `toNewsdocMarkdown` wrote). */
  readonly report: readonly ImportNote[];
}

function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return s === "" ? "article" : s;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function collectIds(value: unknown, out: Set<string>, key?: string): void {
  // Every string under a key that references entities, anywhere in the draft.
  const REF_KEYS = new Set([
    "authors",
    "publisher",
    "about",
    "entity",
    "speaker",
    "via",
    "by",
    "creators",
    "providers",
  ]);
  if (typeof value === "string") {
    if (key !== undefined && REF_KEYS.has(key)) out.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectIds(item, out, key);
    return;
  }
  if (isRecord(value))
    for (const [k, v] of Object.entries(value))
      collectIds(v, out, k === "audience" ? undefined : k);
}

/**
 * Reads newsdoc Markdown — or any CommonMark — into a validated article.
 *
 * - YAML front matter holds the metadata and the registries (`entities`,
 *   `quotes`, `claims`), with the article's own keys; `entities` may name
 *   registry files (`entities: ./people.yaml`).
 * - The first `# ` heading is the headline (unless the front matter has
 *   one); `:::figure{.lead}` is the lead image.
 * - `:mention[words]{#entity}` is a mention (the id may be left out when
 *   the words are an entity's name or alternate name); `:quote[words]{#id
 *   speaker=… mode=…}` is a quote span, whose quote takes its `text` from
 *   the words unless given, and its fields from the attributes or from the
 *   front matter by id.
 * - Plain CommonMark reads too: headings, paragraphs, emphasis, strong,
 *   links, images (a paragraph of its own: a figure), block quotes, lists,
 *   rules, hard breaks. Whatever the model cannot hold (HTML, code,
 *   tables, nested lists, relative links) is listed in `report`, its words
 *   kept.
 *
 * What `toNewsdocMarkdown` writes reads back deep-equal to the article
 * it was written from, with an empty report.
 *
 * @throws {MarkdownImportError} when the source does not make a valid
 *   article; `issues` has every problem with its line and column.
 *
 * @example
 * ```ts
 * import { fromMarkdown } from "@newsdoc/markdown/import";
 * const { article, report } = fromMarkdown("# Hello\n\nIt :mention[works]{#it}.", {
 *   entities: [{ type: "Organization", id: "it", name: "It" }],
 * });
 * ```
 */
export function fromMarkdown(
  source: string,
  options: FromMarkdownOptions = {},
): MarkdownImportResult {
  if (typeof source !== "string") {
    throw new MarkdownImportError([
      {
        code: "not-text",
        message: `fromMarkdown takes the Markdown as a string, got ${source === null ? "null" : typeof source}.`,
      },
    ]);
  }
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const issues: MarkdownImportIssue[] = [];
  const notes: ImportNote[] = [];
  const positions = new Map<string, Point>();
  let tree: Root;
  try {
    tree = parseTree(text);
  } catch (cause) {
    throw new MarkdownImportError([
      {
        code: "markdown-syntax",
        message: `The Markdown could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
      },
    ]);
  }

  // Front matter.
  let front: Record<string, unknown> = {};
  const first = tree.children[0];
  if (first?.type === "yaml") {
    const start = first.position?.start.offset ?? 0;
    const base = text.indexOf("\n", start) + 1;
    const parsed = parseYaml(first.value, text, base);
    if (!parsed.ok) throw new MarkdownImportError([parsed.issue]);
    const data = parsed.yaml.data;
    if (data !== null && data !== undefined && !isRecord(data)) {
      throw new MarkdownImportError([
        {
          code: "invalid-front-matter",
          message: "The front matter must be a YAML mapping (key: value lines).",
          ...lineColumnAt(text, base),
        },
      ]);
    }
    front = (data as Record<string, unknown> | null) ?? {};
    for (const [key, offset] of parsed.yaml.offsets) positions.set(key, lineColumnAt(text, offset));
  }
  for (const key of ["body", "type"]) {
    if (key in front) {
      issues.push({
        code: "unknown_key",
        message:
          key === "body"
            ? "The body is the Markdown below the front matter, not a front-matter key."
            : `"${key}" is not an article field.`,
        ...(positions.get(JSON.stringify([key])) ?? {}),
      });
    }
  }

  // Entities: the front matter's own, then registry files, then the option's registry.
  const own: unknown[] = [];
  const pool: unknown[] = [];
  const frontEntities = front.entities;
  const entries =
    frontEntities === undefined
      ? []
      : Array.isArray(frontEntities)
        ? frontEntities
        : [frontEntities];
  entries.forEach((entry, i) => {
    if (typeof entry !== "string") {
      own.push(entry);
      return;
    }
    const at = positions.get(
      JSON.stringify(Array.isArray(frontEntities) ? ["entities", i] : ["entities"]),
    );
    if (!options.readRegistry) {
      issues.push({
        code: "registry-unavailable",
        message: `The front matter names the registry "${entry}", but nothing can read files here: pass readRegistry (the newsdoc CLI does), or list the entities in the front matter.`,
        ...(at ?? {}),
      });
      return;
    }
    let content: string;
    try {
      content = options.readRegistry(entry);
    } catch (cause) {
      issues.push({
        code: "registry-unreadable",
        message: `The registry "${entry}" cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`,
        ...(at ?? {}),
      });
      return;
    }
    const registry = parseRegistry(content, entry);
    if (!registry.ok) issues.push(registry.issue);
    else pool.push(...registry.entities);
  });
  pool.push(...(options.entities ?? []));

  const known = [...own, ...pool];
  const reader: Reader = {
    source: text,
    notes,
    issues,
    positions,
    spans: [],
    definitions: new Map(),
    entityByWords(words) {
      let found: string | undefined;
      const seen = new Set<string>();
      for (const entity of known) {
        const id = idOf(entity);
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        const e = entity as { name?: unknown; alternateNames?: unknown };
        const names = [e.name, ...(Array.isArray(e.alternateNames) ? e.alternateNames : [])];
        if (names.includes(words)) {
          if (found !== undefined) return null;
          found = id;
        }
      }
      return found;
    },
  };

  // Link reference definitions, for [text][ref] and ![alt][ref].
  const visitDefinitions = (nodes: readonly { type: string; children?: unknown }[]) => {
    for (const node of nodes) {
      if (node.type === "definition") {
        const d = node as unknown as { identifier: string; url: string; title?: string | null };
        const key = d.identifier.toLowerCase();
        if (!reader.definitions.has(key))
          reader.definitions.set(key, { url: d.url, title: d.title ?? undefined, used: false });
      } else if (Array.isArray(node.children))
        visitDefinitions(node.children as { type: string }[]);
    }
  };
  visitDefinitions(tree.children);

  const parts: BodyParts = {
    headline: undefined,
    hasHeadline: typeof front.headline === "string",
    image: undefined,
  };
  const body = readBlocks(reader, tree.children, ["body"], parts);
  for (const [label, definition] of reader.definitions) {
    // Mention labels (`[@id]: …`) carry no link: unused, they lose nothing.
    if (!definition.used && !label.startsWith(MENTION_LABEL))
      notes.push({
        code: "unused-definition",
        message: `The link definition [${label}] is used by no link: dropped.`,
      });
  }

  const headline = typeof front.headline === "string" ? front.headline : parts.headline;
  if (headline === undefined && front.headline === undefined) {
    issues.push({
      code: "no-headline",
      message:
        "The article has no headline: start it with a `# Headline` line, or give `headline:` in the front matter.",
      line: 1,
      column: 1,
    });
  }
  const quotes = quotesFromSpans(
    reader,
    Array.isArray(front.quotes) ? front.quotes : front.quotes === undefined ? [] : [front.quotes],
  );
  const claims = claimStances(
    Array.isArray(front.claims) ? front.claims : front.claims === undefined ? [] : [front.claims],
    quotes,
  );

  const { entities: _e, quotes: _q, claims: _c, ...metadata } = front;
  const draft: Record<string, unknown> = {
    newsdoc: 1,
    ...metadata,
    headline,
    authors: front.authors ?? [],
    body,
    quotes,
    claims,
  };
  if (front.id === undefined) {
    draft.id = options.id ?? slug(typeof headline === "string" ? headline : "article");
    if (options.id === undefined)
      notes.push({
        code: "id-generated",
        message: `The front matter has no id: the article was given "${draft.id as string}".`,
      });
  }
  if (front.language === undefined) {
    draft.language = options.language ?? "und";
    if (options.language === undefined)
      notes.push({
        code: "language-missing",
        message:
          'The front matter has no language: it was set to "und" (undetermined). Add `language: en` (or the article\'s BCP 47 tag).',
      });
  }
  if (parts.image !== undefined) {
    if (front.image !== undefined)
      issues.push({
        code: "two-lead-images",
        message:
          "The lead image is given twice: in the front matter's image and as a :::figure{.lead}. Keep one.",
        ...(positions.get('["image"]') ?? {}),
      });
    draft.image = parts.image;
  }

  // Registry entities: those the article refers to, and theirs in turn, in registry order.
  const entities: unknown[] = [...own];
  const taken = new Set(own.map(idOf).filter((id): id is string => id !== undefined));
  const wanted = new Set<string>();
  collectIds({ ...draft, entities: own }, wanted);
  for (const entity of own) for (const id of entityRefs(entity)) wanted.add(id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entity of pool) {
      const id = idOf(entity);
      if (id === undefined || taken.has(id) || !wanted.has(id)) continue;
      taken.add(id);
      entities.push(entity);
      for (const ref of entityRefs(entity)) wanted.add(ref);
      grew = true;
    }
  }
  // Keep registry order: re-sort the registry part by its place in the pool.
  const registryPart = entities.slice(own.length).sort((a, b) => pool.indexOf(a) - pool.indexOf(b));
  draft.entities = [...own, ...registryPart];

  if (issues.length > 0) throw new MarkdownImportError(issues);
  const result = safeParseArticle(draft, options.nodes ? { nodes: options.nodes } : {});
  if (!result.success) {
    throw new MarkdownImportError(
      result.error.issues.map((issue): MarkdownImportIssue => {
        const at = locate(positions, issue.path);
        return {
          code: issue.code,
          message: `${formatPath(issue.path)}: ${issue.message}`,
          path: issue.path,
          ...(at ?? {}),
        };
      }),
    );
  }
  return { article: result.data, report: notes };
}

function locate(
  positions: ReadonlyMap<string, Point>,
  path: readonly (string | number)[],
): Point | undefined {
  for (let n = path.length; n > 0; n--) {
    const at = positions.get(JSON.stringify(path.slice(0, n)));
    if (at) return at;
  }
  return undefined;
}
