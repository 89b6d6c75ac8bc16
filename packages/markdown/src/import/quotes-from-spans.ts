import type { Reader, SpanQuote } from "./reader.js";

type Data = Record<string, unknown>;

function setField(
  reader: Reader,
  quote: Data,
  field: string,
  sub: string | undefined,
  value: string,
  span: SpanQuote,
): void {
  if (sub !== undefined && quote[field] === undefined) quote[field] = {};
  const holder = (sub === undefined ? quote : quote[field]) as Data;
  const key = sub ?? field;
  if (typeof holder !== "object" || holder === null) return;
  const current = holder[key];
  if (current !== undefined && current !== value) {
    reader.issues.push({
      code: "conflicting-quote-field",
      message: `Quote "${span.id}": ${sub ? `${field}.${sub}` : field} is ${JSON.stringify(current)} in one place and ${JSON.stringify(value)} here. Give it once (on one span, or in the front matter).`,
      ...(span.at ?? {}),
    });
    return;
  }
  holder[key] = value;
}

const FIELDS: Readonly<Record<string, readonly [string, string | undefined]>> = {
  speaker: ["speaker", undefined],
  mode: ["mode", undefined],
  verb: ["verb", undefined],
  via: ["via", undefined],
  audience: ["audience", "text"],
  "audience-entity": ["audience", "entity"],
  when: ["when", "text"],
  "when-date": ["when", "date"],
  claim: ["claim", undefined],
  stance: ["stance", undefined],
  text: ["text", undefined],
};

/**
 * The quotes: those of the front matter, in its order, then those first
 * met in a span, in the order of the text. Each span's attributes fill its
 * quote's fields (a field given twice with different values is an error);
 * a quote's `text` defaults to its first span's words.
 */
export function quotesFromSpans(reader: Reader, front: readonly unknown[]): unknown[] {
  const quotes: unknown[] = [...front];
  const byId = new Map<string, Data>();
  for (const quote of front) {
    if (typeof quote === "object" && quote !== null && typeof (quote as Data).id === "string") {
      const id = (quote as Data).id as string;
      if (!byId.has(id)) byId.set(id, quote as Data);
    }
  }
  for (const span of reader.spans) {
    let quote = byId.get(span.id);
    if (quote === undefined) {
      quote = { id: span.id };
      byId.set(span.id, quote);
      quotes.push(quote);
      if (span.at) reader.positions.set(JSON.stringify(["quotes", quotes.length - 1]), span.at);
    }
    for (const [attribute, value] of Object.entries(span.attributes)) {
      const field = FIELDS[attribute];
      if (field) setField(reader, quote, field[0], field[1], value, span);
    }
    if (quote.text === undefined) quote.text = span.words;
  }
  return quotes;
}

/** Claims without `stances` take them from the quotes that name the claim, in quote order. */
export function claimStances(claims: readonly unknown[], quotes: readonly unknown[]): unknown[] {
  return claims.map((claim) => {
    if (typeof claim !== "object" || claim === null || "stances" in claim) return claim;
    const id = (claim as Data).id;
    const stances = quotes
      .filter((q): q is Data => typeof q === "object" && q !== null && (q as Data).claim === id)
      .map((q) => ({ stance: q.stance, by: q.speaker, quote: q.id }));
    return { ...(claim as Data), stances };
  });
}
