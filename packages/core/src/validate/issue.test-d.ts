import { describe, expectTypeOf, it } from "vitest";
import type { EntityType } from "../model/entity.js";
import type { ISSUE_CODES, IssueCode, IssueParams, IssuePath, ValidationIssue } from "./issue.js";

describe("ValidationIssue", () => {
  it("has params for exactly the codes of ISSUE_CODES", () => {
    expectTypeOf<keyof IssueParams>().toEqualTypeOf<(typeof ISSUE_CODES)[number]>();
    expectTypeOf<ValidationIssue["code"]>().toEqualTypeOf<IssueCode>();
  });

  it("narrows params by code", () => {
    const use = (issue: ValidationIssue) => {
      switch (issue.code) {
        case "unknown_reference":
          expectTypeOf(issue.params.id).toEqualTypeOf<string>();
          expectTypeOf(issue.params.registry).toEqualTypeOf<"entities" | "quotes" | "claims">();
          expectTypeOf(issue.params.kinds).toEqualTypeOf<EntityType[] | undefined>();
          expectTypeOf(issue.params.nearest).toEqualTypeOf<string | undefined>();
          break;
        case "unknown_key":
          expectTypeOf(issue.params.key).toEqualTypeOf<string>();
          expectTypeOf(issue.params.allowed).toEqualTypeOf<string[]>();
          break;
        case "quote_text_mismatch":
          expectTypeOf(issue.params.spanWords).toEqualTypeOf<string>();
          expectTypeOf(issue.params.quoteText).toEqualTypeOf<string>();
          expectTypeOf(issue.params.offset).toEqualTypeOf<number>();
          expectTypeOf(issue.params.quotePath).toEqualTypeOf<IssuePath>();
          break;
        case "invalid_language":
          expectTypeOf(issue.params.suggestion).toEqualTypeOf<string | undefined>();
          break;
        default:
          expectTypeOf(issue.params).not.toBeAny();
      }
    };
    expectTypeOf(use).toBeFunction();
  });

  it("rejects params of another code", () => {
    const wrong: ValidationIssue = {
      code: "unknown_key",
      path: [],
      message: "",
      // @ts-expect-error an unknown_key issue has no `id`
      params: { id: "x" },
    };
    expectTypeOf(wrong).toEqualTypeOf<ValidationIssue>();
  });
});
