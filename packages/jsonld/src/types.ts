import type {
  ClaimLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  Graph,
  ImageObjectLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
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
  | ClaimLeaf;

/**
 * What `toJsonLd` returns: a schema.org JSON-LD document with one
 * `@graph`, the `NewsArticle` first. Assignable to `schema-dts`'s `Graph`.
 */
export interface JsonLdGraph extends Graph {
  "@context": "https://schema.org";
  "@graph": JsonLdNode[];
}
