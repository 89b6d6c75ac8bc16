/**
 * `@newsdoc/ans`: newsdoc articles as Arc XP ANS 0.10.12 stories. This
 * entry writes (`toAns`); `@newsdoc/ans/import` reads (`fromAns`).
 *
 * @packageDocumentation
 */

export { ansEntityIds, wikidataId } from "./ans-ids.js";
export type { InlineHtmlOptions } from "./block-html.js";
export type { Report, ReportEntry, ReportKind } from "./report.js";
export { formatReportEntry } from "./report.js";
export type { ToAnsOptions, ToAnsResult } from "./to-ans.js";
export { NAMED_ENTITY_TYPES, toAns, toAnsWithReport } from "./to-ans.js";
export type * from "./types.js";
export { ANS_VERSION } from "./types.js";
