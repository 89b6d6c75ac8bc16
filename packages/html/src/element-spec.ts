import { type SrcsetCandidate, srcsetValue } from "@newsdoc/core/kit";
import {
  type AttributeValue,
  checkAttributeName,
  checkTag,
  close,
  type HtmlContent,
  joinContent,
  REFUSED_URL,
  URL_ATTRIBUTES,
  VOID_ELEMENTS,
  writeAttribute,
} from "./element.js";
import type { Html } from "./html.js";

/** The values of an {@link ElementSpec}'s attributes, by name; `srcset` takes candidates, checked again here. */
export type SpecValues<A extends string> = {
  readonly [K in A]?: K extends "srcset" ? readonly SrcsetCandidate[] : AttributeValue;
};

/** Builds one element of a spec: attribute values escaped (URLs through `safeUrl`), children `Html`. */
export type ElementSpec<A extends string> = (
  attributes: SpecValues<A> | null,
  children?: HtmlContent,
) => Html;

/** Options of {@link elementSpec}. */
export interface ElementSpecOptions<A extends string> {
  /** What to build instead when `safeUrl` refuses a URL attribute (e.g. a `<span>` for an entity's `<a>`). */
  refusedUrl?: (values: SpecValues<A>, children?: HtmlContent) => Html;
}

const TEXT = 0;
const URL = 1;
const SRCSET = 2;

/**
 * An element builder compiled once: the tag and attribute names are checked
 * when the spec is made (with `element`'s rules), so each call only escapes
 * values, in the declared order. URL attributes go through `safeUrl` and
 * degrade as with `element` (an `<a>` becomes its children, an `<img>`
 * nothing, another element loses the attribute); `srcset` takes the kit's
 * candidates and keeps only those whose URL is safe.
 *
 * What the built-in handlers write with, so every interpolated value is
 * escaped by construction and no tag or attribute name comes from data.
 *
 * @example
 * ```ts
 * const a = elementSpec("a", ["class", "href", "data-entity"]);
 * a({ class: "nd-mention", href: entity.url, "data-entity": entity.id }, escapeText(entity.name));
 * // a span instead when the URL is refused:
 * const span = elementSpec("span", ["class", "data-entity"]);
 * const link = elementSpec("a", ["class", "href", "data-entity"], { refusedUrl: span });
 * ```
 */
export function elementSpec<const A extends string>(
  tag: string,
  attributes: readonly A[],
  options: ElementSpecOptions<A> = {},
): ElementSpec<A> {
  checkTag(tag);
  for (const name of attributes) checkAttributeName(tag, name, true);
  const names = [...attributes];
  const kinds = names.map((name) =>
    name === "srcset" ? SRCSET : URL_ATTRIBUTES.has(name) ? URL : TEXT,
  );
  const isVoid = VOID_ELEMENTS.has(tag);
  return (values, children) => {
    let attrs = "";
    if (values !== null) {
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const value = (values as Record<string, unknown>)[name];
        if (value === undefined) continue;
        const kind = kinds[i];
        if (kind === SRCSET) {
          const srcset = srcsetValue(value as readonly SrcsetCandidate[]);
          if (srcset !== undefined) attrs += writeAttribute(tag, name, srcset, false);
          continue;
        }
        const written = writeAttribute(tag, name, value, kind === URL);
        if (written === REFUSED_URL) {
          if (options.refusedUrl !== undefined) return options.refusedUrl(values, children);
          if (tag === "a" && name === "href") return joinContent(children) as Html;
          if (tag === "img" && name === "src") return "" as Html;
          continue;
        }
        attrs += written;
      }
    }
    return close(tag, attrs, children, isVoid);
  };
}
