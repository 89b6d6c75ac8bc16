import type { Article } from "../model/article.js";
import { EMBED_PROVIDERS, type EmbedProvider, isProviderUrl } from "../model/embed.js";
import { visitByType } from "../model/visit.js";
import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/**
 * Embeds' meaning: an `embedUrl` is `https` (`insecure_embed`: an iframe
 * never loads a page in the clear), and where a `provider` is named, `url`
 * and `embedUrl` are on its hosts (`embed_provider_mismatch`), so that
 * allowing YouTube's iframes never loads another site.
 */
export function checkEmbeds(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  visitByType(article, {
    embed(node, at) {
      const path = at.path();
      if (node.embedUrl !== undefined && !node.embedUrl.startsWith("https://")) {
        issues.push(
          issue(
            "insecure_embed",
            [...path, "embedUrl"],
            `The embed URL ${quoteText(node.embedUrl)} is not https: an iframe loads only https pages. Use the provider's https address.`,
            { url: node.embedUrl },
          ),
        );
      }
      const provider = node.provider as EmbedProvider | undefined;
      if (provider === undefined) return;
      const info = EMBED_PROVIDERS[provider];
      for (const field of ["url", "embedUrl"] as const) {
        const url = node[field];
        if (url === undefined || isProviderUrl(provider, url)) continue;
        issues.push(
          issue(
            "embed_provider_mismatch",
            [...path, field],
            `${quoteText(url)} is not a ${info.name} address (${info.hosts.join(", ")}): correct the URL, name the right provider, or leave "provider" out to show only a link card.`,
            { provider, url, hosts: [...info.hosts] },
          ),
        );
      }
    },
  });
  return issues;
}
