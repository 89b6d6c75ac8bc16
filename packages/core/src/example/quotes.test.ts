import { article } from "@newsdoc/core/example";
import type { Quote } from "@newsdoc/core/kit";
import { plainText, quoteSpanWords } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { inlineRanges } from "./inline-ranges.js";
import { CAPTION_ONLY_QUOTES } from "./quotes.js";

const paragraphs = article.body.flatMap((block) =>
  block.type === "paragraph" ? [inlineRanges(block.children)] : [],
);
const spans = paragraphs.flatMap(({ text, spans }) =>
  spans.map((span) => ({ ...span, text: text.slice(span.start, span.end) })),
);
const quoteById = new Map(article.quotes.map((quote) => [quote.id, quote]));

/** A quote as one line of a table a reviewer can read against the source. */
const row = (quote: Quote) =>
  [
    quote.id,
    quote.mode,
    quote.speaker,
    quote.verb ?? "-",
    quote.via ?? "-",
    quote.audience
      ? `${quote.audience.text}${quote.audience.entity ? `=${quote.audience.entity}` : ""}`
      : "-",
    quote.when?.text ?? "-",
  ].join(" | ");

describe("quotes of the example article", () => {
  it("records who said what, how, through what, to whom and when", () => {
    expect(article.quotes.map(row)).toEqual([
      "q-muallem-aid-promised | indirect | muallem | said | - | - | on Monday",
      "q-defence-ministry-denies | indirect | defence-ministry | has denied | tass | - | -",
      "q-peskov-would-consider | indirect | peskov | announced | - | - | -",
      "q-peskov-hypothetically | direct | peskov | added | - | - | -",
      "q-white-house-monitoring | indirect | white-house-spokesperson | told | - | press | -",
      "q-government-denies | indirect | russian-government | denied | - | - | -",
      "q-government-equipment-only | indirect | russian-government | insisted | - | - | -",
      "q-peskov-not-on-agenda | indirect | peskov | said | - | - | in August",
      "q-muallem-dismisses | indirect | muallem | dismissed | state-television | - | on Thursday",
      "q-muallem-only-syrian-troops | indirect | muallem | saying | state-television | - | on Thursday",
      "q-muallem-open-to-troops | indirect | muallem | said | - | - | -",
      "q-muallem-if-need-arises | partial | muallem | said | - | - | -",
      "q-gazeta-russian-soldier | indirect | gazeta | said | gazeta-interview | - | on Friday",
      "q-alexey-stationed-in-syria | indirect | alexey-n | says | gazeta-interview | the publication=gazeta | -",
      "q-alexey-sent-to-novorossiysk | indirect | alexey-n | said | gazeta-interview | - | -",
      "q-alexey-warm-climate | partial | alexey-n | - | gazeta-interview | - | -",
      "q-alexey-airbase | indirect | alexey-n | said | gazeta-interview | - | -",
      "q-newsweek-cannot-verify | indirect | newsweek | could not independently verify | - | - | -",
      "q-eastern-military-district-denies | indirect | eastern-military-district | denied | - | - | Shortly after the interview was published",
      "q-defence-spokesperson-astounded | direct | defence-ministry-spokesperson | told | tass | Tass=tass | -",
      "q-defence-spokesperson-movement | direct | defence-ministry-spokesperson | told | tass | Tass=tass | -",
      "q-kerry-talks | indirect | kerry | said | - | - | on Friday",
      "q-kerry-very-shortly | partial | kerry | said | - | - | on Friday",
      "q-kerry-common-ground | direct | kerry | said | - | - | -",
    ]);
  });

  it("has the direct quotations word for word, with their speakers and verbs", () => {
    const direct = article.quotes
      .filter((quote) => quote.mode === "direct")
      .map(({ speaker, verb, text }) => ({ speaker, verb, text }));
    expect(direct).toEqual([
      {
        speaker: "peskov",
        verb: "added",
        text: "Until this [happens] however it is difficult to discuss things hypothetically",
      },
      {
        speaker: "defence-ministry-spokesperson",
        verb: "told",
        text: "The Eastern Military District is astounded by the attempts of correspondents of online publications to conflate the daily activities of servicemen to events in the Middle East",
      },
      {
        speaker: "defence-ministry-spokesperson",
        verb: "told",
        text: "The movement of military units attached to the military district as part of military training are carried out in an organised manner entirely within the Eastern Military District itself.",
      },
      {
        speaker: "kerry",
        verb: "said",
        text: "We're looking for ways in which to find a common ground",
      },
    ]);
  });

  it("puts every passage between double quotes in the body inside a quote span", () => {
    const outside: string[] = [];
    let passages = 0;
    for (const { text, spans } of paragraphs) {
      for (const match of text.matchAll(/"[^"]*"/g)) {
        passages++;
        const start = match.index;
        const end = start + match[0].length;
        if (!spans.some((s) => s.start <= start && end <= s.end)) outside.push(match[0]);
      }
    }
    expect(outside).toEqual([]);
    expect(passages).toBe(7);
  });

  it("prints quotation marks around direct and partial quotes only", () => {
    for (const span of spans) {
      const quote = quoteById.get(span.quote)!;
      if (quote.mode === "indirect") expect(span.text, span.quote).not.toContain('"');
      else expect(span.text, span.quote).toMatch(/^"[^"]+"$/);
    }
  });

  it("gives each span the words of its quote", () => {
    for (const span of spans) {
      expect(quoteSpanWords(span.text), span.quote).toBe(quoteById.get(span.quote)?.text);
    }
  });

  it("gives every quote a span in the body, but the caption's, whose words are the caption's", () => {
    const spanned = new Set(spans.map((span) => span.quote));
    const unspanned = article.quotes.filter((quote) => !spanned.has(quote.id)).map((q) => q.id);
    expect(unspanned).toEqual([...CAPTION_ONLY_QUOTES]);
    const caption = plainText(article.image?.caption ?? []);
    for (const id of CAPTION_ONLY_QUOTES) expect(caption).toContain(quoteById.get(id)?.text);
  });

  it("spans each quote once, in the order the quotes are listed", () => {
    const order = spans.map((span) => span.quote);
    expect(new Set(order).size).toBe(order.length);
    expect(order).toEqual(
      article.quotes.map((q) => q.id).filter((id) => !CAPTION_ONLY_QUOTES.includes(id as never)),
    );
  });

  it("counts the quotes by mode", () => {
    const count = (mode: Quote["mode"]) => article.quotes.filter((q) => q.mode === mode).length;
    expect({
      direct: count("direct"),
      partial: count("partial"),
      indirect: count("indirect"),
    }).toEqual({ direct: 4, partial: 3, indirect: 17 });
  });
});
