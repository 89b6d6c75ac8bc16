import type { Article } from "../model/article.js";
import type { Audio, Video } from "../model/media.js";
import { type VisitPosition, visitByType } from "../model/visit.js";
import { type IssuePath, issue, type ValidationIssue } from "./issue.js";

/** Video and audio: at most one text track is the `default` (`multiple_default_tracks`). */
export function checkMedia(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = (node: Video | Audio, at: VisitPosition): void => {
    let first: IssuePath | undefined;
    node.tracks?.forEach((track, i) => {
      if (track.default !== true) return;
      const path = [...at.path(), "tracks", i, "default"];
      if (first === undefined) {
        first = path;
        return;
      }
      issues.push(
        issue(
          "multiple_default_tracks",
          path,
          `Track ${first[first.length - 2]} is already the default: a player turns on one track by default, so mark only one.`,
          { firstPath: first },
        ),
      );
    });
  };
  visitByType(article, { video: check, audio: check });
  return issues;
}
