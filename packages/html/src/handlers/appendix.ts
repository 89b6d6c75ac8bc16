import { claimAppendix, type QuoteEntry, quoteAppendix, quoteDetailParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { entityElement } from "../entity-element.js";
import { escAttr, escText } from "../escape.js";
import { partsMarkup } from "../parts-markup.js";

function quoteWords(entry: QuoteEntry): string {
  const words = escText(entry.quote.text);
  // Reported speech is not the speaker's words: no quotation marks for it.
  return entry.quote.mode === "indirect" ? words : `<q>${words}</q>`;
}

function quoteMeta(entry: QuoteEntry, ctx: HtmlContext): string {
  const details = partsMarkup(quoteDetailParts(entry.quote, ctx.lookup, ctx.state.labels), ctx);
  return `<span class="${ctx.state.cls.quoteMeta}">${details}</span>`;
}

/** The "Who said what" `<aside>`: speakers in order of first quote, each with their quotes. */
export function quotesAppendix(ctx: HtmlContext): string {
  const groups = quoteAppendix(ctx.article, ctx.lookup);
  if (groups.length === 0) return "";
  const { cls, labels } = ctx.state;
  let out = `<aside class="${cls.appendix} ${cls.quotes}" aria-label="${escAttr(labels.quotes)}"><h2>${escText(labels.quotes)}</h2><dl>`;
  for (const { speaker, quotes } of groups) {
    out += `<dt>${entityElement(speaker, escText(speaker.name), cls.speaker, ctx)}</dt>`;
    for (const entry of quotes) {
      out += `<dd class="${cls.quoteEntry}" data-quote="${escAttr(entry.quote.id)}" data-mode="${escAttr(entry.quote.mode)}">${quoteWords(entry)} ${quoteMeta(entry, ctx)}</dd>`;
    }
  }
  return `${out}</dl></aside>`;
}

/** The claims `<aside>`: one table per claim, a row per stance kind. */
export function claimsAppendix(ctx: HtmlContext): string {
  const { cls, labels } = ctx.state;
  const entries = claimAppendix(ctx.article, ctx.lookup, labels);
  if (entries.length === 0) return "";
  let out = `<aside class="${cls.appendix} ${cls.claims}" aria-label="${escAttr(labels.claims)}"><h2>${escText(labels.claims)}</h2>`;
  for (const { claim, stances } of entries) {
    out += `<table class="${cls.claim}" data-claim="${escAttr(claim.id)}"><caption>${escText(claim.statement)}</caption>`;
    if (stances.length > 0) {
      out += `<thead><tr><th scope="col">${escText(labels.stance)}</th><th scope="col">${escText(labels.parties)}</th></tr></thead><tbody>`;
      for (const group of stances) {
        const parties = group.parties.map(({ entity, quote }) => {
          const who = entityElement(entity, escText(entity.name), cls.speaker, ctx);
          if (quote === undefined) return who;
          const words = escText(quote.text);
          return quote.mode === "indirect" ? `${who} (${words})` : `${who}: <q>${words}</q>`;
        });
        out += `<tr data-stance="${escAttr(group.stance)}"><th scope="row">${escText(group.label)}</th><td>${parties.join("; ")}</td></tr>`;
      }
      out += "</tbody>";
    }
    out += "</table>";
  }
  return `${out}</aside>`;
}
