import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url.js";

describe("safeUrl", () => {
  it.each([
    "https://www.wikidata.org/wiki/Q858",
    "http://example.com/a?b=1&c=2#d",
    "HTTPS://EXAMPLE.COM/",
    "mailto:desk@example.com",
    "/topics/syria",
    "../up",
    "#section",
    "?q=1",
    "//cdn.example.com/x.jpg",
    "/javascript:alert(1)",
    "page?next=javascript:alert(1)",
  ])("lets %j through", (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " \u0001javascript:alert(1)",
    "\u200bjavascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#106avascript:alert(1)",
    "javascript&colon;alert(1)",
    "java&Tab;script:alert(1)",
    "%6Aavascript:alert(1)",
    "jav%09ascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.com/uuid",
    "ftp://example.com/",
  ])("refuses %j", (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it("trims the spaces and controls a browser ignores", () => {
    expect(safeUrl("  https://example.com/ \n")).toBe("  https://example.com/ \n".trim());
    expect(safeUrl("\u0001/path")).toBe("/path");
  });

  it("returns undefined for a non-string", () => {
    expect(safeUrl(undefined as never)).toBeUndefined();
  });
});
