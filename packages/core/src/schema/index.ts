export type { ArticleInput } from "./article.js";
export { ArticleSchema } from "./article.js";
export {
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
export { ClaimSchema, StanceKindSchema, StanceSchema } from "./claim.js";
export { AspectRatioSchema, EmbedProviderSchema, EmbedSchema } from "./embed.js";
export {
  CreativeWorkSchema,
  EntitySchema,
  EventSchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
} from "./entity.js";
export { CreditSchema, ImageSchema } from "./image.js";
export {
  BreakSchema,
  EmphasisSchema,
  InlineElementSchema,
  InlineSchema,
  LinkSchema,
  MentionSchema,
  QuoteSpanSchema,
  StrongSchema,
} from "./inline.js";
export type { ArticleJsonSchemaOptions } from "./json-schema.js";
export { ARTICLE_JSON_SCHEMA_ID, articleJsonSchema } from "./json-schema.js";
export { AudioSchema, MediaSourceSchema, TextTrackSchema, VideoSchema } from "./media.js";
export {
  AccessKindSchema,
  AccessSchema,
  CorrectionSchema,
  ImageRenditionSchema,
  SectionLinkSchema,
  TranslationSchema,
} from "./publishing.js";
export { AudienceSchema, QuoteModeSchema, QuoteSchema } from "./quote.js";
export {
  AnchorSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  DurationSchema,
  HttpUrlSchema,
  IdSchema,
  isHttpUrl,
  isLanguageTag,
  isLinkUrl,
  LanguageTagSchema,
  LinkUrlSchema,
  RefSchema,
  TextSchema,
} from "./strings.js";
export {
  MAX_COL_SPAN,
  MAX_ROW_SPAN,
  TableCellSchema,
  TableRowSchema,
  TableSchema,
} from "./table.js";
export { TimeRefSchema } from "./time-ref.js";
