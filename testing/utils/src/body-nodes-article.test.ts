import { safeParseArticle } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "./body-nodes-article.js";

describe("bodyNodesArticle", () => {
  it("is a valid article", () => {
    const result = safeParseArticle(bodyNodesArticle);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
