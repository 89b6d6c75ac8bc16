import {
  type Article,
  type Block,
  customNodeDefinition,
  type Entity,
  type Image,
  type Inline,
  isCustomNode,
  type ListItem,
} from "@newsdoc/core/kit";

const WIKIDATA = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/(Q\d+)$/;

/** The Wikidata id (`Q7747`) among an entity's `sameAs`, if any. */
export function wikidataId(entity: Entity): string | undefined {
  for (const url of entity.sameAs ?? []) {
    const match = WIKIDATA.exec(url);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The `_id` each entity gets in ANS: its Wikidata id where `sameAs` has one
 * (and no other entity took it first), else its newsdoc id. `fromAns`
 * reads the `_id` back as the entity's id, so the same map renames the
 * body's `data-entity` hooks.
 */
export function ansEntityIds(article: Article): Map<string, string> {
  const ids = new Map<string, string>();
  const own = new Set(article.entities.map((e) => e.id));
  const claimed = new Set<string>();
  for (const entity of article.entities) {
    const q = wikidataId(entity);
    // A Wikidata id another entity already has as its own id would collide: keep the newsdoc id.
    if (q !== undefined && !claimed.has(q) && (q === entity.id || !own.has(q))) {
      claimed.add(q);
      ids.set(entity.id, q);
    } else ids.set(entity.id, entity.id);
  }
  return ids;
}

function renameInline(nodes: readonly Inline[], ids: ReadonlyMap<string, string>): Inline[] {
  return nodes.map((node) => {
    if (typeof node === "string" || node.type === "break") return node;
    if (node.type === "mention") return { ...node, entity: ids.get(node.entity) ?? node.entity };
    return { ...node, children: renameInline(node.children, ids) };
  });
}

function renameImage(image: Image, ids: ReadonlyMap<string, string>): Image {
  const out: Image = { ...image };
  if (image.caption) out.caption = renameInline(image.caption, ids);
  return out;
}

function renameBlocks(blocks: readonly Block[], ids: ReadonlyMap<string, string>): Block[] {
  return blocks.map((block) => renameBlock(block, ids));
}

/** A custom node (`defineNode`): its entity references and child slots, through its definition. */
function renameCustom(block: Block, ids: ReadonlyMap<string, string>): Block {
  const node = block as unknown as Record<string, unknown>;
  const spec = customNodeDefinition(node.type as string)!.spec;
  const out: Record<string, unknown> = { ...node };
  for (const ref of spec.references) {
    const field = ref.path[0]!;
    const value = node[field];
    if (ref.registry !== "entities" || value === undefined) continue;
    out[field] =
      typeof value === "string"
        ? (ids.get(value) ?? value)
        : (value as string[]).map((id) => ids.get(id) ?? id);
  }
  for (const slot of spec.slots) {
    const field = slot.path[0]!;
    const list = node[field];
    if (!Array.isArray(list)) continue;
    out[field] =
      slot.content === "flow"
        ? renameBlocks(list as Block[], ids)
        : renameInline(list as Inline[], ids);
  }
  return out as unknown as Block;
}

function renameBlock(block: Block, ids: ReadonlyMap<string, string>): Block {
  if (isCustomNode(block)) return renameCustom(block, ids);
  switch (block.type) {
    case "paragraph":
    case "heading":
      return { ...block, children: renameInline(block.children, ids) };
    case "figure":
      return { ...block, image: renameImage(block.image, ids) };
    case "blockquote":
      return { ...block, children: renameBlocks(block.children, ids) };
    case "list":
      return {
        ...block,
        children: block.children.map(
          (item): ListItem => ({ ...item, children: renameInline(item.children, ids) }),
        ),
      };
    case "aside":
      return {
        ...block,
        title: renameInline(block.title, ids),
        children: renameBlocks(block.children, ids),
      };
    case "editorsNote":
      return { ...block, children: renameInline(block.children, ids) };
    case "table":
      return {
        ...block,
        ...(block.caption !== undefined ? { caption: renameInline(block.caption, ids) } : {}),
        children: block.children.map((row) => ({
          ...row,
          children: row.children.map((cell) => ({
            ...cell,
            children: renameInline(cell.children, ids),
          })),
        })),
      };
    case "rule":
    case "pullQuote":
    case "correction":
    case "embed":
    case "video":
    case "audio":
      return block;
  }
}

/**
 * The article as `toHtml` should see it for ANS: entities, mentions and
 * quote speakers under their ANS `_id`s, so the HTML's `data-entity` and
 * `data-speaker` hooks name what the story's named entities name.
 */
export function withAnsIds(article: Article, ids: ReadonlyMap<string, string>): Article {
  const id = (x: string) => ids.get(x) ?? x;
  return {
    ...article,
    entities: article.entities.map((e) => ({ ...e, id: id(e.id) })),
    quotes: article.quotes.map((q) => {
      const out = { ...q, speaker: id(q.speaker) };
      if (q.via !== undefined) out.via = id(q.via);
      if (q.audience?.entity !== undefined)
        out.audience = { ...q.audience, entity: id(q.audience.entity) };
      return out;
    }),
    body: renameBlocks(article.body, ids),
    ...(article.image ? { image: renameImage(article.image, ids) } : {}),
  };
}
