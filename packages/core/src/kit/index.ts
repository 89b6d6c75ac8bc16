export type {
  ClaimEntry,
  ClaimParty,
  QuoteEntry,
  SpeakerQuotes,
  StanceGroup,
} from "./appendix.js";
export { claimAppendix, quoteAppendix } from "./appendix.js";
export type { ArticleHead, ArticleHeadImage, ArticleHeadOptions } from "./article-head.js";
export { absoluteUrl, articleHead, documentTitle, MAX_TITLE_LENGTH } from "./article-head.js";
export type { ArticleIndex, StanceOnClaim } from "./create-index.js";
export { createIndex } from "./create-index.js";
export type {
  BaseHandler,
  Container,
  Containers,
  ContextOf,
  Handler,
  HandlerOverrides,
  Handlers,
  HandlersOf,
  Parent,
  RenderContext,
  Renderer,
  RendererDefinition,
  RendererExtension,
  RenderOptions,
} from "./define-renderer.js";
export { defineRenderer, NODE_TYPE_NAMES } from "./define-renderer.js";
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
export { QUOTE_MODE_LABELS, STANCE_LABELS } from "./labels.js";
export type { MentionsOption } from "./mentions-option.js";
export { checkMentionsOption } from "./mentions-option.js";
export type { NodeNumber, NodeNumbering } from "./number-nodes.js";
export { idToken, numberNodes } from "./number-nodes.js";
export type { TextWalkHooks } from "./plain-text.js";
export { ownText, plainText, walkText } from "./plain-text.js";
export {
  QUOTATION_MARKS,
  quoteSpanWords,
  quoteWordsKey,
  spanMatchesQuote,
} from "./quote-span-words.js";
export type { NewsdocRenderErrorCode } from "./render-error.js";
export { isNewsdocRenderError, NewsdocRenderError } from "./render-error.js";
export { SAFE_URL_SCHEMES, safeUrl } from "./safe-url.js";
export type { TableOfContentsOptions, TocEntry } from "./table-of-contents.js";
export { tableOfContents } from "./table-of-contents.js";
