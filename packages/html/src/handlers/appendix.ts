import { claimAppendix, type QuoteEntry, quoteAppendix, quoteDetailParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { joinContent } from "../element.js";
import { entityElement } from "../entity-element.js";
import { escapeText, escText } from "../escape.js";
import type { Html } from "../html.js";
import { partsMarkup } from "../parts-markup.js";
import { tag } from "../tag.js";

const aside = tag("aside", ["class", "aria-label"]);
const h2 = tag("h2");
const dl = tag("dl");
const dt = tag("dt");
const dd = tag("dd", ["class", "data-quote", "data-mode"]);
const q = tag("q");
const span = tag("span", ["class"]);
const table = tag("table", ["class", "data-claim"]);
const caption = tag("caption");
const thead = tag("thead");
const tbody = tag("tbody");
const tr = tag("tr");
const trStance = tag("tr", ["data-stance"]);
const th = tag("th", ["scope"]);
const td = tag("td");
const NOTHING = escapeText("");
const SPACE = escapeText(" ");
const COLON = escapeText(": ");
const OPEN = escapeText(" (");
const CLOSE = escapeText(")");
const SEPARATOR = escapeText("; ");

function quoteWords(entry: QuoteEntry): Html {
  const words = escText(entry.quote.text);
  // Reported speech is not the speaker's words: no quotation marks for it.
  return entry.quote.mode === "indirect" ? words : q(words);
}

function quoteMeta(entry: QuoteEntry, ctx: HtmlContext): Html {
  const details = partsMarkup(quoteDetailParts(entry.quote, ctx.lookup, ctx.state.labels), ctx);
  return span(ctx.state.cls.quoteMeta, details);
}

/** The "Who said what" `<aside>`: speakers in order of first quote, each with their quotes. */
export function quotesAppendix(ctx: HtmlContext): Html {
  const groups = quoteAppendix(ctx.article, ctx.lookup);
  if (groups.length === 0) return NOTHING;
  const { cls, labels } = ctx.state;
  const items: Html[] = [];
  for (const { speaker, quotes } of groups) {
    items.push(dt(entityElement(speaker, escText(speaker.name), cls.speaker, ctx)));
    for (const entry of quotes) {
      items.push(
        dd(cls.quoteEntry, entry.quote.id, entry.quote.mode, [
          quoteWords(entry),
          SPACE,
          quoteMeta(entry, ctx),
        ]),
      );
    }
  }
  return aside(`${cls.appendix} ${cls.quotes}`, labels.quotes, [
    h2(escText(labels.quotes)),
    dl(items),
  ]);
}

/** The claims `<aside>`: one table per claim, a row per stance kind. */
export function claimsAppendix(ctx: HtmlContext): Html {
  const { cls, labels } = ctx.state;
  const entries = claimAppendix(ctx.article, ctx.lookup, labels);
  if (entries.length === 0) return NOTHING;
  const tables = entries.map(({ claim, stances }) => {
    const rows = stances.map((group) => {
      const parties: Html[] = [];
      for (const { entity, quote } of group.parties) {
        if (parties.length > 0) parties.push(SEPARATOR);
        const who = entityElement(entity, escText(entity.name), cls.speaker, ctx);
        if (quote === undefined) parties.push(who);
        else {
          const words = escText(quote.text);
          parties.push(
            quote.mode === "indirect"
              ? joinContent([who, OPEN, words, CLOSE])
              : joinContent([who, COLON, q(words)]),
          );
        }
      }
      return trStance(group.stance, [th("row", escText(group.label)), td(parties)]);
    });
    return table(cls.claim, claim.id, [
      caption(escText(claim.statement)),
      stances.length === 0
        ? undefined
        : [
            thead(tr([th("col", escText(labels.stance)), th("col", escText(labels.parties))])),
            tbody(rows),
          ],
    ]);
  });
  return aside(`${cls.appendix} ${cls.claims}`, labels.claims, [
    h2(escText(labels.claims)),
    tables,
  ]);
}
