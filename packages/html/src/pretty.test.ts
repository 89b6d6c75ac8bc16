import { fcParams, runs } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture } from "./__fixtures__/article.js";
import { toHtmlDocument } from "./document/to-html-document.js";
import { createPrettyPrinter, prettyHtml } from "./pretty.js";
import { toHtml } from "./to-html.js";

describe("prettyHtml", () => {
  it("puts nested blocks on indented lines and leaves inline content alone", () => {
    expect(prettyHtml("<div><p>a <em>b</em></p><ul><li>c</li></ul><hr></div>")).toBe(
      "<div>\n  <p>a <em>b</em></p>\n  <ul>\n    <li>c</li>\n  </ul>\n  <hr>\n</div>",
    );
  });

  it("does not break lines after inline content, which would add visible space", () => {
    expect(prettyHtml("<div>text<p>x</p></div>")).toBe("<div>text<p>x</p>\n</div>");
  });

  it("skips quoted > in attributes and copies script and style contents", () => {
    expect(prettyHtml('<div title="a>b"><p>x</p></div>')).toBe(
      '<div title="a>b">\n  <p>x</p>\n</div>',
    );
    expect(prettyHtml("<head><style>p>a{}</style><title>t</title></head>")).toBe(
      "<head>\n  <style>p>a{}</style>\n  <title>t</title>\n</head>",
    );
  });
});

describe("createPrettyPrinter", () => {
  const samples = [
    toHtmlDocument(fixture),
    toHtml(fixture, { appendix: ["quotes", "claims"] }),
    '<div title="a > b"><p>x<!-- a <p> in a comment --></p><script>if (a < b) "</p>"</script><hr></div>',
    "<section><p>text at the end, no closing tag",
    "<div><!-- never closed",
  ];

  it("prints HTML given in parts exactly as prettyHtml prints it whole, wherever it is cut", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.nat(), { maxLength: 12 }),
        (markup, cuts) => {
          const points = [...new Set(cuts.map((c) => c % (markup.length + 1)))].sort(
            (a, b) => a - b,
          );
          const printer = createPrettyPrinter();
          let out = "";
          let from = 0;
          for (const at of points) {
            out += printer.write(markup.slice(from, at));
            from = at;
          }
          out += printer.write(markup.slice(from)) + printer.end();
          expect(out).toBe(prettyHtml(markup));
        },
      ),
      fcParams({ numRuns: runs(500) }),
    );
  });
});
