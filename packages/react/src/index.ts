export type {
  ClassNameKey,
  ClassNames,
  ClassNameTable,
  Labels,
  LabelsOption,
} from "@newsdoc/core/kit";
export { CLASS_NAMES, classNames, DEFAULT_LABELS } from "@newsdoc/core/kit";
export type { ArticleJsonLdProps } from "./article-json-ld.js";
export { ArticleJsonLd } from "./article-json-ld.js";
export type {
  ArticleMetadata,
  ArticleMetadataOptions,
  MetadataImage,
  MetadataRobots,
} from "./article-metadata.js";
export { articleMetadata, DEFAULT_ROBOTS } from "./article-metadata.js";
export type { AppendixProps } from "./components/appendix.js";
export { ClaimsAppendix, QuotesAppendix } from "./components/appendix.js";
export type { EntityNameProps } from "./components/entity-name.js";
export { EntityName } from "./components/entity-name.js";
export type { ImageFigureProps } from "./components/figure.js";
export { ImageFigure } from "./components/figure.js";
export type { ArticleHeaderProps } from "./components/header.js";
export { ArticleHeader } from "./components/header.js";
export type { PartsProps } from "./components/parts.js";
export { Parts } from "./components/parts.js";
export type { PublishingProps } from "./components/publishing.js";
export { Backstory, Corrections } from "./components/publishing.js";
export type {
  ArticleRender,
  BuiltInComponents,
  ComponentOverrides,
  Components,
  NodeComponent,
  NodeContext,
  NodeParent,
  NodeProps,
  OverrideComponent,
  OverrideProps,
} from "./context.js";
export { MAX_NESTING } from "./create-render.js";
export { DEFAULT_COMPONENTS } from "./default-components.js";
export type { NewsArticleProps } from "./news-article.js";
export { NewsArticle } from "./news-article.js";
export type { AppendixKind, NewsArticleLabels, NewsArticleOptions } from "./options.js";
export { DEFAULT_OPTIONS } from "./options.js";
