import type { Article } from "../model/article.js";
import type { EntityType } from "../model/entity.js";
import type { IssuePath } from "./issue.js";
import { walkInline } from "./walk-inline.js";

/** One place where the article refers to something by id. */
export interface Reference {
  /** The registry the id must be in. */
  target: "entity" | "quote" | "claim";
  /** The id as written. */
  id: string;
  /** Where the id is written. */
  path: IssuePath;
  /** What the reference is, for messages: "an author", "a quote's speaker". */
  role: string;
  /** The entity kinds allowed here; `undefined` allows any kind. */
  kinds?: readonly EntityType[];
  /** True for a `mention` node: the text names the entity there. */
  mention?: true;
}

const PERSON_OR_ORG = ["Person", "Organization"] as const;
const ORG = ["Organization"] as const;
const PLACE = ["Place"] as const;

/**
 * Every reference in the article, in a stable order: metadata, entities,
 * quotes, claims, then the body and captions in document order. The one
 * table of which field may point at which kind of entity.
 */
export function collectReferences(article: Article): Reference[] {
  const refs: Reference[] = [];
  const entity = (id: string, path: IssuePath, role: string, kinds?: readonly EntityType[]) => {
    refs.push(
      kinds ? { target: "entity", id, path, role, kinds } : { target: "entity", id, path, role },
    );
  };
  const entities = (
    ids: readonly string[] | undefined,
    path: IssuePath,
    role: string,
    kinds?: readonly EntityType[],
  ) => {
    ids?.forEach((id, i) => {
      entity(id, [...path, i], role, kinds);
    });
  };

  entities(article.authors, ["authors"], "an author", PERSON_OR_ORG);
  if (article.publisher !== undefined)
    entity(article.publisher, ["publisher"], "the publisher", ORG);
  entities(article.about, ["about"], "what the article is about");
  if (article.dateline !== undefined) entity(article.dateline, ["dateline"], "the dateline", PLACE);
  if (article.image) imageRefs(article.image, ["image"], entities);

  article.entities.forEach((e, i) => {
    const at: IssuePath = ["entities", i];
    switch (e.type) {
      case "Person":
        if (e.affiliation !== undefined)
          entity(e.affiliation, [...at, "affiliation"], "a person's affiliation", ORG);
        break;
      case "Organization":
        if (e.parentOrganization !== undefined)
          entity(e.parentOrganization, [...at, "parentOrganization"], "a parent organization", ORG);
        break;
      case "Place":
        if (e.containedInPlace !== undefined)
          entity(
            e.containedInPlace,
            [...at, "containedInPlace"],
            "the place containing a place",
            PLACE,
          );
        break;
      case "Event":
        if (e.location !== undefined)
          entity(e.location, [...at, "location"], "an event's location", PLACE);
        entities(e.attendees, [...at, "attendees"], "an event's attendee", PERSON_OR_ORG);
        break;
      case "CreativeWork":
        entities(e.authors, [...at, "authors"], "a work's author", PERSON_OR_ORG);
        if (e.publisher !== undefined)
          entity(e.publisher, [...at, "publisher"], "a work's publisher", ORG);
        break;
    }
  });

  article.quotes.forEach((q, i) => {
    const at: IssuePath = ["quotes", i];
    entity(q.speaker, [...at, "speaker"], "a quote's speaker", PERSON_OR_ORG);
    if (q.via !== undefined)
      entity(q.via, [...at, "via"], "the channel a quote came through", [
        "Organization",
        "CreativeWork",
        "Person",
      ]);
    if (q.audience?.entity !== undefined)
      entity(q.audience.entity, [...at, "audience", "entity"], "a quote's audience", PERSON_OR_ORG);
    if (q.claim !== undefined)
      refs.push({ target: "claim", id: q.claim, path: [...at, "claim"], role: "a quote's claim" });
  });

  article.claims.forEach((c, i) => {
    c.stances.forEach((s, j) => {
      const at: IssuePath = ["claims", i, "stances", j];
      entity(s.by, [...at, "by"], "who takes a stance", PERSON_OR_ORG);
      if (s.quote !== undefined)
        refs.push({
          target: "quote",
          id: s.quote,
          path: [...at, "quote"],
          role: "a stance's quote",
        });
    });
  });

  // Blocks that carry references outside inline content: blockquotes and figures.
  const blocks: [Article["body"][number], IssuePath][] = [];
  const pushBlocks = (list: Article["body"], path: IssuePath) => {
    for (let i = list.length - 1; i >= 0; i--) blocks.push([list[i]!, [...path, i]]);
  };
  pushBlocks(article.body, ["body"]);
  while (blocks.length > 0) {
    const [block, at] = blocks.pop()!;
    if (block.type === "blockquote") {
      if (block.quote !== undefined)
        refs.push({
          target: "quote",
          id: block.quote,
          path: [...at, "quote"],
          role: "a blockquote's quote",
        });
      pushBlocks(block.children, [...at, "children"]);
    } else if (block.type === "figure") {
      imageRefs(block.image, [...at, "image"], entities);
    }
  }

  walkInline(article, (node, path) => {
    if (node.type === "mention")
      refs.push({
        target: "entity",
        id: node.entity,
        path: [...path, "entity"],
        role: "a mention",
        mention: true,
      });
    else if (node.type === "quote")
      refs.push({
        target: "quote",
        id: node.quote,
        path: [...path, "quote"],
        role: "a quote span",
      });
  });
  return refs;
}

function imageRefs(
  image: NonNullable<Article["image"]>,
  at: IssuePath,
  entities: (
    ids: readonly string[] | undefined,
    path: IssuePath,
    role: string,
    kinds?: readonly EntityType[],
  ) => void,
): void {
  entities(
    image.credit?.creators,
    [...at, "credit", "creators"],
    "an image's creator",
    PERSON_OR_ORG,
  );
  entities(image.credit?.providers, [...at, "credit", "providers"], "an image's provider", ORG);
  entities(image.about, [...at, "about"], "what an image shows");
}
