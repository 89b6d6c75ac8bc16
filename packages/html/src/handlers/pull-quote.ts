import type { HtmlHandler } from "../context.js";
import { escapeText } from "../escape.js";
import { tag } from "../tag.js";

const asideTag = tag("aside", ["class", "role", "aria-hidden", "data-quote", "data-speaker"]);
const p = tag("p");
const attribution = tag("p", ["class"]);

/**
 * `<aside class="nd-pull-quote" role="presentation" aria-hidden="true" data-quote>`:
 * the quote's words (from `article.quotes`, never written twice) and the
 * speaker. Hidden from screen readers, which hear the words where the body
 * reports them (lint's `pull-quote-not-in-body` warns when it does not);
 * `role="presentation"` keeps it out of the page's landmarks.
 */
export const pullQuote: HtmlHandler<"pullQuote"> = (node, ctx) => {
  const { cls } = ctx.state;
  const quote = ctx.lookup.requireQuote(node.quote);
  const speaker = ctx.lookup.requireEntity(quote.speaker);
  return asideTag(cls.pullQuote, "presentation", "true", quote.id, quote.speaker, [
    p(escapeText(quote.text)),
    attribution(cls.attribution, escapeText(`— ${speaker.name}`)),
  ]);
};
