import type { Inline } from "@newsdoc/core/kit";
import { plainText, quoteSpanWords } from "@newsdoc/core/kit";
import type { LinkReference, PhrasingContent } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { isSpanClose, isSpanOpen, MENTION_LABEL, quoteIdOfTag } from "../newsdoc/plain-syntax.js";
import { BOUNDARY, CLOSE_CLASS, DIRECTIVE, OPEN_CLASS } from "../newsdoc/syntax.js";
import { closest } from "./attribute-values.js";
import { fail, note, place, type Reader, sourceOf } from "./reader.js";

type Path = readonly (string | number)[];

// Marks where two inline nodes were kept apart by a BOUNDARY comment.
const SPLIT = Symbol("split");
type Part = Inline | typeof SPLIT;

/** Attributes a `:quote` directive may carry (besides `id`). */
export const QUOTE_ATTRIBUTES = [
  "speaker",
  "mode",
  "verb",
  "via",
  "audience",
  "audience-entity",
  "when",
  "when-date",
  "claim",
  "stance",
  "text",
] as const;

const TEXT_DIRECTIVES = Object.values(DIRECTIVE);

function isLinkUrl(url: string): boolean {
  if (url.startsWith("mailto:")) return url.length > 7 && !/\s/.test(url);
  if (!/^https?:\/\/[^\s/?#@]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.username === "" && parsed.password === "";
  } catch {
    return false;
  }
}

function attrs(node: TextDirective): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** The words of a label that must be plain text (a mention, a credit), with a note when marks were dropped. */
export function labelText(
  reader: Reader,
  children: readonly PhrasingContent[],
  path: Path,
  what: string,
  node: TextDirective | { position?: TextDirective["position"] },
): string {
  const inline = readInline(reader, children, path);
  if (inline.some((child) => typeof child !== "string")) {
    note(
      reader,
      "markup-in-plain-text",
      `The ${what} holds only words: its marks, links and directives were dropped, their words kept.`,
      node as TextDirective,
    );
  }
  return plainText(inline);
}

function directive(reader: Reader, node: TextDirective, path: Path): Part[] {
  const a = attrs(node);
  switch (node.name) {
    case DIRECTIVE.mention: {
      for (const key of Object.keys(a)) {
        if (key === "id" || key === "text") continue;
        fail(
          reader,
          "unknown-attribute",
          `:mention has no attribute "${key}": it takes {#entity-id} (and text= for words too long for [ ]).`,
          node,
        );
      }
      const text =
        node.children.length === 0 && a.text !== undefined
          ? a.text
          : labelText(reader, node.children, [...path, "text"], "mention", node);
      const entity = a.id ?? findEntity(reader, text, node);
      return entity === undefined ? [text] : [{ type: "mention", entity, text }];
    }
    case DIRECTIVE.quote: {
      const children = readInline(reader, node.children, [...path, "children"]);
      let id = a.id;
      if (id === undefined) {
        id = `quote-${reader.spans.length + 1}`;
        note(
          reader,
          "quote-id-generated",
          `A quote span has no {#id}: it was given "${id}".`,
          node,
        );
      }
      for (const key of Object.keys(a)) {
        if (key === "id" || (QUOTE_ATTRIBUTES as readonly string[]).includes(key)) continue;
        const guess = closest(key, QUOTE_ATTRIBUTES);
        fail(
          reader,
          "unknown-attribute",
          `:quote has no attribute "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}. It takes ${QUOTE_ATTRIBUTES.join(", ")}.`,
          node,
        );
      }
      const start = node.position?.start;
      reader.spans.push({
        id,
        words: quoteSpanWords(plainText(children)),
        attributes: a,
        at: start ? { line: start.line, column: start.column } : undefined,
      });
      return [{ type: "quote", quote: id, children }];
    }
    case DIRECTIVE.link: {
      const children = readInline(reader, node.children, [...path, "children"]);
      if (a.url === undefined) {
        fail(
          reader,
          "link-without-url",
          ":link needs a url attribute: :link[words]{url=https://…}.",
          node,
        );
        return children;
      }
      return [
        a.title === undefined
          ? { type: "link", url: a.url, children }
          : { type: "link", url: a.url, title: a.title, children },
      ];
    }
    case DIRECTIVE.emphasis:
    case DIRECTIVE.strong:
      return [
        { type: node.name, children: readInline(reader, node.children, [...path, "children"]) },
      ];
    case DIRECTIVE.break:
      return [{ type: "break" }];
    default: {
      // `10:30` or `Note:this` is text that looks like a directive: keep it as written.
      const written = sourceOf(reader, node);
      if (node.children.length > 0 || Object.keys(a).length > 0) {
        const guess = closest(node.name, TEXT_DIRECTIVES);
        note(
          reader,
          "unknown-directive",
          `":${node.name}" is not a newsdoc directive${guess ? ` (did you mean ":${guess}"?)` : ""}; it was kept as text.`,
          node,
        );
      }
      return [written];
    }
  }
}

/** The entity whose name or alternate name is `words`; an error when none or several. */
function findEntity(reader: Reader, words: string, node: PhrasingContent): string | undefined {
  const found = reader.entityByWords(words);
  if (typeof found === "string") return found;
  fail(
    reader,
    "mention-without-entity",
    found === null
      ? `The mention "${words}" could name several entities: say which, [${words}][@entity-id].`
      : `The mention "${words}" names no entity: write [${words}][@entity-id], or give an entity that name (or alternateNames) in the front matter.`,
    node,
  );
  return undefined;
}

/**
 * `[words][@entity]`: a mention (`[words][@]`: the entity whose name the words are). Only the full form names words and an
 * entity; `[@entity]` or `[@entity][]` alone is kept as the text written.
 */
function mentionReference(reader: Reader, node: LinkReference, path: Path): Part[] {
  const definition = reader.definitions.get(node.identifier.toLowerCase());
  if (definition !== undefined) definition.used = true;
  if (node.referenceType !== "full") {
    const written = sourceOf(reader, node);
    note(
      reader,
      "mention-without-words",
      `"${written}" names an entity but no words: write [the words][${node.label}]. It was kept as text.`,
      node,
    );
    return [written];
  }
  const text = labelText(reader, node.children, [...path, "text"], "mention", node);
  const entity = node.label!.slice(MENTION_LABEL.length) || findEntity(reader, text, node);
  return entity === undefined ? [text] : [{ type: "mention", entity, text }];
}

function one(reader: Reader, node: PhrasingContent, path: Path): Part[] {
  switch (node.type) {
    case "text":
      return [node.value];
    case "emphasis":
    case "strong":
      return [
        { type: node.type, children: readInline(reader, node.children, [...path, "children"]) },
      ];
    case "break":
      return [{ type: "break" }];
    case "link": {
      const children = readInline(reader, node.children, [...path, "children"]);
      if (!isLinkUrl(node.url)) {
        note(
          reader,
          "link-dropped",
          `The link to "${node.url}" was dropped and its words kept: a link must be an absolute http(s) or mailto: URL.`,
          node,
        );
        return children;
      }
      return [
        typeof node.title === "string"
          ? { type: "link", url: node.url, title: node.title, children }
          : { type: "link", url: node.url, children },
      ];
    }
    case "linkReference": {
      if (node.label?.startsWith(MENTION_LABEL)) return mentionReference(reader, node, path);
      const definition = reader.definitions.get(node.identifier.toLowerCase());
      const children = readInline(reader, node.children, [...path, "children"]);
      if (definition === undefined) return children;
      definition.used = true;
      return one(
        reader,
        {
          type: "link",
          url: definition.url,
          title: definition.title ?? null,
          children: node.children,
          ...(node.position ? { position: node.position } : {}),
        },
        path,
      );
    }
    case "image":
    case "imageReference":
      note(
        reader,
        "inline-image",
        "An image inside text cannot be kept (images are figures: put it in a paragraph of its own); its alt text was kept.",
        node,
      );
      return node.alt ? [node.alt] : [];
    case "inlineCode":
      note(
        reader,
        "code-as-text",
        "Inline code has no place in the model: kept as plain text.",
        node,
      );
      return [node.value];
    case "delete":
      note(
        reader,
        "strikethrough-as-text",
        "Strikethrough has no place in the model: its words were kept, unmarked.",
        node,
      );
      return readInline(reader, node.children, path);
    case "html":
      if (node.value === BOUNDARY) return [SPLIT];
      if (quoteIdOfTag(node.value) !== undefined) {
        fail(
          reader,
          "unclosed-quote-span",
          `${node.value} has no </span> after it in the same paragraph (and at the same level of emphasis or link): close the quote span there.`,
          node,
        );
        return [];
      }
      note(
        reader,
        "html-dropped",
        `Raw HTML ${JSON.stringify(node.value.slice(0, 40))} was dropped (the text around it is kept).`,
        node,
      );
      return [];
    case "textDirective":
      return directive(reader, node, path);
    default:
      note(reader, "unsupported-inline", `A "${node.type}" cannot be kept: dropped.`, node);
      return [];
  }
}

function classes(node: PhrasingContent): string[] {
  if (node.type !== "textDirective") return [];
  const value = node.attributes?.class;
  return typeof value === "string" ? value.split(/\s+/) : [];
}

/** The index of the node that closes the one at `open` (nesting counted), or -1. */
function matchingClose(
  nodes: readonly PhrasingContent[],
  open: number,
  opens: (node: PhrasingContent) => boolean,
  closes: (node: PhrasingContent) => boolean,
): number {
  let depth = 0;
  for (let j = open + 1; j < nodes.length; j++) {
    const node = nodes[j]!;
    if (opens(node)) depth++;
    else if (closes(node)) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/**
 * `:quote{#id .open}…:quote{.close}` (a span too long for a label) as one
 * directive whose children are the nodes in between.
 */
function gatherLongSpans(reader: Reader, nodes: readonly PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some((n) => classes(n).includes(OPEN_CLASS))) return [...nodes];
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "textDirective" || !classes(node).includes(OPEN_CLASS)) {
      out.push(node);
      continue;
    }
    const same = (n: PhrasingContent) => n.type === "textDirective" && n.name === node.name;
    const end = matchingClose(
      nodes,
      i,
      (n) => same(n) && classes(n).includes(OPEN_CLASS),
      (n) => same(n) && classes(n).includes(CLOSE_CLASS),
    );
    if (end === -1) {
      fail(
        reader,
        "unclosed-directive",
        `:${node.name}{.${OPEN_CLASS}} has no :${node.name}{.${CLOSE_CLASS}} after it in the same paragraph.`,
        node,
      );
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      if (typeof value !== "string") continue;
      if (key === "class") {
        const rest = value.split(/\s+/).filter((c) => c !== OPEN_CLASS && c !== "");
        if (rest.length > 0) attributes.class = rest.join(" ");
      } else attributes[key] = value;
    }
    out.push({ ...node, attributes, children: gatherLongSpans(reader, nodes.slice(i + 1, end)) });
    i = end;
  }
  return out;
}

/**
 * `<span data-quote="id">…</span>` (two inline HTML nodes and what lies
 * between them) as one `:quote{#id}` directive; spans nest. An open tag
 * without its `</span>` is left for {@link one} to report.
 */
function gatherQuoteTags(nodes: readonly PhrasingContent[]): readonly PhrasingContent[] {
  if (!nodes.some((n) => n.type === "html" && quoteIdOfTag(n.value) !== undefined)) return nodes;
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const id = node.type === "html" ? quoteIdOfTag(node.value) : undefined;
    if (id === undefined) {
      out.push(node);
      continue;
    }
    const end = matchingClose(
      nodes,
      i,
      (n) => n.type === "html" && isSpanOpen(n.value),
      (n) => n.type === "html" && isSpanClose(n.value),
    );
    if (end === -1) {
      out.push(node);
      continue;
    }
    const close = nodes[end]!;
    const position =
      node.position && close.position
        ? { start: node.position.start, end: close.position.end }
        : undefined;
    out.push({
      type: "textDirective",
      name: DIRECTIVE.quote,
      attributes: { id },
      children: gatherQuoteTags(nodes.slice(i + 1, end)) as PhrasingContent[],
      ...(position ? { position } : {}),
    });
    i = end;
  }
  return out;
}

/**
 * Reads mdast phrasing content as newsdoc inline nodes: adjacent texts are
 * merged unless a `<!---->` boundary kept them apart; what the model
 * cannot hold is reported and its words kept.
 */
export function readInline(
  reader: Reader,
  nodes: readonly PhrasingContent[],
  path: Path,
): Inline[] {
  const out: Inline[] = [];
  let split = false;
  for (const node of gatherLongSpans(reader, gatherQuoteTags(nodes))) {
    for (const part of one(reader, node, [...path, out.length])) {
      if (part === SPLIT) {
        split = true;
        continue;
      }
      const last = out.length - 1;
      if (typeof part === "string" && typeof out[last] === "string" && !split) {
        out[last] = (out[last] as string) + part;
      } else {
        if (typeof part !== "string" || part !== "") {
          out.push(part);
          place(reader, [...path, out.length - 1], node);
        }
      }
      split = false;
    }
  }
  return out;
}
