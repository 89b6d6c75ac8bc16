export type { AnnotateResult } from "./annotate.js";
export { annotate } from "./annotate.js";
export { english } from "./languages/english.js";
export { german } from "./languages/german.js";
export type { LanguageTable } from "./languages/language-table.js";
export { LANGUAGE_TABLES, languageTable } from "./languages/language-tables.js";
export { swedish } from "./languages/swedish.js";
export type { AnnotateOptions } from "./options.js";
export type {
  AmbiguousMention,
  AnnotateProblem,
  AnnotateReport,
  MentionAnnotation,
  QuoteAnnotation,
} from "./report.js";
export type { Construction } from "./speakers/construction.js";
export { CONSTRUCTION_CONFIDENCE } from "./speakers/construction.js";
export type { SpeakerProposal } from "./speakers/speaker-proposal.js";
export { stripAnnotations } from "./strip-annotations.js";
export type { AnnotatePath } from "./tree/inline-containers.js";
