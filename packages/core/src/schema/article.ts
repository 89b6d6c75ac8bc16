import { z } from "zod";
import { BlockSchema } from "./block.js";
import { ClaimSchema } from "./claim.js";
import { EntitySchema } from "./entity.js";
import { ImageSchema } from "./image.js";
import {
  AccessSchema,
  CorrectionSchema,
  SectionLinkSchema,
  TranslationSchema,
} from "./publishing.js";
import { QuoteSchema } from "./quote.js";
import {
  DateTimeSchema,
  HttpUrlSchema,
  IdSchema,
  LanguageTagSchema,
  RefSchema,
  TextSchema,
} from "./strings.js";

/**
 * A newsdoc article. Parsing fills `authors`, `entities`, `quotes` and
 * `claims` with `[]` when they are absent; everything else is kept as given.
 * Its output type is exactly {@link Article}.
 */
export const ArticleSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  newsdoc: z.literal(1),
  id: IdSchema,
  url: HttpUrlSchema.exactOptional(),
  language: LanguageTagSchema,
  headline: TextSchema,
  alternativeHeadline: TextSchema.exactOptional(),
  description: TextSchema.exactOptional(),
  section: TextSchema.exactOptional(),
  keywords: z.array(TextSchema).exactOptional(),
  datePublished: DateTimeSchema.exactOptional(),
  dateModified: DateTimeSchema.exactOptional(),
  authors: z.array(RefSchema).default(() => []),
  byline: TextSchema.exactOptional(),
  publisher: RefSchema.exactOptional(),
  image: ImageSchema.exactOptional(),
  about: z.array(RefSchema).exactOptional(),
  access: AccessSchema.exactOptional(),
  dateline: RefSchema.exactOptional(),
  corrections: z.array(CorrectionSchema).exactOptional(),
  translations: z.array(TranslationSchema).exactOptional(),
  sectionPath: z.array(SectionLinkSchema).exactOptional(),
  backstory: TextSchema.exactOptional(),
  body: z.array(BlockSchema),
  entities: z.array(EntitySchema).default(() => []),
  quotes: z.array(QuoteSchema).default(() => []),
  claims: z.array(ClaimSchema).default(() => []),
});

/** What {@link ArticleSchema} accepts: an article whose registries may be omitted. */
export type ArticleInput = z.input<typeof ArticleSchema>;
