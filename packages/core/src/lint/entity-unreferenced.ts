import type { LintRule, LintWarning } from "./lint-rule.js";

/** `entity-unreferenced`: nothing in the article refers to an entity. */
export const entityUnreferenced: LintRule = {
  name: "entity-unreferenced",
  description:
    "An entity that nothing refers to: no mention, author, publisher, speaker, credit, stance or other entity names it. It is probably left over; renderers will not show it.",
  check: (article, context) => {
    const warnings: LintWarning[] = [];
    article.entities.forEach((entity, i) => {
      if (context.referenced.has(entity.id)) return;
      warnings.push({
        rule: "entity-unreferenced",
        path: ["entities", i],
        message: `Nothing refers to ${JSON.stringify(entity.name)} (${JSON.stringify(entity.id)}): mention it where the text names it, reference it from a field, or remove it.`,
      });
    });
    return warnings;
  },
};
