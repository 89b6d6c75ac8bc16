import type { LintRule, LintWarning } from "./lint-rule.js";

/** `entity-no-same-as`: an entity has neither `sameAs` nor `url`. */
export const entityNoSameAs: LintRule = {
  name: "entity-no-same-as",
  description:
    "An entity has neither `sameAs` (Wikidata, Wikipedia) nor `url`, so readers and search engines cannot tell which one it is. Anonymous persons are exempt: there is nothing to link.",
  check: (article) => {
    const warnings: LintWarning[] = [];
    article.entities.forEach((entity, i) => {
      if (entity.type === "Person" && entity.anonymous === true) return;
      if ((entity.sameAs?.length ?? 0) > 0 || entity.url !== undefined) return;
      warnings.push({
        rule: "entity-no-same-as",
        path: ["entities", i],
        message: `${JSON.stringify(entity.name)} (${entity.type}) has no sameAs or url: add its Wikidata or Wikipedia URL to sameAs, once you have checked it is the same ${entity.type.toLowerCase()}.`,
      });
    });
    return warnings;
  },
};
