import { htmlRenderer } from "@newsdoc/html";

/** Where a topic page lives: `/topics/<entity id>`, the id percent-encoded. */
export const topicPath = (entityId: string): string => `/topics/${encodeURIComponent(entityId)}`;

/**
 * The built-in HTML renderer with one handler replaced: every mention links
 * to the site's own topic page, `/topics/<entity id>`. The new handler wraps
 * the default one (`base`), so the mention keeps its class and
 * `data-entity`; only the link is new. The default's own links (to the
 * entity's `url` or `sameAs`) are turned off with `mentions: "text"`, since
 * a link cannot hold a link. Everything else is the stock renderer.
 *
 * @example
 * ```ts
 * import { article } from "@newsdoc/core/example";
 * topicLinks.render(article);
 * // … <a href="/topics/peskov"><span class="nd-mention" data-entity="peskov">Peskov</span></a> …
 * ```
 */
export const topicLinks = htmlRenderer.extend({
  name: "html-topic-links",
  defaults: { mentions: "text" },
  handlers: {
    mention: (node, ctx, base) =>
      ctx.helpers.element("a", { href: topicPath(node.entity) }, base(node, ctx)),
  },
});
