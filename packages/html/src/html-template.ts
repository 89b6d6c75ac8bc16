import { type HtmlContent, joinContent } from "./element.js";
import type { Html } from "./html.js";

/** What an `html` template hole accepts: markup (`Html`), lists of it, numbers, or nothing. */
export type HtmlHole = HtmlContent | number;

type State = "text" | "tag" | "comment" | "raw";

const RAW_TEXT = /^(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b/i;

/** For each hole, whether it sits in element content; computed once per call site. */
const checked = new WeakMap<TemplateStringsArray, true>();

function holeContextError(state: State, index: number): TypeError {
  const where =
    state === "tag"
      ? "inside a tag (an attribute name or value)"
      : state === "comment"
        ? "inside a comment"
        : "inside a raw-text element (script, style, title, textarea…)";
  return new TypeError(
    `html\`…\`: hole #${index + 1} is ${where}. Holes are for element content only; build elements with attributes with element(tag, attributes, children).`,
  );
}

function check(strings: TemplateStringsArray): void {
  let state: State = "text";
  let quote = "";
  let rawEnd = "";
  let pendingRaw = "";
  for (let s = 0; s < strings.length; s++) {
    const part = strings[s]!;
    let i = 0;
    while (i < part.length) {
      if (state === "text") {
        const lt = part.indexOf("<", i);
        if (lt === -1) break;
        if (part.startsWith("<!--", lt)) {
          state = "comment";
          i = lt + 4;
        } else {
          const rest = part.slice(lt + 1);
          const raw = RAW_TEXT.exec(rest);
          pendingRaw = raw ? raw[1]!.toLowerCase() : "";
          state = "tag";
          quote = "";
          i = lt + 1;
        }
      } else if (state === "tag") {
        const c = part[i]!;
        if (quote !== "") {
          if (c === quote) quote = "";
        } else if (c === '"' || c === "'") quote = c;
        else if (c === ">") {
          if (pendingRaw !== "") {
            state = "raw";
            rawEnd = `</${pendingRaw}`;
            pendingRaw = "";
          } else state = "text";
        }
        i++;
      } else if (state === "comment") {
        const end = part.indexOf("-->", i);
        if (end === -1) break;
        state = "text";
        i = end + 3;
      } else {
        const end = part.toLowerCase().indexOf(rawEnd, i);
        if (end === -1) break;
        state = "tag";
        quote = "";
        i = end + 1;
      }
    }
    if (s < strings.length - 1 && state !== "text") throw holeContextError(state, s);
  }
}

/**
 * A tagged template for markup. The template's own text is yours (trusted);
 * each hole takes `Html` (from `escapeText`, `element`, `ctx.children`,
 * `base(node, ctx)` …), an array of it, a number, or `null`/`undefined`/`false`
 * for nothing. A plain `string` is a **type error**: model text must go
 * through `escapeText` first.
 *
 * Holes are allowed in element content only; a hole inside a tag, a
 * comment or a `<script>`/`<style>` is refused at run time with a
 * `TypeError` (use `element` for attributes, which escapes and checks them).
 *
 * At run time `Html` is an ordinary string, so in plain JavaScript (no type
 * checker) the template cannot tell markup from text: a string in a hole is
 * inserted as is. Call `escapeText` on text.
 *
 * @example
 * ```ts
 * mention: (node, ctx, base) =>
 *   ctx.helpers.html`${base(node, ctx)}<sup>${ctx.helpers.escapeText(node.entity)}</sup>`;
 * ```
 */
export function html(strings: TemplateStringsArray, ...holes: readonly HtmlHole[]): Html {
  if (!checked.has(strings)) {
    if (!Array.isArray(strings) || !Array.isArray((strings as { raw?: unknown }).raw)) {
      throw new TypeError(
        "html is a tagged template: write html`<p>…</p>` with holes for content.",
      );
    }
    check(strings);
    checked.set(strings, true);
  }
  let out = strings[0]!;
  for (let i = 0; i < holes.length; i++) {
    const hole = holes[i];
    if (typeof hole === "number") out += String(hole);
    else out += joinContent(hole as HtmlContent);
    out += strings[i + 1]!;
  }
  return out as Html;
}
