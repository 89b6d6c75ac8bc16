import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: URLs (invalid_url)", () => {
  runCases([
    [
      "a relative url",
      (a) => {
        a.url = "/2015/09/russia";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "an ftp url",
      (a) => {
        a.image!.url = "ftp://example.com/a.jpg";
      },
      [["invalid_url", ["image", "url"]]],
    ],
    [
      "a javascript: sameAs",
      (a) => {
        a.entities[1].sameAs = ["javascript:alert(1)"];
      },
      [["invalid_url", ["entities", 1, "sameAs", 0]]],
    ],
    [
      "a mailto: url outside links",
      (a) => {
        a.url = "mailto:x@example.com";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with a space",
      (a) => {
        a.url = "https://example.com/a b";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with a backslash",
      (a) => {
        a.url = "https:\\\\evil.example.com";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url with user info",
      (a) => {
        a.url = "https://news.example.com@evil.example.com/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url without host",
      (a) => {
        a.url = "https://";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "an upper-case scheme",
      (a) => {
        a.url = "HTTPS://example.com/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a url that does not parse",
      (a) => {
        a.url = "https://[::1/";
      },
      [["invalid_url", ["url"]]],
    ],
    [
      "a bad blockquote cite",
      (a) => {
        a.body[2].cite = "tv";
      },
      [["invalid_url", ["body", 2, "cite"]]],
    ],
    [
      "an obfuscated javascript: link",
      (a) => {
        a.body[0].children[4].url = "java\tscript:alert(1)";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "a javascript: link behind spaces",
      (a) => {
        a.body[0].children[4].url = " javascript:alert(1)";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "a link with an invisible character",
      (a) => {
        a.body[0].children[4].url = "https://exa\u200bmple.com";
      },
      [["invalid_url", ["body", 0, "children", 4, "url"]]],
    ],
    [
      "an empty mailto: link",
      (a) => {
        a.body[0].children[8].url = "mailto:";
      },
      [["invalid_url", ["body", 0, "children", 8, "url"]]],
    ],
  ]);
});
