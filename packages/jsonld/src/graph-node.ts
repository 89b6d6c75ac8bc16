import type {
  AudioObjectLeaf,
  BreadcrumbListLeaf,
  ClaimLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  Graph,
  ImageObjectLeaf,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
  SocialMediaPostingLeaf,
  VideoObjectLeaf,
  WebPageLeaf,
  WebSiteLeaf,
} from "schema-dts";

/**
 * A node `toJsonLd` builds, as its `schema-dts` type: the builders are
 * checked against schema.org's vocabulary at compile time. Internal:
 * published declarations use the structural types of `types.ts`, because
 * schema-dts's own declarations fail to compile for CommonJS consumers
 * under `node16` resolution with `skipLibCheck: false` (TS1541).
 */
export type GraphNode =
  | NewsArticleLeaf
  | ImageObjectLeaf
  | PersonLeaf
  | OrganizationLeaf
  | PlaceLeaf
  | EventLeaf
  | CreativeWorkLeaf
  | QuotationLeaf
  | ClaimLeaf
  | WebPageLeaf
  | WebSiteLeaf
  | BreadcrumbListLeaf
  | NewsMediaOrganizationLeaf
  | VideoObjectLeaf
  | AudioObjectLeaf
  | SocialMediaPostingLeaf;

/** The graph as the builders type it; `toJsonLd` returns it as {@link JsonLdGraph}. */
export interface BuiltGraph extends Graph {
  "@context": "https://schema.org";
  "@graph": GraphNode[];
}
