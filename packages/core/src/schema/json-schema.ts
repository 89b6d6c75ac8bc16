import { z } from "zod";
import { ArticleSchema } from "./article.js";
import { BlockSchema, ListItemSchema } from "./block.js";
import { ClaimSchema, StanceSchema } from "./claim.js";
import {
  CreativeWorkSchema,
  EntitySchema,
  EventSchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
} from "./entity.js";
import { ImageSchema } from "./image.js";
import { InlineSchema } from "./inline.js";
import { QuoteSchema } from "./quote.js";

/** Where the published JSON Schema lives; also its `$id`. */
export const ARTICLE_JSON_SCHEMA_ID =
  "https://cdn.jsdelivr.net/npm/@newsdoc/core/schema/newsdoc.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a newsdoc article, generated from
 * {@link ArticleSchema}: what an editor or a non-TypeScript pipeline can
 * check without newsdoc. It describes the input (registries may be omitted)
 * and checks shape only: references, quote words, date order and the URL and
 * language checks that need code are left to {@link parseArticle}.
 *
 * The package ships the result as `@newsdoc/core/schema.json`; call this
 * only to generate it yourself.
 */
export function articleJsonSchema(): Record<string, unknown> {
  // A private registry, so the shared zod registry of the app stays untouched.
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(InlineSchema, {
    id: "Inline",
    description: "Inline content: text or an inline node.",
  });
  registry.add(BlockSchema, { id: "Block", description: "A block of the body." });
  registry.add(ListItemSchema, { id: "ListItem" });
  registry.add(ImageSchema, { id: "Image", description: "An image with its caption and credit." });
  registry.add(EntitySchema, { id: "Entity", description: "An entity of the registry." });
  registry.add(PersonSchema, { id: "Person" });
  registry.add(OrganizationSchema, { id: "Organization" });
  registry.add(PlaceSchema, { id: "Place" });
  registry.add(EventSchema, { id: "Event" });
  registry.add(CreativeWorkSchema, { id: "CreativeWork" });
  registry.add(QuoteSchema, { id: "Quote", description: "Who said what, where and how." });
  registry.add(ClaimSchema, { id: "Claim", description: "A statement and who takes which side." });
  registry.add(StanceSchema, { id: "Stance" });
  const generated = z.toJSONSchema(ArticleSchema, {
    target: "draft-2020-12",
    io: "input",
    metadata: registry,
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: ARTICLE_JSON_SCHEMA_ID,
    title: "newsdoc article",
    description:
      "A news article as typed data (newsdoc model version 1). This schema checks shape; @newsdoc/core's parseArticle also checks meaning: references, quote words, date order.",
    ...rest,
  };
}

/** {@link articleJsonSchema} as the text of the shipped file: two-space JSON and a final newline. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
