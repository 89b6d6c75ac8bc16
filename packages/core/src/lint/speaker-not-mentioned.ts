import type { Entity } from "../model/entity.js";
import type { LintRule, LintWarning } from "./lint-rule.js";

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
  check: (article, context) => {
    const entities = new Map<string, Entity>();
    for (const entity of article.entities)
      if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const warned = new Set<string>();
    const warnings: LintWarning[] = [];
    article.quotes.forEach((quote, i) => {
      const speaker = quote.speaker;
      if (warned.has(speaker) || context.mentioned.has(speaker)) return;
      const entity = entities.get(speaker);
      if (
        entity?.type === "Person" &&
        entity.anonymous === true &&
        entity.affiliation !== undefined &&
        context.mentioned.has(entity.affiliation)
      )
        return;
      warned.add(speaker);
      const name = entity ? JSON.stringify(entity.name) : JSON.stringify(speaker);
      const fix =
        entity?.type === "Person" && entity.anonymous === true
          ? "mention the organisation they speak for (their affiliation) where the text names it"
          : "wrap the words that name them in a mention";
      warnings.push({
        rule: "speaker-not-mentioned",
        path: ["quotes", i, "speaker"],
        message: `${name} is quoted but never mentioned in the body: ${fix}, so readers see who is speaking.`,
      });
    });
    return warnings;
  },
};
