import { safeParseArticle } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { mediaNodesArticle } from "./media-nodes-article.js";

describe("mediaNodesArticle", () => {
  it("is a valid article", () => {
    const result = safeParseArticle(mediaNodesArticle);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
