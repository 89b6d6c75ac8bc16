import type { Article } from "@newsdoc/core/kit";
import type {
  BreadcrumbListLeaf,
  ImageObjectLeaf,
  NewsMediaOrganizationLeaf,
  WebPageLeaf,
  WebSiteLeaf,
} from "schema-dts";
import { put, texts } from "./put.js";
import { PUBLISHER_POLICIES, type Site, siteBase, siteIds } from "./site.js";

/**
 * The site's publisher: a `NewsMediaOrganization` at `<site>#publisher`
 * with its logo (an `ImageObject` at `<site>#logo`, with its size), its
 * `sameAs` profiles and every policy page the site names.
 */
export function publisherNode(site: Site): NewsMediaOrganizationLeaf {
  const ids = siteIds(site);
  const publisher = site.publisher ?? {};
  const node: NewsMediaOrganizationLeaf = {
    "@type": "NewsMediaOrganization",
    "@id": ids.publisher,
    name: publisher.name ?? site.name,
    url: publisher.url ?? site.url,
  };
  if (site.logo) {
    const logo: ImageObjectLeaf = {
      "@type": "ImageObject",
      "@id": ids.logo,
      url: site.logo.url,
      contentUrl: site.logo.url,
      width: { "@type": "QuantitativeValue", value: site.logo.width, unitCode: "E37" },
      height: { "@type": "QuantitativeValue", value: site.logo.height, unitCode: "E37" },
      caption: publisher.name ?? site.name,
    };
    node.logo = logo;
  }
  put(node, "sameAs", texts(publisher.sameAs));
  for (const policy of PUBLISHER_POLICIES) {
    const value = publisher[policy];
    if (value !== undefined) (node as unknown as Record<string, unknown>)[policy] = value;
  }
  return node;
}

/** The `WebSite` at `<site>#website`, published by the site's publisher. */
export function webSiteNode(site: Site): WebSiteLeaf {
  const ids = siteIds(site);
  const node: WebSiteLeaf = {
    "@type": "WebSite",
    "@id": ids.website,
    url: siteBase(site),
    name: site.name,
  };
  put(node, "inLanguage", site.language);
  node.publisher = { "@id": ids.publisher };
  return node;
}

/** The `@id`s of the page's own nodes. */
export interface PageIds {
  page: string;
  breadcrumb: string;
  image: string | undefined;
}

/**
 * The `WebPage` whose main entity the article is: its URL as `@id`, part of
 * the `WebSite`, with its breadcrumb and primary image.
 */
export function webPageNode(article: Article, url: string, site: Site, ids: PageIds): WebPageLeaf {
  const node: WebPageLeaf = { "@type": "WebPage", "@id": ids.page, url, name: article.headline };
  put(node, "description", article.description);
  put(node, "inLanguage", article.language);
  node.isPartOf = { "@id": siteIds(site).website };
  node.breadcrumb = { "@id": ids.breadcrumb };
  if (ids.image !== undefined) node.primaryImageOfPage = { "@id": ids.image };
  put(node, "datePublished", article.datePublished);
  put(node, "dateModified", article.dateModified);
  return node;
}

/**
 * The `BreadcrumbList`: the home page, each section of `article.sectionPath`
 * (outermost first), then the article's page.
 */
export function breadcrumbNode(
  article: Article,
  url: string,
  site: Site,
  id: string,
): BreadcrumbListLeaf {
  const steps: { name: string; item: string }[] = [{ name: site.name, item: siteBase(site) }];
  for (const section of article.sectionPath ?? [])
    steps.push({ name: section.name, item: section.url });
  steps.push({ name: article.headline, item: url });
  return {
    "@type": "BreadcrumbList",
    "@id": id,
    itemListElement: steps.map((step, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: step.name,
      // A page, not a bare string: schema.org's range of `item` is Thing,
      // and Google reads the page's URL from its `@id`.
      item: { "@type": "WebPage", "@id": step.item },
    })),
  };
}
