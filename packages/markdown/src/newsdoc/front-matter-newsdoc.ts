import { type Article, visitByType } from "@newsdoc/core/kit";
import { type YamlValue, yamlBlock } from "./yaml-block.js";

/** The quotes whose words a quote span carries (walked through the node table: every slot). */
function spannedQuotes(article: Article): Set<string> {
  const ids = new Set<string>();
  visitByType(article, { quote: (span) => void ids.add(span.quote) });
  return ids;
}

/**
 * The front matter of newsdoc Markdown: every field of the article but the
 * headline (the `# ` line), the lead image (a `:::figure{.lead}`) and the
 * body, in YAML. A quote's `text` is left out when a span in the text
 * carries it (the reader takes it from there).
 */
export function newsdocFrontMatter(article: Article): string {
  const spanned = spannedQuotes(article);
  const {
    headline: _headline,
    image: _image,
    body: _body,
    entities,
    quotes,
    claims,
    authors,
    ...metadata
  } = article;
  const data: Record<string, YamlValue | undefined> = {
    ...(metadata as unknown as Record<string, YamlValue>),
  };
  if (authors.length > 0) data.authors = authors;
  if (entities.length > 0) data.entities = entities as unknown as YamlValue;
  if (quotes.length > 0) {
    data.quotes = quotes.map((quote): YamlValue => {
      const { text, ...rest } = quote;
      return (spanned.has(quote.id) ? rest : { ...rest, text }) as unknown as YamlValue;
    });
  }
  if (claims.length > 0) data.claims = claims as unknown as YamlValue;
  return `---\n${yamlBlock(data)}---\n`;
}
