/**
 * A JSON-LD value as `toJsonLd` writes it: text, a number, a boolean, an
 * object (a nested node such as a `PropertyValue`, or a reference
 * `{ "@id": … }`) or a list of values.
 */
export type JsonLdValue = string | number | boolean | JsonLdObject | readonly JsonLdValue[];

/** A JSON-LD object: its keys are schema.org properties and JSON-LD keywords (`@type`, `@id`). */
export interface JsonLdObject {
  readonly [property: string]: JsonLdValue | undefined;
}

/** The schema.org types of the nodes `toJsonLd` puts in the graph. */
export type JsonLdNodeType =
  | "NewsArticle"
  | "ImageObject"
  | "Person"
  | "Organization"
  | "NewsMediaOrganization"
  | "Place"
  | "Event"
  | "CreativeWork"
  | "Quotation"
  | "Claim"
  | "WebPage"
  | "WebSite"
  | "BreadcrumbList"
  | "VideoObject"
  | "AudioObject"
  | "SocialMediaPosting";

/**
 * A node of the graph: its schema.org `@type`, its `@id` (an absolute URL
 * with a fragment, or a blank-node id `_:…` when the article has no URL and
 * no `idBase` is given) and its properties.
 */
export interface JsonLdNode extends JsonLdObject {
  readonly "@type": JsonLdNodeType;
  readonly "@id": string;
}

/**
 * What `toJsonLd` returns: a schema.org JSON-LD document with one
 * `@graph`, the `NewsArticle` first. Plain JSON types, so the declarations
 * compile for every consumer; the builders behind it are typed with
 * `schema-dts`, and a type test proves the result is assignable to
 * `schema-dts`'s `Graph` — cast to it (`graph as unknown as Graph`) for
 * schema.org's property types.
 */
export interface JsonLdGraph {
  readonly "@context": "https://schema.org";
  readonly "@graph": JsonLdNode[];
}
