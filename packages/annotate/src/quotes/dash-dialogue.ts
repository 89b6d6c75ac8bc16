import type { CompiledTable } from "../speakers/phrases.js";
import type { Passage } from "./find-passages.js";

const DASH_LINE = /^(\s*)([\u2013\u2014])[ \u00a0]+/u;

/**
 * The dash-led dialogue line of Nordic agencies: a paragraph that starts with
 * `– ` or `— ` is quoted speech, up to the comma before the attribution
 * (`– Aurora 2023 kommer att bli bra, säger Jonas Svensson.`) or to the end
 * of the paragraph. The span starts at the first word (the dash is not a
 * quotation mark `quoteSpanWords` removes) and stops before that comma.
 */
export function dashDialogue(text: string, compiled: CompiledTable): Passage | undefined {
  if (!compiled.table.dashDialogue) return undefined;
  const lead = DASH_LINE.exec(text);
  if (!lead) return undefined;
  const start = lead[0].length;
  let end = text.trimEnd().length;
  const lowerVerbs = [...compiled.verbs, ...compiled.afterQuoteVerbs].map((v) => v.join(" "));
  const comma = /,\s+/gu;
  for (let m = comma.exec(text); m; m = comma.exec(text)) {
    if (m.index < start) continue;
    const rest = text.slice(m.index + m[0].length).toLowerCase();
    if (lowerVerbs.some((v) => rest.startsWith(v) && !/[\p{L}\p{N}]/u.test(rest[v.length] ?? ""))) {
      end = m.index;
      break;
    }
  }
  if (end <= start || !/\S/u.test(text.slice(start, end))) return undefined;
  return {
    start,
    end,
    open: lead[2]!,
    close: "",
    continuesNext: false,
    continuesPrevious: false,
    nested: false,
  };
}
