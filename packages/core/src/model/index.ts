export type { Article } from "./article.js";
export { NEWSDOC_VERSION } from "./article.js";
export type {
  Aside,
  Block,
  Blockquote,
  BuiltInBlock,
  CorrectionNotice,
  EditorsNote,
  Figure,
  Heading,
  List,
  ListItem,
  Paragraph,
  PullQuote,
  Rule,
} from "./block.js";
export type { Claim, ClaimId, Stance, StanceKind } from "./claim.js";
export { STANCE_KINDS } from "./claim.js";
export type {
  AnyNodeDefinition,
  CustomBlock,
  CustomBlocks,
  CustomBlockType,
  CustomNodeShape,
  CustomNodeSpec,
  CustomReference,
  NodeDefinition,
  NodeDefinitionInput,
} from "./custom-node.js";
export {
  customNodeDefinition,
  customNodeTypes,
  defineNode,
  isCustomNode,
} from "./custom-node.js";
export { describeNode } from "./describe-node.js";
export { elementSpec } from "./element-spec.js";
export type {
  AspectRatio,
  Embed,
  EmbedKind,
  EmbedProvider,
  EmbedProviderInfo,
} from "./embed.js";
export { EMBED_PROVIDER_IDS, EMBED_PROVIDERS, isProviderUrl } from "./embed.js";
export type {
  CreativeWork,
  Entity,
  EntityBase,
  EntityId,
  EntityType,
  Event,
  Organization,
  Person,
  Place,
} from "./entity.js";
export { ENTITY_TYPES } from "./entity.js";
export type { ReferenceSite } from "./for-each-reference.js";
export { forEachReference } from "./for-each-reference.js";
export type { Credit, Image } from "./image.js";
export type {
  Break,
  Emphasis,
  Inline,
  InlineElement,
  Link,
  Mention,
  QuoteSpan,
  Strong,
  Text,
} from "./inline.js";
export type { Audio, MediaBase, MediaSource, TextTrack, TrackKind, Video } from "./media.js";
export { TRACK_KINDS } from "./media.js";
export type {
  BuiltInElementNode,
  BuiltInNodeType,
  BuiltInNodeTypes,
  ElementNode,
  Node,
  NodeType,
  NodeTypes,
} from "./node.js";
export type {
  AnyChildSlot,
  CategoryOf,
  ChildSlot,
  ContentKind,
  ContentNodes,
  NodeCategory,
  NodeSpec,
  NodeTable,
  ReferenceField,
  Registry,
} from "./node-table.js";
export {
  NODE_TABLE,
  NODE_TYPES,
  ORGANIZATION,
  PERSON_OR_ORGANIZATION,
  PLACE,
} from "./node-table.js";
export { nodeTypeOf } from "./node-type-of.js";
export type {
  Access,
  AccessKind,
  Correction,
  ImageRendition,
  SectionLink,
  Translation,
} from "./publishing.js";
export { ACCESS_KINDS } from "./publishing.js";
export type { Audience, Quote, QuoteId, QuoteMode } from "./quote.js";
export { QUOTE_MODES } from "./quote.js";
export type { RecordTable, RecordTableOf } from "./record-table.js";
export { RECORD_TABLE } from "./record-table.js";
export type { Table, TableCell, TableHeaderScope, TableRow } from "./table.js";
export type { TimeRef } from "./time-ref.js";
export type {
  ParentNode,
  TypedVisitors,
  Visitable,
  Visitor,
  VisitorPair,
  VisitPosition,
  VisitResult,
} from "./visit.js";
export { childrenOf, EXIT, SKIP, visit, visitByType } from "./visit.js";
