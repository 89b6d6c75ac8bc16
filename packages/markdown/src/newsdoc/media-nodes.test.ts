import { parseArticle } from "@newsdoc/core";
import { mediaNodesArticle } from "@newsdoc/test-utils";
import { HtmlRenderer, Parser } from "commonmark";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "../import/index.js";
import { MarkdownImportError } from "../import/report.js";
import { toNewsdocMarkdown } from "./to-newsdoc-markdown.js";

type Element = DefaultTreeAdapterMap["element"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

function elements(node: ChildNode | DefaultTreeAdapterMap["documentFragment"], name: string) {
  const out: Element[] = [];
  const walk = (n: ChildNode | DefaultTreeAdapterMap["documentFragment"]) => {
    if ("tagName" in n && n.tagName === name) out.push(n as Element);
    if ("childNodes" in n) for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return out;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(node: ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

// commonmark.js with no extension: what a viewer that knows nothing of newsdoc shows.
function plainView(markdown: string) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  return parseFragment(new HtmlRenderer().render(new Parser().parse(body)));
}

const HEAD = "---\nnewsdoc: 1\nid: a\nlanguage: en\n---\n# Headline\n\n";

function read(body: string) {
  return fromMarkdown(`${HEAD}${body}\n`);
}

function issuesOf(body: string) {
  try {
    read(body);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownImportError);
    return (error as MarkdownImportError).issues;
  }
  throw new Error("expected a MarkdownImportError");
}

describe("embeds, video, audio and heading ids in newsdoc Markdown", () => {
  it("a plain CommonMark viewer shows each embed and medium as a link, the poster as an image, and heading anchors", () => {
    const markdown = toNewsdocMarkdown(mediaNodesArticle);
    const view = plainView(markdown);
    const links = elements(view, "a");
    for (const block of mediaNodesArticle.body) {
      if (block.type === "embed") {
        const link = links.find((a) => attr(a, "href") === block.url);
        expect(link && textOf(link), block.url).toBe(block.title);
      }
      if (block.type === "video" || block.type === "audio") {
        const link = links.find((a) => attr(a, "href") === block.sources[0]!.url);
        expect(link && textOf(link)).toBe(block.title);
      }
    }
    const poster = elements(view, "img").find(
      (img) => attr(img, "src") === "https://media.example.com/fixture.jpg",
    );
    expect(poster && attr(poster, "alt")).toBe("Fixture video");
    const h3 = elements(view, "h3")[0]!;
    expect(elements(h3, "a").map((a) => attr(a, "id"))).toEqual(["reaction"]);
    expect(textOf(h3)).toBe("Reaction");
  });

  it("reads hand-written forms: an embed, a video with a poster and a transcript, an audio clip", () => {
    const { article, report } = read(
      [
        "## <a id='since-friday'></a>Since Friday",
        ":::embed{provider=youtube embedUrl=https://www.youtube-nocookie.com/embed/abc aspectRatio=16:9}",
        "[The briefing](https://www.youtube.com/watch?v=abc)",
        "",
        "The ministry's briefing.",
        ":::",
        "::::video{width=640 height=360 duration=PT1M uploadDate=2015-09-11T12:00:00+03:00}",
        "![Clip](https://media.example.com/clip.jpg)",
        "",
        "[Clip](https://media.example.com/clip.mp4)",
        "",
        '::source{url=https://media.example.com/clip.mp4 type="video/mp4"}',
        "::track[English]{url=https://media.example.com/clip.vtt kind=captions language=en default}",
        "",
        ":::transcript",
        "One.",
        "",
        "Two.",
        ":::",
        "::::",
        ":::audio",
        "[Podcast](https://media.example.com/p.mp3)",
        "",
        '::source{url=https://media.example.com/p.mp3 type="audio/mpeg"}',
        "",
        "An episode.",
        ":::",
      ].join("\n"),
    );
    expect(report).toEqual([]);
    expect(article.body).toStrictEqual([
      { type: "heading", level: 2, id: "since-friday", children: ["Since Friday"] },
      {
        type: "embed",
        url: "https://www.youtube.com/watch?v=abc",
        title: "The briefing",
        provider: "youtube",
        embedUrl: "https://www.youtube-nocookie.com/embed/abc",
        aspectRatio: { width: 16, height: 9 },
        fallback: "The ministry's briefing.",
      },
      {
        type: "video",
        title: "Clip",
        sources: [{ url: "https://media.example.com/clip.mp4", mimeType: "video/mp4" }],
        tracks: [
          {
            url: "https://media.example.com/clip.vtt",
            kind: "captions",
            language: "en",
            label: "English",
            default: true,
          },
        ],
        transcript: "One.\n\nTwo.",
        duration: "PT1M",
        uploadDate: "2015-09-11T12:00:00+03:00",
        poster: "https://media.example.com/clip.jpg",
        width: 640,
        height: 360,
      },
      {
        type: "audio",
        title: "Podcast",
        sources: [{ url: "https://media.example.com/p.mp3", mimeType: "audio/mpeg" }],
        description: "An episode.",
      },
    ]);
    expect(() => parseArticle(article)).not.toThrow();
  });

  it("reports what it does not keep, with its line", () => {
    const { report } = read(
      [
        ":::audio",
        "![Cover](https://media.example.com/cover.jpg)",
        "",
        "[Podcast](https://media.example.com/other.mp3)",
        "",
        '::source{url=https://media.example.com/p.mp3 type="audio/mpeg"}',
        "",
        "> a quotation",
        ":::",
      ].join("\n"),
    );
    expect(report.map((r) => r.code)).toEqual([
      "image-dropped",
      "media-content-dropped",
      "link-url-ignored",
    ]);
    expect(report[0]).toMatchObject({ line: 9 }); // the image, on the second line of the body
  });

  it("fails with a clear error for what it cannot read", () => {
    expect(
      issuesOf(":::embed{provider=youtub}\n[T](https://www.youtube.com/x)\n:::")[0],
    ).toMatchObject({
      code: "invalid-attribute",
      line: 8,
      message: expect.stringContaining('"youtube"'),
    });
    expect(issuesOf(":::embed\nJust words.\n:::")[0]).toMatchObject({ code: "missing-link" });
    expect(issuesOf(":::embed{aspect=4:3}\n[T](https://example.org/)\n:::")[0]).toMatchObject({
      code: "unknown-attribute",
      message: expect.stringContaining("aspectRatio"),
    });
    expect(issuesOf(":::video\n[T](https://example.org/v.mp4)\n:::")[0]).toMatchObject({
      code: "missing-source",
    });
    expect(
      issuesOf(
        ":::video\n[T](https://example.org/v.mp4)\n\n::source{url=https://example.org/v.mp4 type=video/mp4}\n\n::track[En]{url=https://example.org/v.vtt kind=closed language=en}\n:::",
      )[0],
    ).toMatchObject({ code: "invalid-attribute", message: expect.stringContaining("captions") });
  });

  it("an id an HTML attribute cannot hold verbatim is an :anchor directive", () => {
    const article = parseArticle({
      ...mediaNodesArticle,
      body: [{ type: "heading", level: 2, id: `"><script>&`, children: ["Reaction"] }],
    });
    const markdown = toNewsdocMarkdown(article);
    expect(markdown).toContain(":anchor[]{");
    expect(fromMarkdown(markdown).article.body).toStrictEqual(article.body);
  });
});
