import { ArticleRoot } from "./components/article.js";
import { Blockquote } from "./components/blockquote.js";
import { Heading, List, ListItem, Paragraph, Rule } from "./components/blocks.js";
import { Aside, Correction, EditorsNote, PullQuote } from "./components/body-nodes.js";
import { Embed } from "./components/embed.js";
import { Figure } from "./components/figure.js";
import { Break, Emphasis, Strong, Text } from "./components/inline.js";
import { Link } from "./components/link.js";
import { Audio, Video } from "./components/media.js";
import { Mention } from "./components/mention.js";
import { Quote } from "./components/quote.js";
import { Table, TableCell, TableRow } from "./components/table.js";
import type { BuiltInComponents } from "./context.js";

/**
 * The built-in component of every node type: together they render the
 * same markup as `@newsdoc/html`'s handlers. Each is what an override
 * receives as `Default`.
 */
export const DEFAULT_COMPONENTS: BuiltInComponents = Object.freeze({
  article: ArticleRoot,
  paragraph: Paragraph,
  heading: Heading,
  figure: Figure,
  blockquote: Blockquote,
  list: List,
  listItem: ListItem,
  rule: Rule,
  embed: Embed,
  video: Video,
  audio: Audio,
  aside: Aside,
  pullQuote: PullQuote,
  editorsNote: EditorsNote,
  correction: Correction,
  table: Table,
  tableRow: TableRow,
  tableCell: TableCell,
  text: Text,
  emphasis: Emphasis,
  strong: Strong,
  link: Link,
  mention: Mention,
  quote: Quote,
  break: Break,
});
