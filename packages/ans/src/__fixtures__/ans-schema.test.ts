import { describe, expect, it } from "vitest";
import {
  ansFixtures,
  ansStoryErrors,
  ansValidator,
  DATA_DIR,
  elementSchema,
} from "./ans-schema.js";

// The harness itself: it must accept Arc's good fixtures and reject what the schemas forbid.
describe.skipIf(!DATA_DIR)("the official ANS 0.10.12 schemas", () => {
  it.each(ansFixtures())("accept Arc's %s", (_name, doc) => {
    const type = (doc as { type: string }).type;
    if (type === "story") expect(ansStoryErrors(doc)).toEqual([]);
    else {
      const validate = ansValidator(elementSchema(type) ?? "missing");
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("reject a wrong version, an unknown key and a bad element", () => {
    expect(ansStoryErrors({ type: "story", version: "0.10.11" })).not.toEqual([]);
    expect(ansStoryErrors({ type: "story", version: "0.10.12", colour: "red" })).not.toEqual([]);
    expect(
      ansStoryErrors({
        type: "story",
        version: "0.10.12",
        content_elements: [{ type: "text" }],
      }),
    ).not.toEqual([]);
    expect(
      ansStoryErrors({
        type: "story",
        version: "0.10.12",
        content_elements: [{ type: "list", items: [{ type: "header", content: "x" }] }],
      }),
    ).not.toEqual([]);
  });
});
