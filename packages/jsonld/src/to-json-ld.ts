import type { Article } from "@newsdoc/core/kit";
import type { IdReference } from "schema-dts";
import { bodyFacts } from "./body-text.js";
import { claimNode } from "./claim-node.js";
import { entityNode } from "./entity-node.js";
import { createGraphContext, entitySlots, requireSlot } from "./graph-context.js";
import type { BuiltGraph, GraphNode } from "./graph-node.js";
import { imageNode } from "./image-node.js";
import { audioNode, embedNode, videoNode } from "./media-node.js";
import { newsArticleNode } from "./news-article-node.js";
import { createNodeIds, idBaseOf } from "./node-ids.js";
import { resolveOptions, type ToJsonLdOptions } from "./options.js";
import { quotationNode } from "./quotation-node.js";
import { renditionNode } from "./rendition-node.js";
import { authorProfileUrl, siteIds } from "./site.js";
import { breadcrumbNode, publisherNode, webPageNode, webSiteNode } from "./site-nodes.js";
import type { JsonLdGraph } from "./types.js";

/**
 * Renders an article as a schema.org JSON-LD graph: a `NewsArticle` (first),
 * its `ImageObject`s, one node per entity it references (authors,
 * publisher, mentions, speakers, credits, and what those link to), then
 * `Quotation`s and `Claim`s, all linked by `@id`. Empty values are left
 * out, never invented; the same article gives the same object, key order
 * included.
 *
 * The article is trusted to be valid (run `parseArticle` on data you did
 * not build); a reference to a missing entity is a `NewsdocRenderError`.
 * To put the result in HTML, use {@link jsonLdScript} — never a bare
 * `JSON.stringify` inside a `<script>`.
 *
 * @example
 * ```ts
 * import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
 *
 * const graph = toJsonLd(article, { articleBody: true });
 * graph["@graph"][0]; // { "@type": "NewsArticle", "@id": "https://example.com/news/1#article", … }
 * const html = jsonLdScript(graph); // <script type="application/ld+json">…</script>
 * ```
 */
export function toJsonLd(article: Article, options?: ToJsonLdOptions): JsonLdGraph {
  const opts = resolveOptions(options);
  if (article === null || typeof article !== "object") {
    throw new TypeError(
      "toJsonLd(article): article must be a newsdoc Article object; validate it with parseArticle().",
    );
  }
  // One walk of the body: its text, the mentions in order, the figures.
  const body = bodyFacts(article, opts.articleBody);
  const site = opts.site;
  const slots = entitySlots(article);
  // Site-wide ids: the publisher is the site's node (emitted once, below,
  // instead of the article's entity); an author with a profile page is
  // `<profile>#person` on every page.
  const fixed: Record<string, string> = { ...opts.entityIds };
  const external = new Set(Object.keys(opts.entityIds));
  const profiles = new Map<string, string>();
  if (site !== undefined) {
    if (article.publisher !== undefined && !external.has(article.publisher)) {
      fixed[article.publisher] = siteIds(site).publisher;
      external.add(article.publisher);
    }
    for (const id of article.authors) {
      if (external.has(id)) continue;
      const { entity } = requireSlot(slots, id);
      const profile = authorProfileUrl(site, id) ?? entity.url;
      if (entity.type !== "Person" || profile === undefined) continue;
      profiles.set(id, profile);
      fixed[id] = `${profile.split("#")[0]}#person`;
    }
  }
  const url = article.url === undefined ? undefined : idBaseOf(article.url);
  const ids = createNodeIds(opts.idBase ?? url, fixed);
  const ctx = createGraphContext(article, slots, ids, { ...opts, external, profiles });

  const images: GraphNode[] = [];
  const imageList: IdReference[] = [];
  let fileless: IdReference | undefined;
  let thumbnail: { url: string; pixels: number } | undefined;
  const lead = article.image;
  if (lead) {
    images.push(imageNode(lead, ids.image, body.leadCaption, ctx));
    // Only an image with a file can be the article's `image`; one without
    // stays described, as associated media.
    if (lead.url !== undefined) {
      imageList.push({ "@id": ids.image });
      if (lead.width !== undefined && lead.height !== undefined) {
        thumbnail = { url: lead.url, pixels: lead.width * lead.height };
      }
    } else fileless = { "@id": ids.image };
    lead.renditions?.forEach((rendition, i) => {
      const id = ids.rendition(i + 1);
      images.push(renditionNode(rendition, id, ids.image));
      imageList.push({ "@id": id });
      const pixels = rendition.width * rendition.height;
      if (thumbnail === undefined || pixels < thumbnail.pixels) {
        thumbnail = { url: rendition.url, pixels };
      }
    });
    if (thumbnail === undefined && lead.url !== undefined) thumbnail = { url: lead.url, pixels: 0 };
  }
  const figures: IdReference[] = [];
  for (let i = 0; i < body.figures.length; i++) {
    const figure = body.figures[i]!;
    const id = ids.figure(i + 1);
    images.push(imageNode(figure.image, id, figure.caption, ctx));
    figures.push({ "@id": id });
  }
  const videos: IdReference[] = [];
  const audios: IdReference[] = [];
  const posts: IdReference[] = [];
  const count = { video: 0, audio: 0, embed: 0 };
  for (const item of body.media) {
    const id = ids.media(item.type, ++count[item.type]);
    const node =
      item.type === "video"
        ? videoNode(item, id)
        : item.type === "audio"
          ? audioNode(item, id)
          : embedNode(item, id);
    if (node === undefined) continue;
    images.push(node);
    (node["@type"] === "AudioObject"
      ? audios
      : node["@type"] === "VideoObject"
        ? videos
        : posts
    ).push({ "@id": id });
  }
  const page = site !== undefined && url !== undefined ? url : undefined;
  const articleNode = newsArticleNode(
    {
      text: body.text,
      words: body.words,
      mentions: body.mentions,
      figures,
      videos,
      audios,
      posts,
      notices: body.notices,
      images: imageList,
      fileless,
      thumbnailUrl: thumbnail?.url,
      page,
      sitePublisher:
        site !== undefined && article.publisher === undefined ? siteIds(site).publisher : undefined,
    },
    ctx,
  );

  const rest: GraphNode[] = [];
  if (opts.quotes) {
    const modes = opts.quoteModes;
    const seen = new Set<string>();
    for (const quote of article.quotes) {
      // A repeated id (which parseArticle rejects) keeps its first node.
      if (!modes.includes(quote.mode) || seen.has(quote.id)) continue;
      seen.add(quote.id);
      rest.push(quotationNode(quote, ctx));
    }
  }
  if (opts.claims) {
    const seen = new Set<string>();
    for (const claim of article.claims) {
      if (seen.has(claim.id)) continue;
      seen.add(claim.id);
      rest.push(claimNode(claim, ctx));
    }
  }

  // Entity nodes; building one may reference more (affiliation, parent
  // organisation, containing place…), so work through the queue.
  for (let i = 0; i < ctx.pending.length; i++) {
    const entity = ctx.pending[i]!;
    slots.get(entity.id)!.node = entityNode(entity, ctx);
  }

  const graph: GraphNode[] = [articleNode];
  if (site !== undefined) {
    if (page !== undefined) {
      graph.push(
        webPageNode(article, page, site, {
          page,
          breadcrumb: ids.breadcrumb,
          image: imageList[0]?.["@id"],
        }),
        breadcrumbNode(article, page, site, ids.breadcrumb),
      );
    }
    graph.push(webSiteNode(site), publisherNode(site));
  }
  for (let i = 0; i < images.length; i++) graph.push(images[i]!);
  // Registry order, so that the output reads like the article's own list.
  // Every node's `@id` is unique by construction (the kinds and ids are
  // encoded injectively), except that two authors may share a profile page:
  // their `<profile>#person` node is kept once.
  const seen = profiles.size > 1 ? new Set<string>() : undefined;
  for (const slot of slots.values()) {
    const node = slot.node;
    if (node === undefined) continue;
    if (seen !== undefined) {
      if (seen.has(slot.id!)) continue;
      seen.add(slot.id!);
    }
    graph.push(node);
  }
  for (let i = 0; i < rest.length; i++) graph.push(rest[i]!);
  const built: BuiltGraph = { "@context": "https://schema.org", "@graph": graph };
  // The same object, published with plain JSON types (see types.ts for why).
  return built as unknown as JsonLdGraph;
}
