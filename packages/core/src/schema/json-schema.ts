import { z } from "zod";
import type { AnyNodeDefinition } from "../model/custom-node.js";
import { ArticleSchema } from "./article.js";
import {
  AsideSchema,
  BlockquoteSchema,
  BlockSchema,
  CorrectionNoticeSchema,
  EditorsNoteSchema,
  FigureSchema,
  HeadingSchema,
  ListItemSchema,
  ListSchema,
  ParagraphSchema,
  PullQuoteSchema,
  RuleSchema,
} from "./block.js";
import { ClaimSchema, StanceSchema } from "./claim.js";
import { AspectRatioSchema, EmbedSchema } from "./embed.js";
import {
  CreativeWorkSchema,
  EntitySchema,
  EventSchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
} from "./entity.js";
import { FIELD_DOCS } from "./field-docs.js";
import { CreditSchema, ImageSchema } from "./image.js";
import {
  BreakSchema,
  EmphasisSchema,
  InlineSchema,
  LinkSchema,
  MentionSchema,
  QuoteSpanSchema,
  StrongSchema,
} from "./inline.js";
import { AudioSchema, MediaSourceSchema, TextTrackSchema, VideoSchema } from "./media.js";
import {
  AccessSchema,
  CorrectionSchema,
  ImageRenditionSchema,
  SectionLinkSchema,
  TranslationSchema,
} from "./publishing.js";
import { AudienceSchema, QuoteSchema } from "./quote.js";
import { TableCellSchema, TableRowSchema, TableSchema } from "./table.js";
import { TimeRefSchema } from "./time-ref.js";

/**
 * Every object schema, under the name of the model interface it checks: the
 * name is its `$defs` key, and the interface's TSDoc (`FIELD_DOCS`) gives
 * its `description` and those of its properties. A new object schema goes
 * here, or the descriptions test counts its fields as undocumented.
 */
const OBJECT_SCHEMAS: ReadonlyArray<readonly [string, z.ZodType]> = [
  ["Paragraph", ParagraphSchema],
  ["Heading", HeadingSchema],
  ["Figure", FigureSchema],
  ["Blockquote", BlockquoteSchema],
  ["List", ListSchema],
  ["ListItem", ListItemSchema],
  ["Rule", RuleSchema],
  ["Embed", EmbedSchema],
  ["AspectRatio", AspectRatioSchema],
  ["Video", VideoSchema],
  ["Audio", AudioSchema],
  ["MediaSource", MediaSourceSchema],
  ["TextTrack", TextTrackSchema],
  ["Aside", AsideSchema],
  ["PullQuote", PullQuoteSchema],
  ["EditorsNote", EditorsNoteSchema],
  ["CorrectionNotice", CorrectionNoticeSchema],
  ["Table", TableSchema],
  ["TableRow", TableRowSchema],
  ["TableCell", TableCellSchema],
  ["Emphasis", EmphasisSchema],
  ["Strong", StrongSchema],
  ["Link", LinkSchema],
  ["Mention", MentionSchema],
  ["QuoteSpan", QuoteSpanSchema],
  ["Break", BreakSchema],
  ["Image", ImageSchema],
  ["Credit", CreditSchema],
  ["Person", PersonSchema],
  ["Organization", OrganizationSchema],
  ["Place", PlaceSchema],
  ["Event", EventSchema],
  ["CreativeWork", CreativeWorkSchema],
  ["Quote", QuoteSchema],
  ["Audience", AudienceSchema],
  ["TimeRef", TimeRefSchema],
  ["Claim", ClaimSchema],
  ["Stance", StanceSchema],
  ["Access", AccessSchema],
  ["Correction", CorrectionSchema],
  ["Translation", TranslationSchema],
  ["SectionLink", SectionLinkSchema],
  ["ImageRendition", ImageRenditionSchema],
];

/**
 * The model interfaces that describe article data, whose every field must
 * be documented: the article, the shared entity fields, and one per object
 * schema. (The model also exports the node table's own types, which are
 * not data.)
 */
export const DOCUMENTED_TYPES: readonly string[] = [
  "Article",
  "EntityBase",
  ...OBJECT_SCHEMAS.map(([name]) => name),
];

/** Where the published JSON Schema lives; also its `$id`. */
export const ARTICLE_JSON_SCHEMA_ID =
  "https://cdn.jsdelivr.net/npm/@newsdoc/core/schema/newsdoc.schema.json";

/** Options for {@link articleJsonSchema}. */
export interface ArticleJsonSchemaOptions {
  /**
   * Custom node types (`defineNode`) to describe too: each schema goes into
   * `$defs` as `Custom_<type>` and joins `Block`'s `oneOf`, so an editor
   * accepts the blocks `parseArticle(input, { nodes })` accepts. Default:
   * none (the shipped schema).
   */
  nodes?: readonly AnyNodeDefinition[];
}

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
export function articleJsonSchema(options: ArticleJsonSchemaOptions = {}): Record<string, unknown> {
  // A private registry, so the shared zod registry of the app stays untouched.
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(InlineSchema, {
    id: "Inline",
    description: "Inline content: text or an inline node.",
  });
  registry.add(BlockSchema, { id: "Block", description: "A block of the body." });
  registry.add(EntitySchema, { id: "Entity", description: "An entity of the registry." });
  for (const [id, schema] of OBJECT_SCHEMAS) {
    const description = FIELD_DOCS[id]?.description;
    registry.add(schema, description ? { id, description } : { id });
  }
  const generated = z.toJSONSchema(ArticleSchema, {
    target: "draft-2020-12",
    io: "input",
    metadata: registry,
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  describeProperties(generated, FIELD_DOCS.Article?.fields);
  const defs = (generated.$defs ?? {}) as Record<string, Record<string, unknown>>;
  for (const node of options.nodes ?? []) {
    // The same registry: the node's Inline or Block children become $refs to the article's own $defs.
    const own = z.toJSONSchema(node.schema, {
      target: "draft-2020-12",
      io: "input",
      metadata: registry,
      unrepresentable: "throw",
    }) as Record<string, unknown>;
    const { $schema: _s, $defs: ownDefs, ...body } = own;
    for (const [id, def] of Object.entries(
      (ownDefs ?? {}) as Record<string, Record<string, unknown>>,
    ))
      defs[id] ??= def;
    const id = `Custom_${node.type}`;
    defs[id] = { description: `The custom "${node.type}" block (defineNode).`, ...body };
    (defs.Block!.oneOf as unknown[]).push({ $ref: `#/$defs/${id}` });
  }
  for (const [id, def] of Object.entries(defs)) describeProperties(def, FIELD_DOCS[id]?.fields);
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

/** Gives each property of an object schema the description its model field has. */
function describeProperties(
  schema: Record<string, unknown>,
  fields: Readonly<Record<string, string>> | undefined,
): void {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties === undefined || fields === undefined) return;
  for (const [name, property] of Object.entries(properties)) {
    const description = fields[name];
    if (description) properties[name] = { description, ...property };
  }
}

/** {@link articleJsonSchema} as the text of the shipped file: two-space JSON and a final newline. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
