import { describe, expect, it } from "vitest";
import { safeParseArticle } from "./parse-article.js";
import { runCases, withChange } from "./test-cases.js";

describe("parseArticle: quote spans (quote_text_mismatch)", () => {
  runCases([
    [
      "a quote span with other words",
      (a) => {
        a.quotes[0]!.text = "We are not sending soldiers";
      },
      [["quote_text_mismatch", ["body", 0, "children", 2]]],
    ],
    [
      "a quote span inside a blockquote with other words",
      (a) => {
        a.quotes[1]!.text = "We will not consider it.";
      },
      [["quote_text_mismatch", ["body", 2, "children", 0, "children", 0]]],
    ],
  ]);
});

describe("quote_text_mismatch: fair punctuation and a message around the difference", () => {
  const spanIssues = (text: string, span: string) => {
    const input = withChange((a) => {
      a.quotes[1]!.text = text;
      a.body[2].children[0].children[0].children = [span];
    });
    const result = safeParseArticle(input);
    return result.success ? [] : result.error.issues;
  };

  it.each([
    [
      "the text keeps the comma the sentence puts inside the marks",
      "Until this [happens] … hypothetically,",
      "“Until this [happens] … hypothetically,”",
    ],
    [
      "the text leaves it out",
      "Until this [happens] … hypothetically",
      "“Until this [happens] … hypothetically,”",
    ],
    [
      "British placement, comma after the closing mark",
      "Until this [happens] … hypothetically,",
      "“Until this [happens] … hypothetically”,",
    ],
    [
      "straight marks",
      "Until this [happens] … hypothetically,",
      '"Until this [happens] … hypothetically,"',
    ],
    [
      "single curly marks",
      "Until this [happens] … hypothetically",
      "‘Until this [happens] … hypothetically’,",
    ],
  ])("accepts a span when %s", (_name, text, span) => {
    expect(spanIssues(text, span)).toEqual([]);
  });

  it("shows the region around the first difference and names look-alike characters", () => {
    const long = "The first forty characters are all the same here, and then it’s different";
    const [issue] = spanIssues(long.replace("’", "'"), `“${long}”`);
    expect(issue?.code).toBe("quote_text_mismatch");
    if (issue?.code !== "quote_text_mismatch") return;
    const at = long.indexOf("’");
    expect(issue.params).toEqual({
      quote: "q2",
      spanWords: long,
      quoteText: long.replace("’", "'"),
      offset: at,
      quotePath: ["quotes", 1, "text"],
    });
    expect(issue.message).toContain(`first differ at character ${at}`);
    expect(issue.message).toContain(
      "the span has ’ U+2019 (right single quotation mark) where the quote has ' U+0027 (apostrophe)",
    );
    expect(issue.message).toContain(`"…e same here, and then it’s different"`);
    expect(issue.message).not.toContain("The first forty");
  });

  it("names invisible differences such as a no-break space", () => {
    const [issue] = spanIssues("We will not", "“We will\u00a0not”");
    expect(issue?.message).toContain("U+00A0 (no-break space) where the quote has U+0020 (space)");
  });

  it("says which text ends first", () => {
    const [issue] = spanIssues("We will not consider it", "“We will not”");
    expect(issue?.message).toContain("the span ends there, the quote goes on with U+0020 (space)");
  });
});
