import { parseArticle } from "@newsdoc/core";
import { xssCorpus } from "@newsdoc/test-utils";
import { describe, expect, it } from "vitest";
import { articleAndReportText, visibleTexts } from "./__fixtures__/visible-text.js";
import { fromHtml } from "./from-html.js";

function read(body: string) {
  const result = fromHtml(`<article><h1>Headline</h1>${body}</article>`);
  // Always a valid article, and no visible text lost.
  expect(() => parseArticle(result.article)).not.toThrow();
  const haystack = articleAndReportText(result.article, result.report);
  for (const text of visibleTexts(body)) expect(haystack).toContain(text);
  return result;
}

describe("fromHtml reads real-world embeds, media and factboxes", () => {
  it("a YouTube iframe, with the watch page as its URL and the ratio of its size", () => {
    const { article, report } = read(
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
    );
    expect(article.body).toStrictEqual([
      {
        type: "embed",
        url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        title: "YouTube video player",
        provider: "youtube",
        embedUrl: "https://www.youtube.com/embed/dQw4w9WgXcQ?si=x",
        aspectRatio: { width: 16, height: 9 },
      },
    ]);
    // Nothing about the iframe is reported: its loading policy is not content.
    expect(report.filter((r) => r.element === "iframe")).toEqual([]);
  });

  it("a YouTube iframe without a query gives the watch page; Vimeo its video page; in a <p>, lifted out", () => {
    const { article } = read(
      '<p>Before <iframe src="https://www.youtube-nocookie.com/embed/abc_123" title="Briefing"></iframe> after</p><iframe src="https://player.vimeo.com/video/76979871" width="640" height="360" title="Vimeo clip"></iframe>',
    );
    expect(article.body).toMatchObject([
      { type: "paragraph", children: ["Before"] },
      {
        type: "embed",
        provider: "youtube",
        url: "https://www.youtube.com/watch?v=abc_123",
        embedUrl: "https://www.youtube-nocookie.com/embed/abc_123",
      },
      { type: "paragraph", children: ["after"] },
      { type: "embed", provider: "vimeo", url: "https://vimeo.com/76979871", title: "Vimeo clip" },
    ]);
  });

  it("Datawrapper and Flourish charts, a map, and a site newsdoc knows no provider for", () => {
    const { article, report } = read(
      [
        '<iframe title="Arrivals by month" aria-label="Column Chart" id="datawrapper-chart-AbC12" src="https://datawrapper.dwcdn.net/AbC12/1/" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="400" data-external="1"></iframe>',
        '<iframe src="https://flo.uri.sh/visualisation/1234567/embed" title="Interactive or visual content" class="flourish-embed-iframe" frameborder="0" scrolling="no" style="width:100%;height:600px;" sandbox="allow-same-origin allow-forms allow-scripts"></iframe>',
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18" width="600" height="450" loading="lazy"></iframe>',
        '<iframe src="https://widgets.example.org/poll/7" title="Reader poll"></iframe>',
      ].join(""),
    );
    expect(article.body).toMatchObject([
      { type: "embed", provider: "datawrapper", title: "Arrivals by month" },
      {
        type: "embed",
        provider: "flourish",
        url: "https://public.flourish.studio/visualisation/1234567/",
        embedUrl: "https://flo.uri.sh/visualisation/1234567/embed",
      },
      {
        type: "embed",
        provider: "google-maps",
        title: "Google Maps embed",
        aspectRatio: { width: 4, height: 3 },
      },
      { type: "embed", title: "Reader poll", url: "https://widgets.example.org/poll/7" },
    ]);
    expect("provider" in article.body[3]!).toBe(false);
    // What is not kept is listed: the chart's style and ids, the untitled map, the unknown site.
    expect(report.filter((r) => r.kind === "attribute").map((r) => r.attribute)).toEqual(
      expect.arrayContaining(["aria-label", "id", "style", "data-external", "class"]),
    );
    expect(report.map((r) => r.reason)).toEqual(expect.arrayContaining(["embed-title", "embed"]));
  });

  it("an iframe with an unsafe or insecure source is never an iframe embed", () => {
    const { article, report } = read(
      '<iframe src="javascript:alert(1)" title="x"></iframe><iframe src="http://www.youtube.com/embed/abc" title="Clear"></iframe>',
    );
    expect(article.body).toStrictEqual([
      {
        type: "embed",
        url: "https://www.youtube.com/watch?v=abc",
        title: "Clear",
        provider: "youtube",
      },
    ]);
    expect(report.map((r) => r.reason)).toEqual(
      expect.arrayContaining(["unsafe-url", "insecure-embed"]),
    );
    expect(JSON.stringify(article)).not.toContain("javascript");
  });

  it("a figure around an iframe: the caption titles it, or is its fallback text", () => {
    const { article } = read(
      '<figure><iframe src="https://www.youtube.com/embed/abc"></iframe><figcaption>Lavrov speaks</figcaption></figure><figure><iframe src="https://www.youtube.com/embed/def" title="Clip"></iframe><figcaption>Recorded on Friday</figcaption></figure>',
    );
    expect(article.body).toMatchObject([
      { type: "embed", title: "Lavrov speaks" },
      { type: "embed", title: "Clip", fallback: "Recorded on Friday" },
    ]);
  });

  it("Twitter/X, Instagram, TikTok and Facebook embed codes become embeds of the post, their words the fallback", () => {
    const { article, report } = read(
      [
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Russia is not sending troops <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; A Ministry (@ministry) <a href="https://twitter.com/ministry/status/123?ref_src=twsrc">September 11, 2015</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/XYZ/?utm_source=ig_embed">View this post on Instagram</a><p><a href="https://www.instagram.com/p/XYZ/">A post shared by Someone (@someone)</a></p></div></blockquote>',
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@user/video/7000" data-video-id="7000"><section><a href="https://www.tiktok.com/@user">@user</a> Words of the clip</section></blockquote>',
        '<blockquote cite="https://www.facebook.com/page/posts/1" class="fb-xfbml-parse-ignore"><p>A page post.</p>Posted by <a href="https://www.facebook.com/page">Page</a></blockquote>',
      ].join(""),
    );
    expect(article.body).toMatchObject([
      {
        type: "embed",
        provider: "x",
        url: "https://twitter.com/ministry/status/123?ref_src=twsrc",
        title: "X post: A Ministry (@ministry) September 11, 2015",
        fallback: "Russia is not sending troops pic.twitter.com/abc",
      },
      {
        type: "embed",
        provider: "instagram",
        url: "https://www.instagram.com/p/XYZ/?utm_source=ig_embed",
        fallback: "A post shared by Someone (@someone)",
      },
      { type: "embed", provider: "tiktok", url: "https://www.tiktok.com/@user/video/7000" },
      {
        type: "embed",
        provider: "facebook",
        url: "https://www.facebook.com/page/posts/1",
        fallback: "A page post.",
      },
    ]);
    expect(article.body.every((b) => b.type === "embed" && !("embedUrl" in b))).toBe(true);
    expect(report.filter((r) => r.reason === "script")).toHaveLength(1);
    expect(report.filter((r) => r.kind === "converted" && r.reason === "embed")).toHaveLength(4);
  });

  it("a social blockquote without a post link stays a block quotation, reported", () => {
    const { article, report } = read(
      '<blockquote class="twitter-tweet"><p>Just words</p></blockquote>',
    );
    expect(article.body).toMatchObject([{ type: "blockquote" }]);
    expect(report.some((r) => r.kind === "converted" && r.reason === "embed")).toBe(true);
  });

  it("a bare <video> with <source>s and <track>s, and an <audio> with a src", () => {
    const { article, report } = read(
      [
        '<video controls width="1280" height="720" poster="https://media.example.com/p.jpg" aria-label="Briefing">',
        '<source src="https://media.example.com/b.webm" type="video/webm">',
        '<source src="https://media.example.com/b.mp4">',
        '<track src="https://media.example.com/b.en.vtt" kind="captions" srclang="en" label="English" default>',
        '<track src="https://media.example.com/b.ru.vtt" srclang="ru">',
        '<track src="https://media.example.com/b.meta.vtt" kind="metadata" srclang="en">',
        'Your browser cannot play this. <a href="https://media.example.com/b.mp4">Download</a>',
        "</video>",
        '<audio src="https://media.example.com/podcast/episode%201.mp3" controls></audio>',
      ].join(""),
    );
    expect(article.body).toStrictEqual([
      {
        type: "video",
        title: "Briefing",
        sources: [
          { url: "https://media.example.com/b.webm", mimeType: "video/webm" },
          { url: "https://media.example.com/b.mp4", mimeType: "video/mp4" },
        ],
        tracks: [
          {
            url: "https://media.example.com/b.en.vtt",
            kind: "captions",
            language: "en",
            label: "English",
            default: true,
          },
          {
            url: "https://media.example.com/b.ru.vtt",
            kind: "subtitles",
            language: "ru",
            label: "ru",
          },
        ],
        poster: "https://media.example.com/p.jpg",
        width: 1280,
        height: 720,
      },
      {
        type: "audio",
        title: "episode 1.mp3",
        sources: [
          { url: "https://media.example.com/podcast/episode%201.mp3", mimeType: "audio/mpeg" },
        ],
      },
    ]);
    expect(report.map((r) => r.reason)).toEqual(expect.arrayContaining(["media", "media-title"]));
    // The metadata track and the fallback content are listed.
    expect(report.find((r) => r.reason === "media" && r.element === "video")?.text).toContain(
      "Your browser cannot play this.",
    );
  });

  it("a <video> in a <figure>: its caption titles it; a file of unknown type is dropped, reported", () => {
    const { article, report } = read(
      '<figure><video src="https://media.example.com/v.mp4"><source src="https://media.example.com/v.xyz"></video><figcaption>Muallem on state television</figcaption></figure><video src="https://media.example.com/none"></video>',
    );
    expect(article.body).toStrictEqual([
      {
        type: "video",
        title: "Muallem on state television",
        sources: [{ url: "https://media.example.com/v.mp4", mimeType: "video/mp4" }],
      },
    ]);
    expect(report.filter((r) => r.reason === "media" || r.reason === "embed")).toHaveLength(3);
  });

  it("an <aside> factbox with a heading, one labelled by aria-label, and one with neither", () => {
    const { article } = read(
      '<aside class="factbox"><h3 id="wwk">What we know</h3><ul><li>Russia denies it</li></ul><p>More soon.</p></aside><aside aria-label="Key facts"><p>Two.</p></aside><aside><p>Just a note</p></aside><h2 id="analysis-2015">Analysis</h2><h2 id="analysis">Analysis</h2>',
    );
    expect(article.body).toStrictEqual([
      {
        type: "aside",
        title: ["What we know"],
        children: [
          { type: "list", children: [{ type: "listItem", children: ["Russia denies it"] }] },
          { type: "paragraph", children: ["More soon."] },
        ],
      },
      {
        type: "aside",
        title: ["Key facts"],
        children: [{ type: "paragraph", children: ["Two."] }],
      },
      { type: "paragraph", children: ["Just a note"] },
      { type: "heading", level: 2, id: "analysis-2015", children: ["Analysis"] },
      // An id that is the anchor newsdoc derives anyway is not kept as an explicit one.
      { type: "heading", level: 2, children: ["Analysis"] },
    ]);
  });
});

describe("hostile URLs in embeds and media never get in", () => {
  it("the XSS corpus's URLs in iframe, video, source, track, poster and social embed codes", () => {
    for (const { payload, kind } of xssCorpus) {
      if (kind !== "url") continue;
      const attr = payload.replace(/"/g, "&quot;");
      const { article } = read(
        [
          `<iframe src="${attr}" title="t"></iframe>`,
          `<video src="${attr}" poster="${attr}" aria-label="v"><source src="${attr}" type="video/mp4"><track src="${attr}" kind="captions" srclang="en"></video>`,
          `<video src="https://media.example.com/ok.mp4" poster="${attr}" aria-label="v"><track src="${attr}" kind="captions" srclang="en"></video>`,
          `<blockquote class="twitter-tweet" cite="${attr}"><p>w</p><a href="${attr}">x</a></blockquote>`,
        ].join(""),
      );
      expect(JSON.stringify(article)).not.toContain(payload);
    }
  });
});
