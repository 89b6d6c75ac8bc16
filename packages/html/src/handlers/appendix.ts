import { claimAppendix, type QuoteEntry, quoteAppendix, quoteDetailParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { elementSpec } from "../element-spec.js";
import { entityElement } from "../entity-element.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";
import { html } from "../html-template.js";
import { partsMarkup } from "../parts-markup.js";

const aside = elementSpec("aside", ["class", "aria-label"]);
const dd = elementSpec("dd", ["class", "data-quote", "data-mode"]);
const span = elementSpec("span", ["class"]);
const table = elementSpec("table", ["class", "data-claim"]);
const tr = elementSpec("tr", ["data-stance"]);
const EMPTY = html``;

function quoteWords(entry: QuoteEntry): Html {
  const words = escText(entry.quote.text);
  // Reported speech is not the speaker's words: no quotation marks for it.
  return entry.quote.mode === "indirect" ? words : html`<q>${words}</q>`;
}

/** The "Who said what" `<aside>`: speakers in order of first quote, each with their quotes. */
export function quotesAppendix(ctx: HtmlContext): Html {
  const groups = quoteAppendix(ctx.article, ctx.lookup);
  if (groups.length === 0) return EMPTY;
  const { cls, labels } = ctx.state;
  const items: Html[] = [];
  for (const { speaker, quotes } of groups) {
    items.push(html`<dt>${entityElement(speaker, escText(speaker.name), cls.speaker, ctx)}</dt>`);
    for (const entry of quotes) {
      const details = partsMarkup(quoteDetailParts(entry.quote, ctx.lookup, labels), ctx);
      items.push(
        dd(
          { class: cls.quoteEntry, "data-quote": entry.quote.id, "data-mode": entry.quote.mode },
          html`${quoteWords(entry)} ${span({ class: cls.quoteMeta }, details)}`,
        ),
      );
    }
  }
  return aside(
    { class: `${cls.appendix} ${cls.quotes}`, "aria-label": labels.quotes },
    html`<h2>${escText(labels.quotes)}</h2><dl>${items}</dl>`,
  );
}

/** The claims `<aside>`: one table per claim, a row per stance kind. */
export function claimsAppendix(ctx: HtmlContext): Html {
  const { cls, labels } = ctx.state;
  const entries = claimAppendix(ctx.article, ctx.lookup, labels);
  if (entries.length === 0) return EMPTY;
  const tables = entries.map(({ claim, stances }) => {
    let rows = EMPTY;
    if (stances.length > 0) {
      const body = stances.map((group) => {
        const parties: Html[] = [];
        group.parties.forEach(({ entity, quote }, i) => {
          if (i > 0) parties.push(html`; `);
          const who = entityElement(entity, escText(entity.name), cls.speaker, ctx);
          if (quote === undefined) parties.push(who);
          else {
            const words = escText(quote.text);
            parties.push(
              quote.mode === "indirect" ? html`${who} (${words})` : html`${who}: <q>${words}</q>`,
            );
          }
        });
        return tr(
          { "data-stance": group.stance },
          html`<th scope="row">${escText(group.label)}</th><td>${parties}</td>`,
        );
      });
      rows = html`<thead><tr><th scope="col">${escText(labels.stance)}</th><th scope="col">${escText(labels.parties)}</th></tr></thead><tbody>${body}</tbody>`;
    }
    return table(
      { class: cls.claim, "data-claim": claim.id },
      html`<caption>${escText(claim.statement)}</caption>${rows}`,
    );
  });
  return aside(
    { class: `${cls.appendix} ${cls.claims}`, "aria-label": labels.claims },
    html`<h2>${escText(labels.claims)}</h2>${tables}`,
  );
}
