import { type Inline, plainText, type Quote, quoteSpanWords } from "@newsdoc/core/kit";

/**
 * The eval's answer format: a paragraph's text with `[[entity|words]]` for a
 * mention and `{{speaker|mode|words}}` for a quote span (the words include
 * the quotation marks; mentions may sit inside). Stripping the markup gives
 * the input text, so input and answer can never drift apart.
 */
export function parseMarkup(source: string, quotes: Quote[], idPrefix: string): Inline[] {
  let i = 0;
  const read = (until: string | undefined): Inline[] => {
    const out: Inline[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push(text);
      text = "";
    };
    while (i < source.length) {
      if (until && source.startsWith(until, i)) {
        i += until.length;
        flush();
        return out;
      }
      if (source.startsWith("[[", i)) {
        flush();
        const close = source.indexOf("]]", i);
        const [entity, words] = source.slice(i + 2, close).split("|") as [string, string];
        out.push({ type: "mention", entity, text: words });
        i = close + 2;
        continue;
      }
      if (source.startsWith("{{", i)) {
        flush();
        const bar1 = source.indexOf("|", i);
        const bar2 = source.indexOf("|", bar1 + 1);
        const speaker = source.slice(i + 2, bar1);
        const mode = source.slice(bar1 + 1, bar2) as "direct" | "partial";
        i = bar2 + 1;
        const children = read("}}");
        const id = `${idPrefix}-q${quotes.length + 1}`;
        quotes.push({ id, speaker, mode, text: quoteSpanWords(plainText(children)) });
        out.push({ type: "quote", quote: id, children });
        continue;
      }
      text += source[i];
      i++;
    }
    if (until) throw new Error(`unclosed ${until} in answer markup: ${source.slice(0, 60)}…`);
    flush();
    return out;
  };
  return read(undefined);
}
