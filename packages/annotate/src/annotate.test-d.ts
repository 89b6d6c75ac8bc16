import type { Article, EntityId } from "@newsdoc/core/kit";
import { expectTypeOf, test } from "vitest";
import {
  type AnnotateOptions,
  type AnnotateReport,
  annotate,
  type Construction,
  type LanguageTable,
  type SpeakerProposal,
} from "./index.js";

test("annotate takes an article and typed options, returns the article and the report", () => {
  expectTypeOf(annotate).parameter(0).toEqualTypeOf<Article>();
  expectTypeOf(annotate).parameter(1).toEqualTypeOf<AnnotateOptions | undefined>();
  expectTypeOf(annotate).returns.toEqualTypeOf<{
    readonly article: Article;
    readonly report: AnnotateReport;
  }>();
  expectTypeOf<AnnotateOptions["applyAbove"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<AnnotateOptions["exclude"]>().toEqualTypeOf<readonly EntityId[] | undefined>();
  expectTypeOf<AnnotateOptions["language"]>().toEqualTypeOf<LanguageTable | undefined>();
  // @ts-expect-error: the threshold is a number, not a string
  annotate({} as Article, { applyAbove: "0.8" });
  // @ts-expect-error: unknown options do not compile
  annotate({} as Article, { aplyAbove: 0.8 });
});

test("a speaker proposal names its construction", () => {
  expectTypeOf<SpeakerProposal["construction"]>().toEqualTypeOf<Construction>();
  expectTypeOf<"quote-speaker-verb">().toExtend<Construction>();
  expectTypeOf<AnnotateReport["quotes"][number]["mode"]>().toEqualTypeOf<"direct" | "partial">();
});
