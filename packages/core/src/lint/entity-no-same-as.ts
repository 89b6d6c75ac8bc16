import { type GroupedPlace, groupFindings } from "./group-findings.js";
import type { LintRule } from "./lint-rule.js";

/** `entity-no-same-as`: an entity has neither `sameAs` nor `url`. */
export const entityNoSameAs: LintRule = {
  name: "entity-no-same-as",
  description:
    "An entity has neither `sameAs` (Wikidata, Wikipedia) nor `url`, so readers and search engines cannot tell which one it is. Anonymous persons are exempt: there is nothing to link.",
  defaultSeverity: "info",
  severityReason:
    "Linking an entity to Wikidata needs checking by a person; many entities (an anonymous speaker's outlet, a meeting) have no authority page at all.",
  check: (article) => {
    const places: GroupedPlace[] = [];
    article.entities.forEach((entity, i) => {
      if (entity.type === "Person" && entity.anonymous === true) return;
      if ((entity.sameAs?.length ?? 0) > 0 || entity.url !== undefined) return;
      places.push({
        path: ["entities", i],
        label: `${JSON.stringify(entity.name)} (${entity.type})`,
      });
    });
    return groupFindings(
      "entity-no-same-as",
      places,
      (n) => (n === 1 ? "1 entity has no sameAs or url" : `${n} entities have no sameAs or url`),
      "Add each one's Wikidata or Wikipedia URL to sameAs, once you have checked it is the same one.",
    );
  },
};
