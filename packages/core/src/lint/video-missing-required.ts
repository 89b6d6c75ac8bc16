import { visitByType } from "../model/visit.js";
import type { LintFinding, LintRule } from "./lint-rule.js";

/** `video-missing-required`: a video lacks what Google's video rich results require. */
export const videoMissingRequired: LintRule = {
  name: "video-missing-required",
  description:
    "A video has no `poster` (JSON-LD `thumbnailUrl`) or no `uploadDate`: Google's video guidelines require both (with `name`) before a video can appear in video results.",
  defaultSeverity: "warn",
  severityReason:
    "The video still plays and renders; it only misses search features, and the missing facts are usually at hand.",
  check: (article) => {
    const findings: LintFinding[] = [];
    visitByType(article, {
      video(node, at) {
        const missing = [
          node.poster === undefined ? "poster (thumbnailUrl)" : undefined,
          node.uploadDate === undefined ? "uploadDate" : undefined,
        ].filter((m): m is string => m !== undefined);
        if (missing.length === 0) return;
        findings.push({
          rule: "video-missing-required",
          path: at.path(),
          message: `The video ${JSON.stringify(node.title)} has no ${missing.join(" and no ")}: Google requires name, thumbnailUrl and uploadDate for a video to show in video results. Add the poster image's URL and the date it was first published (with an offset).`,
        });
      },
    });
    return findings;
  },
};
