import { type Article, type ArticleIndex, safeUrl } from "@newsdoc/core/kit";

// Everything YAML 1.2 would not read back as itself inside double quotes:
// C0 and C1 controls, DEL, the byte order mark, U+2028/U+2029 (line
// breaks to YAML 1.1 readers), noncharacters U+FFFE/U+FFFF, lone surrogates.
const YAML_UNSAFE =
  /["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\0": "\\0",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};

function yamlEscape(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A YAML 1.2 double-quoted scalar that any YAML parser reads back as
 * `text`, whatever it holds.
 *
 * @example
 * ```ts
 * yamlString('He said "no"'); // "\"He said \\\"no\\\"\""
 * ```
 */
export function yamlString(text: string): string {
  return `"${text.replace(YAML_UNSAFE, yamlEscape)}"`;
}

/**
 * The article's metadata as YAML front matter (`---` … `---`): title,
 * description, date, dateModified, authors, publisher, section, tags,
 * canonical, language. Unknown fields are left out; every string is
 * double-quoted.
 */
export function frontMatter(article: Article, index: ArticleIndex): string {
  let out = "---\n";
  const scalar = (key: string, value: string | undefined) => {
    if (value !== undefined) out += `${key}: ${yamlString(value)}\n`;
  };
  const list = (key: string, values: readonly string[]) => {
    if (values.length === 0) return;
    out += `${key}:\n`;
    for (const value of values) out += `  - ${yamlString(value)}\n`;
  };
  scalar("title", article.headline);
  scalar("description", article.description);
  scalar("date", article.datePublished);
  scalar("dateModified", article.dateModified);
  list(
    "authors",
    article.authors.map((id) => index.requireEntity(id).name),
  );
  scalar(
    "publisher",
    article.publisher === undefined ? undefined : index.requireEntity(article.publisher).name,
  );
  scalar("section", article.section);
  list("tags", article.keywords ?? []);
  // A site generator turns it into <link rel="canonical" href>: the same URL policy as links.
  scalar("canonical", article.url === undefined ? undefined : safeUrl(article.url));
  scalar("language", article.language);
  return `${out}---\n`;
}
