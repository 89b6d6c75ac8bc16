import { type GroupedPlace, groupFindings } from "./group-findings.js";
import type { LintRule } from "./lint-rule.js";

/** `entity-unreferenced`: nothing in the article refers to an entity. */
export const entityUnreferenced: LintRule = {
  name: "entity-unreferenced",
  description:
    "An entity that nothing refers to: no mention, author, publisher, speaker, credit, stance or other entity names it. It is probably left over; renderers will not show it.",
  defaultSeverity: "warn",
  severityReason:
    "An entity nothing refers to is almost always left over from editing, and renderers never show it.",
  check: (article, context) => {
    const places: GroupedPlace[] = [];
    article.entities.forEach((entity, i) => {
      if (context.referenced.has(entity.id)) return;
      places.push({
        path: ["entities", i],
        label: `${JSON.stringify(entity.name)} (${JSON.stringify(entity.id)})`,
      });
    });
    return groupFindings(
      "entity-unreferenced",
      places,
      (n) => (n === 1 ? "Nothing refers to 1 entity" : `Nothing refers to ${n} entities`),
      "Mention each where the text names it, reference it from a field, or remove it.",
    );
  },
};
