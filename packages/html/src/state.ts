import {
  type Article,
  type Aside,
  type ClassNames,
  checkEmbedsOption,
  checkFormatDateOption,
  checkMentionsOption,
  classNames,
  type EmbedProvider,
  type NodeNumbering,
  resolveLabels,
} from "@newsdoc/core/kit";
import type { AppendixKind, HtmlLabels, HtmlOptions } from "./options.js";

/** Per-render values the built-in handlers share, computed once from the options. */
export interface HtmlState {
  /** Class names with the prefix applied. */
  readonly cls: ClassNames;
  /** Whether mentions become links. */
  readonly linkMentions: boolean;
  /** The labels, defaults filled in. */
  readonly labels: Readonly<HtmlLabels>;
  /** The appendices to add, in order, without duplicates. */
  readonly appendix: readonly AppendixKind[];
  /** The providers whose embeds load as iframes. */
  readonly embedFrames: ReadonlySet<EmbedProvider>;
  /** The start of this render's aside title ids (`nd-aside-<article id>-`), unique per article on a page. */
  /**
   * Made when the first aside renders: the asides' numbers in document order
   * (the kit's `numberNodes`) and their ids' prefix, `nd-aside-<article id>-`.
   */
  asides: { readonly numbering: NodeNumbering<Aside>; readonly idPrefix: string } | undefined;
}

const NO_APPENDIX: readonly AppendixKind[] = Object.freeze([]);
const KINDS: readonly AppendixKind[] = ["quotes", "claims"];

function appendixList(value: HtmlOptions["appendix"]): readonly AppendixKind[] {
  if (value === false || value === undefined) return NO_APPENDIX;
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  for (const kind of list) {
    if (!KINDS.includes(kind as AppendixKind)) {
      throw new TypeError(
        `options.appendix must be "quotes", "claims", a list of them, or false; got ${JSON.stringify(kind)}.`,
      );
    }
  }
  return KINDS.filter((k) => list.includes(k));
}

/** Checks the options and derives the render state (class names, labels, appendices). */
export function createHtmlState(_article: Article, options: Readonly<HtmlOptions>): HtmlState {
  checkMentionsOption(options.mentions);
  checkFormatDateOption(options.formatDate);
  const cls = classNames(options.classPrefix);
  return {
    cls,
    linkMentions: options.mentions === "link",
    labels: resolveLabels(options.labels),
    appendix: appendixList(options.appendix),
    embedFrames: checkEmbedsOption(options.embeds),
    asides: undefined,
  };
}
