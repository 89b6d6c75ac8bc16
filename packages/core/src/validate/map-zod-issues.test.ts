import { describe, expect, it } from "vitest";
import { safeParseArticle } from "./parse-article.js";
import { type Loose, runCases, withChange } from "./test-cases.js";

describe("parseArticle: shape issues from the schema (map-zod-issues)", () => {
  runCases([
    [
      "a missing required field",
      (a) => {
        delete a.headline;
      },
      [["missing_field", ["headline"]]],
    ],
    [
      "a missing version",
      (a) => {
        delete a.newsdoc;
      },
      [["missing_field", ["newsdoc"]]],
    ],
    [
      "another version",
      (a) => {
        a.newsdoc = 2;
      },
      [["unsupported_version", ["newsdoc"]]],
    ],
    [
      "a wrong type",
      (a) => {
        a.headline = 42;
      },
      [["invalid_type", ["headline"]]],
    ],
    [
      "an explicit undefined",
      (a) => {
        a.url = undefined;
      },
      [["invalid_type", ["url"]]],
    ],
    [
      "an unknown key",
      (a) => {
        a.headln = "x";
      },
      [["unknown_key", ["headln"]]],
    ],
    [
      "an unknown key deep inside",
      (a) => {
        a.body[0].style = "bold";
      },
      [["unknown_key", ["body", 0, "style"]]],
    ],
    [
      "an unknown block type",
      (a) => {
        a.body[1].type = "paragraf";
      },
      [["unknown_type", ["body", 1, "type"]]],
    ],
    [
      "a node without a type",
      (a) => {
        delete a.body[5].type;
      },
      [["missing_field", ["body", 5, "type"]]],
    ],
    [
      "an unknown entity type",
      (a) => {
        a.entities[0].type = "Human";
      },
      [["unknown_type", ["entities", 0, "type"]]],
    ],
    [
      "a bad field inside an inline node",
      (a) => {
        a.body[0].children[0] = { type: "mention", entity: "peskov" };
      },
      [["missing_field", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "an inline that is neither text nor node",
      (a) => {
        a.body[0].children[1] = 7;
      },
      [["invalid_type", ["body", 0, "children", 1]]],
    ],
    [
      "a bad enum value",
      (a) => {
        (a.quotes[0] as { mode: string }).mode = "quoted";
      },
      [["invalid_value", ["quotes", 0, "mode"]]],
    ],
    [
      "heading level 1",
      (a) => {
        a.body[1].level = 1;
      },
      [["invalid_value", ["body", 1, "level"]]],
    ],
    [
      "width 0",
      (a) => {
        a.image!.width = 0;
      },
      [["invalid_number", ["image", "width"]]],
    ],
    [
      "height 1.5",
      (a) => {
        a.image!.height = 1.5;
      },
      [["invalid_number", ["image", "height"]]],
    ],
    [
      "list start -1",
      (a) => {
        a.body[4].start = -1;
      },
      [["invalid_number", ["body", 4, "start"]]],
    ],
    [
      "NaN",
      (a) => {
        a.image!.width = Number.NaN;
      },
      [["invalid_type", ["image", "width"]]],
    ],
    [
      "an empty id",
      (a) => {
        a.entities[0].id = "";
      },
      // The author pointed at that entity: with its id gone, it points nowhere.
      [
        ["empty_string", ["entities", 0, "id"]],
        ["unknown_reference", ["authors", 0]],
      ],
    ],
    [
      "a whitespace-only headline",
      (a) => {
        a.headline = " \t\n ";
      },
      [["empty_string", ["headline"]]],
    ],
    [
      "a blank statement",
      (a) => {
        a.claims[0]!.statement = " ";
      },
      [["empty_string", ["claims", 0, "statement"]]],
    ],
    [
      "a blank mention",
      (a) => {
        a.body[0].children[0].text = "";
      },
      [["empty_string", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "a blank keyword",
      (a) => {
        a.keywords = ["ok", ""];
      },
      [["empty_string", ["keywords", 1]]],
    ],
    [
      "a bad language tag",
      (a) => {
        a.language = "english language";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "a malformed language tag",
      (a) => {
        a.language = "en-";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "an invalid BCP 47 tag of the right shape",
      (a) => {
        a.language = "en-US-US-x";
      },
      [["invalid_language", ["language"]]],
    ],
  ]);
});

describe("parseArticle: language tags", () => {
  const languageIssue = (language: string) => {
    const result = safeParseArticle(
      withChange((a) => {
        a.language = language;
      }),
    );
    return result.success ? undefined : result.error.issues[0];
  };

  it.each([
    ["english", "en"],
    ["English", "en"],
    ["en_GB", "en-GB"],
    ["en-UK", "en-GB"],
  ])("rejects %s and suggests %s", (language, suggestion) => {
    const issue = languageIssue(language);
    expect(issue?.code).toBe("invalid_language");
    expect(issue?.message).toContain(`Did you mean \`${suggestion}\`?`);
    if (issue?.code === "invalid_language") expect(issue.params.suggestion).toBe(suggestion);
  });

  it("says which subtag the IANA registry lacks", () => {
    const issue = languageIssue("en-Latx");
    expect(issue?.params).toEqual({ value: "en-Latx", problem: "unregistered", subtag: "Latx" });
    expect(issue?.message).toContain('"Latx" is not in the IANA Language Subtag Registry');
  });

  it.each(["en", "en-GB", "ru", "zh-Hant-TW", "es-419"])("accepts %s", (language) => {
    expect(languageIssue(language)).toBeUndefined();
  });
});

describe("parseArticle: params", () => {
  const first = (change: (a: Loose) => void) => {
    const result = safeParseArticle(withChange(change));
    return result.success ? undefined : result.error.issues[0];
  };

  it("gives an unknown key, the allowed keys and the nearest", () => {
    const issue = first((a) => {
      a.quotes[0].speakr = "x";
    });
    expect(issue?.code).toBe("unknown_key");
    if (issue?.code !== "unknown_key") return;
    expect(issue.params.key).toBe("speakr");
    expect(issue.params.suggestion).toBe("speaker");
    expect(issue.params.allowed).toContain("speaker");
  });

  it("gives a missing field its name, an unknown node type the allowed ones", () => {
    expect(first((a) => delete a.headline)?.params).toEqual({
      field: "headline",
      expected: "a string",
    });
    const unknown = first((a) => {
      a.body[1].type = "haeding";
    });
    expect(unknown?.params).toMatchObject({ type: "haeding", suggestion: "heading" });
  });

  it("gives an enumeration's allowed values", () => {
    const issue = first((a) => {
      a.quotes[0].mode = "drect";
    });
    expect(issue?.params).toEqual({
      value: "drect",
      allowed: ["direct", "partial", "indirect"],
      suggestion: "direct",
    });
  });
});

describe("parseArticle: everything at once", () => {
  it("reports a missing headline and an unknown quote speaker together", () => {
    const result = safeParseArticle(
      withChange((a) => {
        delete a.headline;
        a.quotes[0].speaker = "ghost";
        a.body[0].children[0] = { type: "emphasis" };
      }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ["missing_field", ["headline"]],
      ["missing_field", ["body", 0, "children", 0, "children"]],
      ["unknown_reference", ["quotes", 0, "speaker"]],
    ]);
  });
});
