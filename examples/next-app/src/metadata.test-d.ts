import type { ArticleMetadata } from "@newsdoc/react";
import { articleMetadata } from "@newsdoc/react";
import type { Metadata } from "next";
import { describe, expectTypeOf, it } from "vitest";

describe("articleMetadata against Next.js's own types", () => {
  it("returns a Next.js Metadata object, without @newsdoc/react depending on next", () => {
    expectTypeOf<ArticleMetadata>().toExtend<Metadata>();
    expectTypeOf(articleMetadata).returns.toExtend<Metadata>();
    expectTypeOf<ArticleMetadata["openGraph"]>().toExtend<NonNullable<Metadata["openGraph"]>>();
    expectTypeOf<ArticleMetadata["twitter"]>().toExtend<NonNullable<Metadata["twitter"]>>();
    expectTypeOf<NonNullable<ArticleMetadata["robots"]>>().toExtend<
      NonNullable<Metadata["robots"]>
    >();
  });
});
