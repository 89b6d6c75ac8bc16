import type { HtmlHandler } from "../context.js";

/**
 * `<aside class="nd-pull-quote" role="presentation" aria-hidden="true" data-quote>`:
 * the quote's words (from `article.quotes`, never written twice) and the
 * speaker. Hidden from screen readers, which hear the words where the body
 * reports them (lint's `pull-quote-not-in-body` warns when it does not);
 * `role="presentation"` keeps it out of the page's landmarks.
 */
export const pullQuote: HtmlHandler<"pullQuote"> = (node, ctx) => {
  const { element, escapeText } = ctx.helpers;
  const { cls } = ctx.state;
  const quote = ctx.lookup.requireQuote(node.quote);
  const speaker = ctx.lookup.requireEntity(quote.speaker);
  return element(
    "aside",
    {
      class: cls.pullQuote,
      role: "presentation",
      "aria-hidden": "true",
      "data-quote": quote.id,
      "data-speaker": quote.speaker,
    },
    [
      element("p", null, escapeText(quote.text)),
      element("p", { class: cls.attribution }, escapeText(`— ${speaker.name}`)),
    ],
  );
};
