export type {
  ClaimEntry,
  ClaimParty,
  QuoteEntry,
  SpeakerQuotes,
  StanceGroup,
} from "./appendix.js";
export { claimAppendix, quoteAppendix } from "./appendix.js";
export type {
  ArticleHead,
  ArticleHeadAlternate,
  ArticleHeadImage,
  ArticleHeadOptions,
  ArticleHeadRobots,
  HeadSite,
  RobotsOptions,
} from "./article-head.js";
export {
  absoluteUrl,
  articleHead,
  authorProfileUrl,
  canonicalUrl,
  documentTitle,
  MAX_TITLE_LENGTH,
  MAX_TWITTER_DESCRIPTION,
  MAX_TWITTER_TITLE,
  ogLocale,
  xHandle,
} from "./article-head.js";
export { checkRobotsOption } from "./check-robots-option.js";
export type { ClassNameKey, ClassNames, ClassNameTable } from "./class-names.js";
export { CLASS_NAMES, classNames } from "./class-names.js";
export type { ArticleIndex, StanceOnClaim } from "./create-index.js";
export { createIndex } from "./create-index.js";
export type {
  AnyCustomBlock,
  BaseHandler,
  BuiltInHandlers,
  Container,
  Containers,
  ContextOf,
  CustomFallback,
  CustomHandlers,
  Handler,
  HandlerOverrides,
  Handlers,
  HandlersOf,
  Parent,
  RenderContext,
  RenderCore,
  Renderer,
  RendererDefinition,
  RendererDefinitionBase,
  RendererExtension,
  RenderOptions,
} from "./define-renderer.js";
export {
  defineRenderCore,
  defineRenderer,
  isStringOutput,
  NODE_TYPE_NAMES,
  withStream,
} from "./define-renderer.js";
export type { EmbedFrame } from "./embed-frame.js";
export {
  checkEmbedsOption,
  EMBED_FRAME_WIDTH,
  EMBED_SANDBOX,
  embedFrame,
} from "./embed-frame.js";
export { entityHref } from "./entity-href.js";
export type { DateKind, FormatDate } from "./format-date.js";
export {
  callFormatDate,
  checkFormatDateOption,
  formatDateEnglish,
  MONTH_NAMES,
} from "./format-date.js";
export { formatDuration } from "./format-duration.js";
export { EMPTY_HEADING_ANCHOR, headingAnchors } from "./heading-anchors.js";
export { headingSlug } from "./heading-slug.js";
export type { Labels, LabelsOption } from "./labels.js";
export { DEFAULT_LABELS, QUOTE_MODE_LABELS, resolveLabels, STANCE_LABELS } from "./labels.js";
export type { MentionsOption } from "./mentions-option.js";
export { checkMentionsOption } from "./mentions-option.js";
export type { NodeNumber, NodeNumbering } from "./number-nodes.js";
export { idToken, numberNodes } from "./number-nodes.js";
export type { ChunkSink } from "./pipe-chunks.js";
export { pipeChunks } from "./pipe-chunks.js";
export type { TextWalkHooks } from "./plain-text.js";
export { ownText, plainText, walkText } from "./plain-text.js";
export type { DatePart, EntityPart, PresentationPart, TextPart } from "./presentation.js";
export {
  attributionParts,
  bylineParts,
  datelineParts,
  PART_SEPARATOR,
  partsText,
  quoteDetailParts,
  sameInstant,
} from "./presentation.js";
export {
  QUOTATION_MARKS,
  quoteSpanWords,
  quoteWordsKey,
  spanMatchesQuote,
} from "./quote-span-words.js";
export { readableStreamOf } from "./readable-stream-of.js";
export type { NewsdocRenderErrorCode } from "./render-error.js";
export { isNewsdocRenderError, NewsdocRenderError } from "./render-error.js";
export type {
  ArticlePart,
  ArticleParts,
  Finisher,
  FlowParts,
  PartsContainer,
} from "./render-parts.js";
export { articleFromParts, flowFromParts } from "./render-parts.js";
export { SAFE_URL_SCHEMES, safeUrl } from "./safe-url.js";
export type { SrcsetCandidate } from "./srcset.js";
export { SRCSET_SIZES, srcsetCandidates, srcsetValue } from "./srcset.js";
export {
  MAX_TABLE_SLOTS,
  type TableGrid,
  type TableShapeProblem,
  tableGrid,
  tableHeadRows,
} from "./table-grid.js";
export type { TableOfContentsOptions, TocEntry } from "./table-of-contents.js";
export { tableOfContents } from "./table-of-contents.js";
export { truncateAtWord } from "./truncate-at-word.js";
