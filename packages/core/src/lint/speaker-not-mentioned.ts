import type { Entity } from "../model/entity.js";
import { type GroupedPlace, groupFindings } from "./group-findings.js";
import type { LintRule } from "./lint-rule.js";

/**
 * `speaker-not-mentioned`: a quote's speaker is never mentioned in the body
 * or a caption. An anonymous person counts as mentioned when their
 * affiliation is ("a spokesperson for the Ministry of Defence" names the
 * ministry, not the person).
 */
export const speakerNotMentioned: LintRule = {
  name: "speaker-not-mentioned",
  description:
    "A quote's speaker is never mentioned (no `mention` node) in the body or a caption, so readers cannot see who said it. An anonymous person counts as mentioned when their affiliation is.",
  defaultSeverity: "warn",
  severityReason:
    "Readers should see who is speaking; the fix is a mention where the text names the speaker.",
  check: (article, context) => {
    const entities = new Map<string, Entity>();
    for (const entity of article.entities)
      if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const warned = new Set<string>();
    const named: GroupedPlace[] = [];
    const anonymous: GroupedPlace[] = [];
    article.quotes.forEach((quote, i) => {
      const speaker = quote.speaker;
      if (warned.has(speaker) || context.mentioned.has(speaker)) return;
      const entity = entities.get(speaker);
      const isAnonymous = entity?.type === "Person" && entity.anonymous === true;
      if (
        isAnonymous &&
        entity.affiliation !== undefined &&
        context.mentioned.has(entity.affiliation)
      )
        return;
      warned.add(speaker);
      const place = {
        path: ["quotes", i, "speaker"],
        label: entity ? JSON.stringify(entity.name) : JSON.stringify(speaker),
      };
      (isAnonymous ? anonymous : named).push(place);
    });
    const quoted = (n: number) =>
      n === 1
        ? "1 speaker is quoted but never mentioned in the body"
        : `${n} speakers are quoted but never mentioned in the body`;
    return [
      ...groupFindings(
        "speaker-not-mentioned",
        named,
        quoted,
        "Wrap the words that name each one in a mention, so readers see who is speaking.",
      ),
      ...groupFindings(
        "speaker-not-mentioned",
        anonymous,
        (n) => `${quoted(n)} (anonymous)`,
        "Mention the organisation each speaks for (their affiliation) where the text names it.",
      ),
    ];
  },
};
