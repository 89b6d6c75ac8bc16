import { type AnnotateOptions, type AnnotateReport, annotate } from "@newsdoc/annotate";
import type { Article, Entity } from "@newsdoc/core";
import { EntitySchema } from "@newsdoc/core";
import type { Report } from "./report.js";

/**
 * The `annotate` option of an importer: `true` for `@newsdoc/annotate`'s
 * defaults, or its options (`registry` to look names up in a shared
 * registry as well, `applyAbove`, `mentions`, `quotes`, …). `false` or
 * absent: no annotation.
 */
export type ImportAnnotateOption = boolean | AnnotateOptions;

/** What {@link annotateImport} returns: the article, and annotate's report when it ran. */
export interface AnnotatedImport {
  article: Article;
  annotated?: AnnotateReport;
}

/**
 * An imported article through `annotate`: mentions where the registry's
 * names appear in the text (the item's own entities and, with `registry`,
 * a shared one), quotes with their speakers at `applyAbove`. The text is
 * not changed. One report entry says what was added (the full list is
 * annotate's report); a shared registry's entity that is not valid is a
 * `TypeError` that names it, before anything runs.
 */
export function annotateImport(
  article: Article,
  option: ImportAnnotateOption | undefined,
  name: string,
  report: Report,
): AnnotatedImport {
  if (option === undefined || option === false) return { article };
  if (option !== true && (option === null || typeof option !== "object")) {
    throw new TypeError(
      `${name}: options.annotate must be true, false or @newsdoc/annotate's options, not ${JSON.stringify(option)}.`,
    );
  }
  const options: AnnotateOptions = option === true ? {} : option;
  if (options.registry !== undefined) {
    if (!Array.isArray(options.registry))
      throw new TypeError(`${name}: options.annotate.registry must be an array of entities.`);
    options.registry.forEach((entity: Entity, i: number) => {
      const checked = EntitySchema.safeParse(entity);
      if (!checked.success)
        throw new TypeError(
          `${name}: options.annotate.registry[${i}] is not a valid entity: ${checked.error.issues[0]?.message ?? "bad shape"} (validate the registry with EntitySchema from @newsdoc/core).`,
        );
    });
  }
  const result = annotate(article, options);
  const mentions = result.report.mentions;
  const applied = result.report.quotes.filter((q) => q.applied).length;
  const known = new Set(article.entities.map((e) => e.id));
  const joined = result.article.entities.filter((e) => !known.has(e.id));
  const named = [...new Set(mentions.map((m) => m.entity))];
  const parts = [
    `${mentions.length} ${mentions.length === 1 ? "mention" : "mentions"}${named.length > 0 ? ` (of ${named.slice(0, 8).join(", ")}${named.length > 8 ? `, and ${named.length - 8} more` : ""})` : ""}`,
    `${applied} ${applied === 1 ? "quote" : "quotes"} with ${applied === 1 ? "its speaker" : "their speakers"}`,
  ];
  if (joined.length > 0)
    parts.push(
      `${joined.length} ${joined.length === 1 ? "entity" : "entities"} from the shared registry (${joined.map((e) => e.id).join(", ")})`,
    );
  const unsure = result.report.quotes.length - applied + result.report.ambiguous.length;
  report.push({
    kind: "approximated",
    path: "body",
    message: `annotate added ${parts.join(", ")}: proposals from the registry's names and the text's quotation marks, not the source's own markup${unsure > 0 ? `; ${unsure} more (quotes below the threshold, names several entities share) are in the annotate report, for review` : ""}.`,
  });
  return { article: result.article, annotated: result.report };
}
