import { isHttpUrl, isLinkUrl, safeUrl } from "@newsdoc/core";
import { attr, classes, type Element, locationOf, pathOf, textRuns } from "./dom.js";
import type { RegistryBuilder } from "./registry.js";
import type { ImportReportItem, ImportReportKind } from "./report.js";
import { cleanText, shortValue } from "./sanitize.js";

/** Metadata the page's markup carries, filled as the body is read. */
export interface BodyMetadata {
  headline?: string;
  alternativeHeadline?: string;
  byline?: string;
  authors?: string[];
  datePublished?: string;
  dateModified?: string;
  /** The dateline's Place (newsdoc's `<p class="nd-location">`). */
  dateline?: string;
  /** The paywall newsdoc's `<div class="nd-paywalled">` marks. */
  access?: { kind: "subscription" | "metered" | undefined; freeBlocks: number };
  /** newsdoc's corrections notice. */
  corrections?: { date: string; text: string }[];
  /** newsdoc's "Behind the story" notice. */
  backstory?: string;
}

/** The state of one import. */
export interface ImportContext {
  readonly prefix: string;
  /** Whitespace is kept as written (newsdoc's own markup) rather than collapsed. */
  preserve: boolean;
  baseUrl: string | undefined;
  readonly report: ImportReportItem[];
  readonly registry: RegistryBuilder;
  /** The headline from the page's metadata, if any. */
  metaHeadline: string | undefined;
  /** What the body's own markup says about the article (headline h1, byline, dates). */
  readonly found: BodyMetadata & { language?: string };
  /** Elements whose every descendant has been seen to contain a block-level element. */
  blockInside: WeakSet<Element>;
  /** How deep the walk is in elements, to stop before the stack does. */
  elementDepth: number;
  /** How many blockquotes deep. */
  quoteDepth: number;
  /** JSON-LD scripts are read for metadata (so not reported as dropped scripts). */
  readonly readsJsonLd: boolean;
  /** The URLs of the image renditions the page's JSON-LD gives (with their sizes). */
  renditionUrls: ReadonlySet<string>;
}

/** Where an element is, for a report item. */
export function at(element: Element, attribute?: string) {
  const path = pathOf(element);
  const location = locationOf(element, attribute);
  return location === undefined
    ? { element: element.tagName, path }
    : { element: element.tagName, path, location };
}

/** Visible text of an element, collapsed, for a report (undefined when blank). */
export function reportText(element: Element): string | undefined {
  // Text runs joined by a space: a form's label and button are two things, not one word.
  const text = cleanText(textRuns(element).join(" "))
    .replace(/[ \t\n\f\r]+/g, " ")
    .trim();
  return text === "" ? undefined : text;
}

/** Adds a report item about an element. */
export function reportElement(
  ctx: ImportContext,
  kind: ImportReportKind,
  reason: string,
  element: Element,
  message: string,
  withText = false,
): void {
  const item: ImportReportItem = { kind, reason, message, ...at(element) };
  if (withText) {
    const text = reportText(element);
    if (text !== undefined) item.text = text;
  }
  ctx.report.push(item);
}

/**
 * Reports every attribute of `element` not in `consumed`. Class tokens with
 * newsdoc's prefix count as read; event handlers are reported as such.
 */
export function reportAttributes(
  ctx: ImportContext,
  element: Element,
  consumed: readonly string[] = [],
): void {
  for (const { name, value } of element.attrs) {
    if (consumed.includes(name)) continue;
    if (name === "class" && classes(element).every((c) => c.startsWith(ctx.prefix))) continue;
    const handler = /^on/i.test(name);
    ctx.report.push({
      kind: "attribute",
      reason: handler ? "event-handler" : "not-kept",
      message: handler
        ? `Event handler ${name} on <${element.tagName}> dropped: an article carries no script.`
        : `Attribute ${name} on <${element.tagName}> is not part of the model and was not kept.`,
      attribute: name,
      value: shortValue(value),
      ...at(element, name),
    });
  }
}

/**
 * An element's URL attribute as the model accepts it: safe (`safeUrl`),
 * absolute (relative ones resolved against the base URL), http(s) — or
 * mailto for a link. `undefined`, reported, when it is none of these.
 */
export function urlAttribute(
  ctx: ImportContext,
  element: Element,
  name: string,
  kind: "link" | "http",
): string | undefined {
  const raw = attr(element, name);
  if (raw === undefined) return undefined;
  const report = (reason: string, why: string) => {
    ctx.report.push({
      kind: "attribute",
      reason,
      message: `${name} of <${element.tagName}> ${why}; the URL was not kept.`,
      attribute: name,
      value: shortValue(raw),
      ...at(element, name),
    });
    return undefined;
  };
  const safe = safeUrl(raw);
  if (safe === undefined)
    return report("unsafe-url", "has a scheme other than http, https or mailto");
  const accept = (url: string) => (kind === "link" ? isLinkUrl(url) : isHttpUrl(url));
  if (accept(safe)) return safe;
  let resolved: string;
  try {
    resolved = ctx.baseUrl === undefined ? new URL(safe).href : new URL(safe, ctx.baseUrl).href;
  } catch {
    return report(
      "relative-url",
      ctx.baseUrl === undefined
        ? "is relative and the page gives no base URL (pass options.baseUrl)"
        : "does not parse as a URL",
    );
  }
  if (safeUrl(resolved) !== undefined && accept(resolved)) return resolved;
  return report(
    "unsafe-url",
    "is not an absolute http(s)" + (kind === "link" ? " or mailto" : "") + " URL",
  );
}
