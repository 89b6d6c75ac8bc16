import { describe, expect, it } from "vitest";
import { validArticle } from "../validate/test-fixture.js";
import { lintArticle } from "./lint-article.js";
import { LINT_SEVERITIES } from "./lint-rule.js";
import { checkLintRuleSettings } from "./lint-settings.js";
import { LINT_RULES } from "./rules.js";

function withoutDate() {
  const article = validArticle();
  delete article.datePublished;
  return article;
}

describe("lint rule severities", () => {
  it("every rule has a default severity that runs, and says why", () => {
    for (const rule of LINT_RULES) {
      expect(["error", "warn", "info"]).toContain(rule.defaultSeverity);
      expect(rule.severityReason.length, rule.name).toBeGreaterThan(30);
    }
  });

  it("gives each finding its rule's default severity", () => {
    expect(lintArticle(withoutDate()).map((w) => [w.rule, w.severity])).toEqual([
      ["missing-date-published", "info"],
    ]);
  });

  it("takes a severity per rule from the options, and `off` or `false` silences it", () => {
    const article = withoutDate();
    const severity = (rules: Parameters<typeof lintArticle>[1]) =>
      lintArticle(article, rules).map((w) => w.severity);
    expect(severity({ rules: { "missing-date-published": "error" } })).toEqual(["error"]);
    expect(severity({ rules: { "missing-date-published": "warn" } })).toEqual(["warn"]);
    expect(severity({ rules: { "missing-date-published": true } })).toEqual(["info"]);
    expect(severity({ rules: { "missing-date-published": "off" } })).toEqual([]);
    expect(severity({ rules: { "missing-date-published": false } })).toEqual([]);
  });

  it("throws a TypeError naming an unknown rule and the closest one", () => {
    expect(() =>
      lintArticle(validArticle(), { rules: { "missing-dat-published": "off" } as never }),
    ).toThrow(
      new TypeError(
        `lintArticle: Unknown lint rule "missing-dat-published": did you mean "missing-date-published"? The rules are ${LINT_RULES.map((r) => r.name).join(", ")}.`,
      ),
    );
  });
});

describe("checkLintRuleSettings", () => {
  it("accepts every severity and the booleans", () => {
    for (const severity of [...LINT_SEVERITIES, true, false]) {
      expect(checkLintRuleSettings({ "missing-url": severity })).toEqual([]);
    }
  });

  it("lists every problem: unknown names, wrong severities, a value that is not an object", () => {
    expect(checkLintRuleSettings({ "missing-url": "warning", nope: "off" })).toEqual([
      {
        rule: "missing-url",
        message:
          'Lint rule "missing-url" is set to "warning"; use one of "error", "warn", "info", "off".',
      },
      {
        rule: "nope",
        message: expect.stringMatching(/^Unknown lint rule "nope"\. The rules are /),
      },
    ]);
    expect(checkLintRuleSettings(["missing-url"])).toEqual([
      {
        rule: undefined,
        message:
          'Lint rule settings must be an object of rule name → severity, like { "missing-url": "off" }; got an array.',
      },
    ]);
  });
});
