import type { PortableTextHtmlComponents } from "@portabletext/to-html";
import { escapeHTML, uriLooksSafe } from "@portabletext/to-html";

type Components = Partial<PortableTextHtmlComponents>;

// Components that make @portabletext/to-html's output match newsdoc's
// structure (mention links, quote spans, figure with credit).
export const portableTextComponents: Components = {
  types: {
    figure: ({ value }) =>
      `<figure class="nd-figure"><figcaption>${escapeHTML(String(value.caption ?? ""))}${value.credit ? ` <span class="nd-credit">${escapeHTML(String(value.credit))}</span>` : ""}</figcaption></figure>`,
    rule: () => "<hr>",
  },
  marks: {
    mention: ({ children, value }) => {
      const entity = escapeHTML(String(value?.entity ?? ""));
      const href =
        typeof value?.href === "string" && uriLooksSafe(value.href)
          ? escapeHTML(value.href)
          : undefined;
      return href
        ? `<a class="nd-mention" href="${href}" data-entity="${entity}">${children}</a>`
        : `<span class="nd-mention" data-entity="${entity}">${children}</span>`;
    },
    quoteSpan: ({ children, value }) =>
      `<span class="nd-quote" data-quote="${escapeHTML(String(value?.quote ?? ""))}" data-speaker="${escapeHTML(String(value?.speaker ?? ""))}">${children}</span>`,
  },
  hardBreak: () => "<br>",
};
