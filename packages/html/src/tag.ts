import { safeUrl } from "@newsdoc/core/kit";
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
import { escAttr } from "./escape.js";
import type { Html } from "./html.js";

/** The elements without an end tag; their builders take no children. */
export type VoidTagName =
  | "area"
  | "br"
  | "col"
  | "hr"
  | "img"
  | "input"
  | "link"
  | "meta"
  | "source"
  | "track"
  | "wbr";

/** One value per attribute of a {@link tag} spec, in the spec's order. */
export type TagValues<A extends readonly string[]> = { -readonly [K in keyof A]: AttributeValue };

/**
 * What {@link tag} returns: the attribute values in the spec's order, then
 * (for an element with an end tag) its children, which must be `Html`.
 * `open` and `end` are the start and end tags alone, for markup written in
 * parts (a stream).
 */
export type TagBuilder<T extends string, A extends readonly string[]> = (T extends VoidTagName
  ? (...values: TagValues<A>) => Html
  : (...args: [...TagValues<A>, children: HtmlContent]) => Html) & {
  /** The start tag alone, with these attribute values (a refused URL drops its attribute). */
  readonly open: (...values: TagValues<A>) => Html;
  /** The end tag (`""` for a void element). */
  readonly end: Html;
};

/** Options of the package's own builders; not exported from the package. */
export interface TagOptions {
  /** Allow an element `element()` refuses (`iframe`, `meta`, `link`, `title`…): the built-ins' document head and embeds, whose values are all escaped or checked. */
  refusedElement?: boolean;
  /** Allow `srcset` (the built-in figure checks every URL in it). */
  srcset?: boolean;
  /** What to write instead when a URL is refused (default: `element()`'s rule), given the values and children. */
  refused?: (values: readonly unknown[], children: HtmlContent) => Html;
}

type Slot = (value: unknown) => string | undefined;

const NOTHING: unique symbol = Symbol("nothing");

/**
 * A slot's fast writer: the escaped value of a string (a URL through
 * `safeUrl` first), or `undefined` for anything that needs the general
 * path (a number, a boolean, `undefined`, a refused URL).
 */
const textSlot: Slot = (value) => (typeof value === "string" ? escAttr(value) : undefined);

const urlSlot: Slot = (value) => {
  if (typeof value !== "string") return undefined;
  const safe = safeUrl(value);
  return safe === undefined ? undefined : escAttr(safe);
};

function slotsOf(names: readonly string[]): Slot[] {
  return names.map((n) => (URL_ATTRIBUTES.has(n) ? urlSlot : textSlot));
}

const content = (children: HtmlContent): string =>
  typeof children === "string" ? children : joinContent(children);

/**
 * Compiles an element once — tag and attribute names checked, the fixed
 * markup between the values written out — into a function that takes the
 * attribute values in order (and, unless the element is void, its children
 * as `Html`) and returns the element. Call it at module load, not per render:
 * the call itself is string concatenation plus escaping of each value.
 *
 * Values follow `element()`'s rules: a string is escaped and
 * double-quoted, a number written, `true` writes `name=""`, `false`/`null`/
 * `undefined` leave the attribute out; URL attributes (`href`, `src`,
 * `cite`, `poster`, …) go through `safeUrl`, and a refused URL turns an
 * `<a>` into its children, drops an `<img>`, and drops the attribute of any
 * other element. Children must be `Html` (from `escapeText`, another
 * builder, `ctx.children`…): a plain `string` is a type error. The same
 * elements and attributes as `element()` are refused (`script`, `iframe`,
 * `on*`, `style`…), with a `TypeError` when `tag` is called.
 *
 * @example
 * ```ts
 * import { escapeText, tag } from "@newsdoc/html";
 * const topicLink = tag("a", ["class", "href", "data-entity"]);
 * topicLink("topic", `/topics/${node.entity}`, node.entity, escapeText(node.text));
 * // <a class="topic" href="/topics/syria" data-entity="syria">Syria</a>
 * const rule = tag("hr", ["class"]);
 * rule("fancy"); // <hr class="fancy">
 * ```
 */
export function tag<const T extends string, const A extends readonly string[] = []>(
  name: T,
  attributes?: A,
): TagBuilder<T, A> {
  return compileTag(name, attributes, {});
}

/** {@link tag} with the package's own {@link TagOptions}. */
export function compileTag<const T extends string, const A extends readonly string[] = []>(
  name: T,
  attributes: A | undefined,
  options: TagOptions,
): TagBuilder<T, A> {
  if (options.refusedElement !== true) checkTag(name);
  else if (typeof name !== "string" || !/^[a-z][a-z0-9]*$/.test(name)) checkTag(name);
  const names: readonly string[] = attributes ?? [];
  if (!Array.isArray(names)) {
    throw new TypeError(
      `tag("${name}", attributes): attributes must be a list of attribute names, e.g. ["class", "href"].`,
    );
  }
  const seen = new Set<string>();
  for (const attribute of names) {
    if (typeof attribute !== "string") {
      throw new TypeError(`tag("${name}"): attribute names are strings, got ${typeof attribute}.`);
    }
    checkAttributeName(name, attribute, options.srcset === true);
    if (seen.has(attribute)) {
      throw new TypeError(`tag("${name}"): attribute "${attribute}" is listed twice.`);
    }
    seen.add(attribute);
  }
  const isVoid = VOID_ELEMENTS.has(name);
  const urls = names.map((n) => URL_ATTRIBUTES.has(n));
  // The fixed markup around the values: <tag a="|" b="|">, then the end tag.
  const pieces = names.length === 0 ? [`<${name}>`] : [`<${name} ${names[0]}="`];
  for (let i = 1; i < names.length; i++) pieces.push(`" ${names[i]}="`);
  if (names.length > 0) pieces.push('">');
  const endTag = isVoid ? "" : `</${name}>`;
  const slots = slotsOf(names);

  /** The general path: `element()`'s rules for every value. */
  const general = (values: readonly unknown[], children: HtmlContent, start: boolean): string => {
    let attrs = "";
    for (let i = 0; i < names.length; i++) {
      const written = writeAttribute(name, names[i]!, values[i], urls[i]!);
      if (written === REFUSED_URL) {
        if (!start && options.refused !== undefined) return options.refused(values, children);
        if (!start && name === "a" && names[i] === "href") return content(children);
        if (!start && name === "img" && names[i] === "src") return "";
        continue;
      }
      attrs += written;
    }
    if (start) return `<${name}${attrs}>`;
    return close(name, attrs, children, isVoid);
  };
  const build = isVoid
    ? voidBuilder(pieces, slots, general)
    : elementBuilder(pieces, endTag, slots, general);
  const open = (...values: unknown[]): string =>
    names.length === 0
      ? pieces[0]!
      : (loop(pieces, slots, values) ?? general(values, undefined, true));
  return Object.assign(build, { open, end: endTag }) as unknown as TagBuilder<T, A>;
}

type General = (values: readonly unknown[], children: HtmlContent, start: boolean) => string;

/**
 * The start of the tag through the first value and the markup after it
 * (`<a class="nd-mention" href="`), remembered for the last first value:
 * that value is nearly always a class name, the same string on every call
 * of a render, so a repeat costs a comparison instead of an escape and two
 * concatenations (toHtml's allocation 34 → 29 KB a render, bench/HISTORY.md).
 * `undefined` when the value needs the general path.
 */
function headSlot(p0: string, s0: Slot, p1: string): Slot {
  let last: unknown = NOTHING;
  let head = "";
  return (value) => {
    if (value === last) return head;
    const x = s0(value);
    if (x === undefined) return undefined;
    last = value;
    head = p0 + x + p1;
    return head;
  };
}

// One function per number of attributes, so that a call is a fixed run of
// concatenations with no array, no loop and no attribute object: as fast as
// the template literal it replaces. More than four attributes take the loop.
function elementBuilder(
  p: readonly string[],
  end: string,
  s: readonly Slot[],
  general: General,
): (...args: never[]) => string {
  const [p0 = "", p1 = "", p2 = "", p3 = "", p4 = ""] = p;
  const [s0, s1, s2, s3] = s;
  const h0 = s0 === undefined ? undefined : headSlot(p0, s0, p1);
  switch (s.length) {
    case 0:
      return (c: HtmlContent) => p0 + content(c) + end;
    case 1:
      return (a: unknown, c: HtmlContent) => {
        const x = h0!(a);
        return x === undefined ? general([a], c, false) : x + content(c) + end;
      };
    case 2:
      return (a: unknown, b: unknown, c: HtmlContent) => {
        const x = h0!(a);
        const y = s1!(b);
        return x === undefined || y === undefined
          ? general([a, b], c, false)
          : x + y + p2 + content(c) + end;
      };
    case 3:
      return (a: unknown, b: unknown, d: unknown, c: HtmlContent) => {
        const x = h0!(a);
        const y = s1!(b);
        const z = s2!(d);
        return x === undefined || y === undefined || z === undefined
          ? general([a, b, d], c, false)
          : x + y + p2 + z + p3 + content(c) + end;
      };
    case 4:
      return (a: unknown, b: unknown, d: unknown, e: unknown, c: HtmlContent) => {
        const x = h0!(a);
        const y = s1!(b);
        const z = s2!(d);
        const w = s3!(e);
        return x === undefined || y === undefined || z === undefined || w === undefined
          ? general([a, b, d, e], c, false)
          : x + y + p2 + z + p3 + w + p4 + content(c) + end;
      };
    default:
      return (...args: unknown[]) => {
        const values = args.slice(0, s.length);
        const c = args[s.length] as HtmlContent;
        const start = loop(p, s, values);
        return start === undefined ? general(values, c, false) : start + content(c) + end;
      };
  }
}

/** The start tag, a value at a time: `undefined` when a value needs the general path. */
function loop(
  p: readonly string[],
  s: readonly Slot[],
  values: readonly unknown[],
): string | undefined {
  let out = p[0]!;
  for (let i = 0; i < s.length; i++) {
    const x = s[i]!(values[i]);
    if (x === undefined) return undefined;
    out += x + p[i + 1]!;
  }
  return out;
}

function voidBuilder(
  p: readonly string[],
  s: readonly Slot[],
  general: General,
): (...args: never[]) => string {
  const [p0 = "", p1 = "", p2 = ""] = p;
  const [s0, s1] = s;
  switch (s.length) {
    case 0:
      return () => p0;
    case 1:
      return (a: unknown) => {
        const x = s0!(a);
        return x === undefined ? general([a], undefined, false) : p0 + x + p1;
      };
    case 2:
      return (a: unknown, b: unknown) => {
        const x = s0!(a);
        const y = s1!(b);
        return x === undefined || y === undefined
          ? general([a, b], undefined, false)
          : p0 + x + p1 + y + p2;
      };
    default:
      return (...values: unknown[]) => loop(p, s, values) ?? general(values, undefined, false);
  }
}
