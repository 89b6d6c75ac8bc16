import type {
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
  WebPageLeaf,
  WebSiteLeaf,
} from "schema-dts";

/** A node `toJsonLd` puts in the graph, as its `schema-dts` type. */
export type JsonLdNode =
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
  | NewsMediaOrganizationLeaf;

/**
 * What `toJsonLd` returns: a schema.org JSON-LD document with one
 * `@graph`, the `NewsArticle` first. Assignable to `schema-dts`'s `Graph`.
 */
export interface JsonLdGraph extends Graph {
  "@context": "https://schema.org";
  "@graph": JsonLdNode[];
}
