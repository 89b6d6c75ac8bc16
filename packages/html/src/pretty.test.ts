import { describe, expect, it } from "vitest";
import { prettyHtml } from "./pretty.js";

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
