export type { Article } from "./article.js";
export { NEWSDOC_VERSION } from "./article.js";
export type {
  Block,
  Blockquote,
  Figure,
  Heading,
  List,
  ListItem,
  Paragraph,
  Rule,
} from "./block.js";
export type { Claim, ClaimId, Stance, StanceKind } from "./claim.js";
export { STANCE_KINDS } from "./claim.js";
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
export type { ElementNode, Node, NodeType, NodeTypes } from "./node.js";
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
export type { TimeRef } from "./time-ref.js";
