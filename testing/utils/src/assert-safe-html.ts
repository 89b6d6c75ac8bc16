import { isSafeUrl } from "./hostile-url.js";
import {
  getAttribute,
  type HtmlElement,
  isElement,
  parseHtml,
  textContent,
  walkHtml,
} from "./html-tree.js";

/** Options for {@link htmlSafetyViolations} and {@link assertSafeHtml}. */
export interface SafeHtmlOptions {
  /** Element names allowed (lower case). Default: any element but `script`, which {@link allowJsonLdScript} governs. */
  allowedElements?: Iterable<string>;
  /**
   * Attribute names allowed: a list for every element, or a map from element
   * name (or `"*"` for every element) to names. A name ending in `*`
   * (`data-*`) allows every name with that prefix. Default: any attribute
   * that is not an event handler.
   */
  allowedAttributes?: Iterable<string> | Record<string, Iterable<string>>;
  /** Allow one `<script type="application/ld+json">` (`true`), or require exactly one (`"required"`). Default `false`. */
  allowJsonLdScript?: boolean | "required";
  /** Allow comment nodes. Default `false`. */
  allowComments?: boolean;
}

/** What {@link assertSafeHtml} found, for further checks. */
export interface SafeHtmlReport {
  /** The parsed tree. */
  root: ReturnType<typeof parseHtml>;
  /** The JSON-LD script elements' text (at most one when the HTML is safe). */
  jsonLd: string[];
}

// Attributes whose value a browser loads or navigates to.
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "cite",
  "action",
  "formaction",
  "poster",
  "background",
  "data",
  "codebase",
  "longdesc",
  "usemap",
  "ping",
  "manifest",
  "xlink:href",
  "srcset",
  "imagesrcset",
]);
// <meta> properties whose content is a URL.
const URL_META = new Set([
  "og:url",
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "twitter:image",
  "twitter:url",
]);

function allowList(
  allowed: SafeHtmlOptions["allowedAttributes"],
): ((element: string, attribute: string) => boolean) | undefined {
  if (allowed === undefined) return undefined;
  const table = new Map<string, string[]>();
  if (typeof (allowed as Iterable<string>)[Symbol.iterator] === "function") {
    table.set("*", [...(allowed as Iterable<string>)]);
  } else {
    for (const [el, names] of Object.entries(allowed)) table.set(el, [...names]);
  }
  const matches = (names: string[] | undefined, attribute: string) =>
    names?.some((n) =>
      n.endsWith("*") ? attribute.startsWith(n.slice(0, -1)) : n === attribute,
    ) ?? false;
  return (element, attribute) =>
    matches(table.get("*"), attribute) || matches(table.get(element), attribute);
}

function describe(el: HtmlElement): string {
  const attrs = el.attrs.map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join("");
  return `<${el.tagName}${attrs}>`.slice(0, 200);
}

/**
 * Every safety problem in `html`, as sentences (empty when it is safe).
 * The HTML is parsed with parse5 as a browser would, and every node is
 * checked, template contents included: no element or attribute outside the
 * allow-lists; no `on*` attribute; every URL attribute (`href`, `src`,
 * `cite`, `action`, `srcset`, …, and `<meta>` Open Graph URLs) is http(s),
 * mailto or relative; no `<script>` but one `type="application/ld+json"`
 * when allowed; no `<base>`, no `<meta http-equiv>`, no SVG/MathML
 * elements unless allowed, no comments unless allowed.
 */
export function htmlSafetyViolations(html: string, options: SafeHtmlOptions = {}): string[] {
  return inspect(html, options).violations;
}

function inspect(
  html: string,
  options: SafeHtmlOptions,
): { violations: string[]; report: SafeHtmlReport } {
  const root = parseHtml(html);
  const violations: string[] = [];
  const elements = options.allowedElements ? new Set(options.allowedElements) : undefined;
  const attributeAllowed = allowList(options.allowedAttributes);
  const jsonLd: string[] = [];
  for (const node of walkHtml(root)) {
    if (node.nodeName === "#comment") {
      if (!options.allowComments)
        violations.push(`comment node ${JSON.stringify(("data" in node && node.data) || "")}`);
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.tagName;
    const foreign = node.namespaceURI !== "http://www.w3.org/1999/xhtml";
    if (name === "script") {
      const type = getAttribute(node, "type")?.trim().toLowerCase();
      if (
        options.allowJsonLdScript &&
        type === "application/ld+json" &&
        node.attrs.length === 1 &&
        !foreign
      ) {
        jsonLd.push(textContent(node));
      } else {
        violations.push(`script element ${describe(node)}`);
      }
    } else if (elements && !elements.has(name)) {
      violations.push(`element not allowed: ${describe(node)}`);
    } else if (
      !elements &&
      (foreign || name === "base" || name === "iframe" || name === "object" || name === "embed")
    ) {
      violations.push(`dangerous element: ${describe(node)}`);
    }
    for (const attr of node.attrs) {
      const attrName = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      if (/^on/i.test(attr.name))
        violations.push(`event-handler attribute ${attrName} on ${describe(node)}`);
      else if (attributeAllowed && !attributeAllowed(name, attrName)) {
        violations.push(`attribute not allowed: ${attrName} on ${describe(node)}`);
      }
      if (attrName === "srcset" || attrName === "imagesrcset") {
        for (const candidate of attr.value.split(",")) {
          const candidateUrl = candidate.trim().split(/\s+/)[0] ?? "";
          if (!isSafeUrl(candidateUrl))
            violations.push(`unsafe URL in ${attrName}: ${describe(node)}`);
        }
      } else if (URL_ATTRIBUTES.has(attrName) && !isSafeUrl(attr.value)) {
        violations.push(`unsafe URL in ${attrName}: ${describe(node)}`);
      }
      if (attrName === "style" && /url\s*\(|expression\s*\(|javascript:/i.test(attr.value)) {
        violations.push(`style attribute that loads or runs something: ${describe(node)}`);
      }
    }
    if (name === "meta") {
      if (getAttribute(node, "http-equiv") !== undefined)
        violations.push(`meta http-equiv: ${describe(node)}`);
      const property = getAttribute(node, "property") ?? getAttribute(node, "name") ?? "";
      const content = getAttribute(node, "content");
      if (URL_META.has(property.toLowerCase()) && content !== undefined && !isSafeUrl(content)) {
        violations.push(`unsafe URL in meta ${property}: ${describe(node)}`);
      }
    }
  }
  if (jsonLd.length > 1)
    violations.push(`${jsonLd.length} JSON-LD scripts; at most one is allowed`);
  if (options.allowJsonLdScript === "required" && jsonLd.length === 0) {
    violations.push("no JSON-LD script, and one is required");
  }
  return { violations, report: { root, jsonLd } };
}

/**
 * Throws unless `html` is safe by {@link htmlSafetyViolations}; the error
 * lists every problem and the start of the HTML. Returns the parsed tree
 * and the JSON-LD script text for further checks.
 *
 * @example
 * ```ts
 * const { jsonLd } = assertSafeHtml(toHtmlDocument(article), {
 *   allowedElements: HTML_ELEMENTS, allowJsonLdScript: "required",
 * });
 * expect(JSON.parse(jsonLd[0]!)).toEqual(toJsonLd(article));
 * ```
 */
export function assertSafeHtml(html: string, options: SafeHtmlOptions = {}): SafeHtmlReport {
  const { violations, report } = inspect(html, options);
  if (violations.length > 0) {
    const shown = html.length > 2000 ? `${html.slice(0, 2000)}…` : html;
    throw new Error(
      `Unsafe HTML (${violations.length} problems):\n- ${violations.join("\n- ")}\nin:\n${shown}`,
    );
  }
  return report;
}
