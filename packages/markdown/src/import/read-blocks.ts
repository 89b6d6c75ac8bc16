import type { Aside, Block, Heading, Image, Inline, List } from "@newsdoc/core/kit";
import { plainText } from "@newsdoc/core/kit";
import type {
  BlockContent,
  Code,
  DefinitionContent,
  Paragraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { CUSTOM_NODE_INFO } from "../newsdoc/custom-node-fence.js";
import { DIRECTIVE, LEAD_CLASS } from "../newsdoc/syntax.js";
import { closest, listAttribute, numberAttribute } from "./attribute-values.js";
import { headingAnchor } from "./heading-anchor.js";
import { labelText, readInline } from "./read-inline.js";
import { readEmbed, readMedia } from "./read-media.js";
import { readGfmTable, readTableDirective } from "./read-table.js";
import { fail, note, place, type Reader, sourceOf } from "./reader.js";

type Path = readonly (string | number)[];
type Flow = RootContent | BlockContent | DefinitionContent;

/** What the body's blocks give beyond the blocks: the headline and the lead image. */
export interface BodyParts {
  headline: string | undefined;
  /** Whether the headline was already given (front matter): a `# ` is then a level-2 heading. */
  readonly hasHeadline: boolean;
  image: Image | undefined;
}

function attributesOf(node: ContainerDirective | LeafDirective): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

function isImageParagraph(node: Paragraph): boolean {
  return (
    node.children.some((c) => c.type === "image" || c.type === "imageReference") &&
    node.children.every(
      (c) =>
        c.type === "image" ||
        c.type === "imageReference" ||
        (c.type === "text" && c.value.trim() === ""),
    )
  );
}

function imageOf(reader: Reader, node: PhrasingContent): Image | undefined {
  let url: string | undefined;
  let title: string | null | undefined;
  if (node.type === "image") {
    url = node.url;
    title = node.title;
  } else if (node.type === "imageReference") {
    const definition = reader.definitions.get(node.identifier.toLowerCase());
    if (definition) {
      definition.used = true;
      url = definition.url;
      title = definition.title;
    }
  } else return undefined;
  const alt = (node as { alt?: string | null }).alt;
  const image: Image = {};
  if (url !== undefined && /^https?:\/\//.test(url)) image.url = url;
  else
    note(
      reader,
      "image-url-dropped",
      `The image "${url ?? ""}" has no absolute http(s) URL: the figure keeps its alt text only.`,
      node,
    );
  if (alt) image.alt = alt;
  if (title)
    note(
      reader,
      "image-title-dropped",
      `The image's title ${JSON.stringify(title)} has no place in the model: dropped (use a :::figure caption).`,
      node,
    );
  return image;
}

function listAttributeOf(
  reader: Reader,
  node: ContainerDirective | LeafDirective,
  value: string,
  name: string,
): string[] | undefined {
  const list = listAttribute(value);
  if (list === undefined)
    fail(
      reader,
      "invalid-attribute",
      `${name} is a list of ids: space-separated, or a JSON array of strings.`,
      node,
    );
  return list;
}

function numberOf(
  reader: Reader,
  node: ContainerDirective,
  value: string,
  name: string,
): number | undefined {
  const n = numberAttribute(value);
  if (n === undefined)
    fail(reader, "invalid-attribute", `${name} is a whole number of pixels, not "${value}".`, node);
  return n;
}

const FIGURE_ATTRIBUTES = ["alt", "caption", "width", "height", "about", "renditions", "class"];

/** `:::figure{…}`: `![alt](url)`, a caption paragraph, `::credit[text]{creators providers}`. */
function readFigure(reader: Reader, node: ContainerDirective, path: Path): Image {
  const a = attributesOf(node);
  const image: Image = {};
  for (const child of node.children) {
    if (child.type === "paragraph" && isImageParagraph(child)) {
      const images = child.children.filter((c) => c.type !== "text");
      if (images.length > 1 || image.url !== undefined) {
        note(reader, "extra-image", "A figure holds one image: the others were dropped.", child);
      }
      const found = imageOf(reader, images[0]!);
      if (found && image.url === undefined) Object.assign(image, found);
    } else if (child.type === "paragraph") {
      if (image.caption !== undefined) {
        note(
          reader,
          "caption-joined",
          "A figure has one caption paragraph: this one was joined to it with a line break.",
          child,
        );
        image.caption.push(
          { type: "break" },
          ...readInline(reader, child.children, [...path, "caption", image.caption.length + 1]),
        );
      } else image.caption = readInline(reader, child.children, [...path, "caption"]);
    } else if (child.type === "leafDirective" && child.name === DIRECTIVE.credit) {
      const c = attributesOf(child);
      const text =
        child.children.length === 0 && c.text !== undefined
          ? c.text
          : labelText(reader, child.children, [...path, "credit", "text"], "credit", child);
      image.credit = { text };
      if (c.creators !== undefined) {
        const list = listAttributeOf(reader, child, c.creators, "creators");
        if (list) image.credit.creators = list;
      }
      if (c.providers !== undefined) {
        const list = listAttributeOf(reader, child, c.providers, "providers");
        if (list) image.credit.providers = list;
      }
      place(reader, [...path, "credit"], child);
    } else {
      note(
        reader,
        "figure-content-dropped",
        `A figure holds an image, a caption and a ::credit; this ${child.type} was dropped.`,
        child,
      );
    }
  }
  if (a.alt !== undefined) image.alt = a.alt;
  if (a.caption !== undefined && image.caption === undefined) image.caption = [];
  if (a.width !== undefined) {
    const n = numberOf(reader, node, a.width, "width");
    if (n !== undefined) image.width = n;
  }
  if (a.height !== undefined) {
    const n = numberOf(reader, node, a.height, "height");
    if (n !== undefined) image.height = n;
  }
  if (a.about !== undefined) {
    const list = listAttributeOf(reader, node, a.about, "about");
    if (list) image.about = list;
  }
  if (a.renditions !== undefined) {
    try {
      const renditions: unknown = JSON.parse(a.renditions);
      if (!Array.isArray(renditions)) throw new TypeError("not a list");
      image.renditions = renditions as NonNullable<Image["renditions"]>;
    } catch {
      fail(
        reader,
        "invalid-attribute",
        "renditions is a JSON array of renditions ({url, width, height}).",
        node,
      );
    }
  }
  for (const key of Object.keys(a)) {
    if (FIGURE_ATTRIBUTES.includes(key)) continue;
    const guess = closest(key, FIGURE_ATTRIBUTES);
    fail(
      reader,
      "unknown-attribute",
      `:::figure has no attribute "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}.`,
      node,
    );
  }
  return image;
}

function readList(
  reader: Reader,
  node: Extract<Flow, { type: "list" }>,
  path: Path,
  out: Block[],
): void {
  const list: List = { type: "list", children: [] };
  if (node.ordered) {
    list.ordered = true;
    if (typeof node.start === "number" && node.start !== 1) list.start = node.start;
  }
  const later: Extract<Flow, { type: "list" }>[] = [];
  node.children.forEach((item) => {
    const inline: Inline[] = [];
    for (const child of item.children) {
      const itemPath = [...path, "children", list.children.length, "children", inline.length];
      if (child.type === "paragraph") {
        if (inline.length > 0) {
          note(
            reader,
            "item-paragraphs-joined",
            "A list item holds one paragraph: the next was joined to it with a line break.",
            child,
          );
          inline.push({ type: "break" });
        }
        inline.push(...readInline(reader, child.children, itemPath));
      } else if (child.type === "list") {
        note(
          reader,
          "nested-list-flattened",
          "Lists do not nest in the model: the inner list's items follow as items of the outer list.",
          child,
        );
        later.push(child);
      } else {
        note(
          reader,
          "item-block-dropped",
          `A list item holds inline content only: this ${child.type} was dropped.`,
          child,
        );
      }
    }
    list.children.push({ type: "listItem", children: inline });
    place(reader, [...path, "children", list.children.length - 1], item);
    for (const inner of later.splice(0)) {
      const holder: Block[] = [];
      readList(reader, inner, path, holder);
      for (const block of holder) if (block.type === "list") list.children.push(...block.children);
    }
  });
  out.push(list);
}

function readOne(
  reader: Reader,
  node: Flow,
  path: Path,
  out: Block[],
  parts: BodyParts | undefined,
): void {
  const here = [...path, out.length];
  switch (node.type) {
    case "paragraph":
      if (isImageParagraph(node)) {
        for (const child of node.children) {
          const image = imageOf(reader, child);
          if (image) {
            place(reader, [...path, out.length], node);
            out.push({ type: "figure", image });
          }
        }
        return;
      }
      place(reader, here, node);
      out.push({
        type: "paragraph",
        children: readInline(reader, node.children, [...here, "children"]),
      });
      return;
    case "heading": {
      const anchor = headingAnchor(reader, node.children);
      const children = readInline(reader, anchor.children, [...here, "children"]);
      if (node.depth === 1 && parts && parts.headline === undefined && !parts.hasHeadline) {
        if (children.some((c) => typeof c !== "string")) {
          note(
            reader,
            "markup-in-headline",
            "The headline is plain text: its marks, links and mentions were dropped, their words kept.",
            node,
          );
        }
        if (anchor.id !== undefined) {
          note(
            reader,
            "headline-id-dropped",
            `The headline has no id (the article's \`id\` names the article): "${anchor.id}" was dropped.`,
            node,
          );
        }
        parts.headline = plainText(children);
        place(reader, ["headline"], node);
        return;
      }
      if (node.depth === 1) {
        note(
          reader,
          "heading-level-changed",
          "There is one headline (the first `# ` heading, or `headline` in the front matter): this `# ` heading became `## `.",
          node,
        );
      }
      place(reader, here, node);
      const heading: Heading = { type: "heading", level: Math.max(2, node.depth) as 2, children };
      if (anchor.id !== undefined) heading.id = anchor.id;
      out.push(heading);
      return;
    }
    case "thematicBreak":
      place(reader, here, node);
      out.push({ type: "rule" });
      return;
    case "blockquote": {
      place(reader, here, node);
      const children: Block[] = [];
      const quote: { type: "blockquote"; quote?: string; cite?: string; children: Block[] } = {
        type: "blockquote",
        children,
      };
      for (const child of node.children) {
        if (child.type === "leafDirective" && child.name === DIRECTIVE.attribution) {
          const a = attributesOf(child);
          if (a.quote !== undefined) quote.quote = a.quote;
          if (a.cite !== undefined) quote.cite = a.cite;
          continue;
        }
        readOne(reader, child, [...here, "children"], children, undefined);
      }
      out.push(quote);
      return;
    }
    case "list":
      place(reader, here, node);
      readList(reader, node, here.slice(0, -1).concat(out.length), out);
      return;
    case "code": {
      const custom = customNodeOf(reader, node);
      if (custom !== undefined) {
        place(reader, here, node);
        out.push(custom);
        return;
      }
      note(
        reader,
        "code-as-text",
        "A code block has no place in the model: kept as a paragraph of plain text.",
        node,
      );
      place(reader, here, node);
      out.push({
        type: "paragraph",
        children: node.value
          .split("\n")
          .flatMap((line, i): Inline[] => (i === 0 ? [line] : [{ type: "break" }, line]))
          .filter((c) => c !== ""),
      });
      return;
    }
    case "html":
      note(
        reader,
        "html-dropped",
        `Raw HTML ${JSON.stringify(node.value.slice(0, 40))} was dropped: the model holds no HTML.`,
        node,
      );
      return;
    case "table":
      place(reader, here, node);
      out.push(readGfmTable(reader, node, here));
      return;
    case "definition":
    case "yaml":
      return;
    case "containerDirective":
      if (node.name === DIRECTIVE.figure) {
        const a = attributesOf(node);
        const lead = (a.class ?? "").split(/\s+/).includes(LEAD_CLASS);
        if (lead && parts && parts.image === undefined) {
          parts.image = readFigure(reader, node, ["image"]);
          place(reader, ["image"], node);
        } else {
          if (lead)
            note(
              reader,
              "second-lead-image",
              "There is one lead image: this {.lead} figure became a body figure.",
              node,
            );
          place(reader, here, node);
          out.push({ type: "figure", image: readFigure(reader, node, [...here, "image"]) });
        }
        return;
      }
      if (node.name === DIRECTIVE.list) {
        const a = attributesOf(node);
        const holder: Block[] = [];
        for (const child of node.children) readOne(reader, child, path, holder, undefined);
        const list: List = (holder.find((b) => b.type === "list") as List | undefined) ?? {
          type: "list",
          children: [],
        };
        if (holder.length > 1 || (holder.length === 1 && holder[0]!.type !== "list")) {
          note(
            reader,
            "list-container-content",
            "A :::list container holds one list: everything else in it was dropped.",
            node,
          );
        }
        if (a.ordered !== undefined) list.ordered = a.ordered === "true";
        if (a.start !== undefined) {
          const n = numberAttribute(a.start);
          if (n === undefined)
            fail(reader, "invalid-attribute", `start is a whole number, not "${a.start}".`, node);
          else list.start = n;
        }
        place(reader, here, node);
        out.push(list);
        return;
      }
      if (node.name === DIRECTIVE.aside) {
        place(reader, here, node);
        out.push(readAside(reader, node, here));
        return;
      }
      if (node.name === DIRECTIVE.table) {
        place(reader, here, node);
        out.push(readTableDirective(reader, node, here, (n, at) => containerBlocks(reader, n, at)));
        return;
      }
      if (node.name === DIRECTIVE.embed) {
        const embed = readEmbed(reader, node, here);
        if (embed !== undefined) out.push(embed);
        return;
      }
      if (node.name === DIRECTIVE.video || node.name === DIRECTIVE.audio) {
        const media = readMedia(reader, node, here);
        if (media !== undefined) out.push(media);
        return;
      }
      if (node.name === DIRECTIVE.editorsNote) {
        place(reader, here, node);
        out.push({ type: "editorsNote", children: readNote(reader, node, here) });
        return;
      }
      note(
        reader,
        "unknown-directive",
        `":::${node.name}" is not a newsdoc container; its content was kept without it.`,
        node,
      );
      for (const child of node.children) readOne(reader, child, path, out, parts);
      return;
    case "leafDirective":
      if (node.name === DIRECTIVE.paragraph) {
        place(reader, here, node);
        out.push({ type: "paragraph", children: [] });
        return;
      }
      if (node.name === DIRECTIVE.pullQuote) {
        const quote = attributesOf(node).id;
        if (quote === undefined) {
          fail(
            reader,
            "missing-attribute",
            "::pull-quote names its quote: ::pull-quote{#quote-id}.",
            node,
          );
          return;
        }
        place(reader, here, node);
        out.push({ type: "pullQuote", quote });
        return;
      }
      if (node.name === DIRECTIVE.correction) {
        const a = attributesOf(node);
        const text =
          node.children.length === 0 && a.text !== undefined
            ? a.text
            : labelText(reader, node.children, [...here, "text"], "correction", node);
        if (a.date === undefined) {
          fail(
            reader,
            "missing-attribute",
            "::correction carries its date: ::correction[text]{date=2015-09-12T08:00:00Z}.",
            node,
          );
          return;
        }
        place(reader, here, node);
        out.push({ type: "correction", date: a.date, text });
        return;
      }
      note(
        reader,
        "unknown-directive",
        `"::${node.name}" has no meaning here; it was kept as text.`,
        node,
      );
      out.push({ type: "paragraph", children: [sourceOf(reader, node)] });
      return;
    default:
      note(reader, "unsupported-block", `A "${node.type}" cannot be kept: dropped.`, node);
  }
}

/** `:::aside`: the first block, a heading, is the title; the rest are the aside's blocks. */
function readAside(reader: Reader, node: ContainerDirective, here: Path): Aside {
  const [first, ...rest] = node.children;
  let title: Inline[] = [];
  let blocks = node.children;
  if (first?.type === "heading") {
    title = readInline(reader, first.children, [...here, "title"]);
    blocks = rest;
  } else {
    fail(
      reader,
      "aside-without-title",
      "An :::aside starts with its title as a heading (`## What we know`).",
      first ?? node,
    );
  }
  const children: Block[] = [];
  for (const child of blocks) readOne(reader, child, [...here, "children"], children, undefined);
  return { type: "aside", title, children };
}

/** The blocks inside a container, read at `here`. */
function containerBlocks(reader: Reader, node: ContainerDirective, here: Path): Block[] {
  const holder: Block[] = [];
  for (const child of node.children) readOne(reader, child, here, holder, undefined);
  return holder;
}

/** `:::editors-note`: one paragraph, the note's inline content. */
function readNote(reader: Reader, node: ContainerDirective, here: Path): Inline[] {
  const holder: Block[] = [];
  for (const child of node.children) readOne(reader, child, here, holder, undefined);
  const [only] = holder;
  if (holder.length !== 1 || only?.type !== "paragraph") {
    note(
      reader,
      "note-content-joined",
      "An :::editors-note holds one paragraph: its blocks' words were joined into one, with line breaks.",
      node,
    );
    const inline: Inline[] = [];
    for (const block of holder) {
      if (inline.length > 0) inline.push({ type: "break" });
      inline.push(plainText(block));
    }
    return mergeTexts(inline);
  }
  return only.children;
}

function mergeTexts(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (typeof node === "string" && typeof out[out.length - 1] === "string")
      out[out.length - 1] += node;
    else out.push(node);
  }
  return out;
}

/** Reads mdast flow content as newsdoc blocks; the top level also finds the headline and lead image. */
export function readBlocks(
  reader: Reader,
  nodes: readonly Flow[],
  path: Path,
  parts?: BodyParts,
): Block[] {
  const out: Block[] = [];
  for (const node of nodes) readOne(reader, node, path, out, parts);
  return out;
}

/**
 * A fenced block with the info string `newsdoc:<type>` (what
 * `toNewsdocMarkdown` writes for a custom node): the node, from its JSON.
 * Validation (`fromMarkdown`'s `nodes`) then checks it with its schema.
 * JSON that does not parse, or that is not a node of that type, is an
 * error where the fence is; any other code block is not a node.
 */
function customNodeOf(reader: Reader, node: Code): Block | undefined {
  const lang = node.lang ?? "";
  if (!lang.startsWith(CUSTOM_NODE_INFO)) return undefined;
  const type = lang.slice(CUSTOM_NODE_INFO.length);
  let value: unknown;
  try {
    value = JSON.parse(node.value);
  } catch (error) {
    fail(
      reader,
      "bad-custom-node",
      `The \`${lang}\` block is not JSON (${(error as Error).message}): it holds a custom node as JSON, {"type":"${type}", …}.`,
      node,
    );
    return { type: "rule" };
  }
  if (
    value === null ||
    typeof value !== "object" ||
    Array.isArray(value) ||
    (value as { type?: unknown }).type !== type
  ) {
    fail(
      reader,
      "bad-custom-node",
      `The \`${lang}\` block must hold one JSON object whose "type" is "${type}".`,
      node,
    );
    return { type: "rule" };
  }
  return value as Block;
}
