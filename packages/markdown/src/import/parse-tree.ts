import type { Root } from "mdast";
import { directiveFromMarkdown } from "mdast-util-directive";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { directive } from "micromark-extension-directive";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { mentionDefinitions } from "../newsdoc/plain-syntax.js";

/**
 * The mdast tree of newsdoc Markdown: CommonMark, YAML front matter,
 * generic directives, and GFM tables and strikethrough (so that they are
 * recognised and reported rather than read as odd text). Each `[…][@id]`
 * mention label gets a definition at the end (a file's own comes first),
 * so a hand-written file need not define them.
 */
export function parseTree(source: string): Root {
  const definitions = mentionDefinitions(source);
  if (definitions !== "") {
    const tree = parse(source + definitions);
    // Unless the end of the source swallowed them (an unclosed fence or
    // HTML block): then the source is read as written.
    const last = tree.children.at(-1);
    if (last?.type === "definition" && (last.position?.start.offset ?? 0) >= source.length) {
      return tree;
    }
  }
  return parse(source);
}

function parse(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(["yaml"]), directive(), gfmTable(), gfmStrikethrough()],
    mdastExtensions: [
      frontmatterFromMarkdown(["yaml"]),
      directiveFromMarkdown(),
      gfmTableFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
    ],
  });
}
