import { describe, expect, test } from "vitest";
import { findPassages } from "./find-passages.js";

const none = () => false;
const spans = (text: string) =>
  findPassages(text, none, undefined)
    .passages.filter((p) => !p.nested)
    .map((p) => text.slice(p.start, p.end));

describe("findPassages", () => {
  test.each([
    ['He said "we are ready" today.', '"we are ready"'],
    ["He said “we are ready” today.", "“we are ready”"],
    ["He said ‘we are ready’ today.", "‘we are ready’"],
    ["Il a dit «nous sommes prêts» hier.", "«nous sommes prêts»"],
    ["Er sagte »wir sind bereit« gestern.", "»wir sind bereit«"],
    ["Han sa »vi är redo» i går.", "»vi är redo»"],
    ["Er sagte „wir sind bereit“ gestern.", "„wir sind bereit“"],
    ["Han sa ”vi är redo” i går.", "”vi är redo”"],
    ['She said: “it was hurried typing" here.', '“it was hurried typing"'],
  ])("%s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  test("apostrophes are not quotation marks", () => {
    expect(spans("Russia's troops' gear, it's O'Brien’s and the ’90s.")).toEqual([]);
    expect(spans("He said 'it's ready' today.")).toEqual(["'it's ready'"]);
    // A known limit: a plural possessive inside straight single quotes closes them early.
    expect(spans("He said 'the troops' gear' today.")).toEqual(["'the troops'"]);
  });

  test("nested quotes: the outer passage is the quote, the inner one is marked nested", () => {
    const text = "He said “they called it ‘warm’ there” and left.";
    const found = findPassages(text, none, undefined).passages;
    expect(found.map((p) => [text.slice(p.start, p.end), p.nested])).toEqual([
      ["“they called it ‘warm’ there”", false],
      ["‘warm’", true],
    ]);
  });

  test("a quote continued over paragraphs: open at each paragraph, closed at the end", () => {
    const first = findPassages("“We will go on.", none, undefined);
    expect(first.openAtEnd).toEqual({ offset: 0, mark: "“" });
    expect(first.passages).toMatchObject([{ start: 0, end: 15, continuesNext: true }]);
    const second = findPassages("“And we will win,” he said.", none, first.openAtEnd);
    expect(second.passages).toMatchObject([{ start: 0, end: 18, continuesPrevious: true }]);
  });

  test("an unclosed mark is reported, not guessed", () => {
    const scan = findPassages("He said “we are ready and “left.", none, undefined);
    expect(scan.unclosed.length + (scan.openAtEnd ? 1 : 0)).toBeGreaterThan(0);
  });

  test('empty quotes ("") are no passage', () => {
    expect(spans('He said "" twice.')).toEqual([]);
  });

  test("masked characters (existing spans and mentions) are not read", () => {
    const text = 'He said "we are ready" today.';
    expect(findPassages(text, (i) => i === 8, undefined).passages).toEqual([]);
  });
});
