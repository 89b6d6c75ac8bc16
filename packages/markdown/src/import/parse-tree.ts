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

/**
 * The mdast tree of newsdoc Markdown: CommonMark, YAML front matter,
 * generic directives, and GFM tables and strikethrough (so that they are
 * recognised and reported rather than read as odd text).
 */
export function parseTree(source: string): Root {
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
