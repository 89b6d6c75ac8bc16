import { safeUrl } from "@newsdoc/core/kit";
import { escAttr } from "./escape.js";
import type { Html } from "./html.js";

/** An attribute value: text (escaped), a number, `true` (empty value); `false`, `null`, `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

/** Attributes for {@link element}, by name. */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** Content for {@link element} and the `html` template: markup, lists of it, or nothing. */
export type HtmlContent = Html | readonly HtmlContent[] | null | undefined | false;

/** Elements that have no end tag (`meta` and `link` only in the package's own document head). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "br",
  "col",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/**
 * Elements `element` refuses: they run script, load active content, change
 * how the rest of the page is parsed or resolved, or switch the parser to
 * another namespace.
 */
export const REFUSED_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "noscript",
  "template",
  "textarea",
  "title",
  "xmp",
  "plaintext",
  "noembed",
  "noframes",
  "svg",
  "math",
  "form",
]);

/** Attributes whose value is a URL: they go through `safeUrl`. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formaction",
  "poster",
  "background",
  "longdesc",
  "ping",
  "xlink:href",
]);

/** Attributes `element` refuses besides `on*`: inline CSS and embedded documents, and lists of URLs it does not check. */
export const REFUSED_ATTRIBUTES: ReadonlySet<string> = new Set(["style", "srcdoc", "srcset"]);

const TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-z_][a-z0-9_.:-]*$/;

/**
 * Joins content into one `Html`: markup as is, lists in order, nothing for
 * `null`, `undefined` and `false`. Anything else (a number, an object) is a
 * `TypeError`: text must be escaped first.
 */
export function joinContent(content: HtmlContent): Html {
  if (typeof content === "string") return content;
  if (content === null || content === undefined || content === false) return "" as Html;
  if (Array.isArray(content)) {
    // Concatenation, not push + join: content lists are short.
    let out = "";
    for (const item of content) out += typeof item === "string" ? item : joinContent(item);
    return out as Html;
  }
  throw new TypeError(
    `HTML content must be Html (from the helpers), an array of it, or null/undefined/false; got ${typeof content}.`,
  );
}

/** Two pieces of markup as one: markup next to markup is markup. For loops that build a run of it. */
export function appendHtml(before: Html, after: Html): Html {
  return (before + after) as Html;
}

/**
 * Builds one element safely: the tag and attribute names are checked,
 * attribute values are escaped and double-quoted, URL attributes (`href`,
 * `src`, `cite`, …) go through `safeUrl`. Children are `Html` (escape text
 * with `escapeText` first).
 *
 * When a URL is refused the element degrades: an `<a>` becomes its
 * children, an `<img>` disappears, and any other element loses that
 * attribute. `on*` handlers, `style`, `srcdoc`, `srcset` and elements such
 * as `script`, `style`, `iframe`, `object`, `svg` are refused with a
 * `TypeError` — they are never needed for an article's text.
 *
 * @example
 * ```ts
 * element("a", { href: entity.url, "data-entity": entity.id }, escapeText(entity.name));
 * // <a href="https://…" data-entity="peskov">Dmitry Peskov</a>
 * element("a", { href: "javascript:alert(1)" }, escapeText("x")); // "x"
 * ```
 */
export function element(tag: string, attributes?: Attributes | null, children?: HtmlContent): Html {
  checkTag(tag);
  let attrs = "";
  if (attributes != null) {
    for (const name of Object.keys(attributes)) {
      checkAttributeName(tag, name, false);
      const written = writeAttribute(tag, name, attributes[name], URL_ATTRIBUTES.has(name));
      if (written === REFUSED_URL) {
        if (tag === "a" && name === "href") return joinContent(children) as Html;
        if (tag === "img" && name === "src") return "" as Html;
        continue;
      }
      attrs += written;
    }
  }
  return close(tag, attrs, children, VOID_ELEMENTS.has(tag));
}

/** Throws unless `tag` is a tag name `element` writes. */
export function checkTag(tag: string): void {
  if (typeof tag !== "string" || !TAG.test(tag)) {
    throw new TypeError(
      `element(tag): ${JSON.stringify(tag)} is not a valid tag name (lowercase letters and digits, e.g. "span", "my-widget").`,
    );
  }
  if (REFUSED_ELEMENTS.has(tag)) {
    throw new TypeError(
      `element("${tag}") is refused: it can run script, load active content or change how the page is parsed. The JSON-LD script comes from @newsdoc/jsonld's jsonLdScript().`,
    );
  }
}

/** Throws unless `name` is an attribute name `element` writes (`srcset` only when `srcset` is true: built-ins check its URLs). */
export function checkAttributeName(tag: string, name: string, srcset: boolean): void {
  if (
    !ATTRIBUTE.test(name) ||
    name.startsWith("on") ||
    (REFUSED_ATTRIBUTES.has(name) && !(srcset && name === "srcset"))
  ) {
    throw new TypeError(
      `element("${tag}"): attribute ${JSON.stringify(name)} is refused. Names are lowercase letters, digits, "_", ".", ":" and "-"; event handlers (on*), style, srcdoc and srcset are never allowed.`,
    );
  }
}

/** What {@link writeAttribute} returns for a URL `safeUrl` refuses. */
export const REFUSED_URL = "\u0000";

/**
 * ` name="value"` with the value escaped (`""` when the value leaves the
 * attribute out), or {@link REFUSED_URL} when `url` and `safeUrl` refuses it.
 */
export function writeAttribute(tag: string, name: string, value: unknown, url: boolean): string {
  if (value === false || value === null || value === undefined) return "";
  let text: string;
  if (value === true) text = "";
  else if (typeof value === "string") text = value;
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = String(value);
  } else {
    throw new TypeError(
      `element("${tag}"): attribute "${name}" must be a string, number or boolean, got ${typeof value}.`,
    );
  }
  if (url) {
    const safe = safeUrl(text);
    if (safe === undefined) return REFUSED_URL;
    text = safe;
  }
  return ` ${name}="${escAttr(text)}"`;
}

/** The element from its tag, its written attributes and its children. */
export function close(tag: string, attrs: string, children: HtmlContent, isVoid: boolean): Html {
  if (isVoid) {
    if (joinContent(children) !== "") {
      throw new TypeError(`element("${tag}"): a void element cannot have children.`);
    }
    return `<${tag}${attrs}>` as Html;
  }
  return `<${tag}${attrs}>${joinContent(children)}</${tag}>` as Html;
}
