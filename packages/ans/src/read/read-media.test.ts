import { parseArticle } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { fromAns } from "../from-ans.js";

function read(elements: unknown[]) {
  const result = fromAns({
    type: "story",
    version: "0.10.12",
    headlines: { basic: "Headline" },
    content_elements: elements,
  });
  expect(() => parseArticle(result.article)).not.toThrow();
  return result;
}

describe("fromAns reads other systems' embeds, videos and audio", () => {
  it("an oEmbed response and a foreign custom embed, by the provider their URL is on", () => {
    const { article, report } = read([
      {
        type: "oembed_response",
        subtype: "youtube",
        referent: {
          id: "https://www.youtube.com/watch?v=abc",
          provider: "https://www.youtube.com/oembed?url=",
        },
        raw_oembed: { title: "The briefing", html: "<iframe src=x onload=alert(1)></iframe>" },
      },
      {
        type: "custom_embed",
        subtype: "poll",
        embed: { id: "p1", url: "https://polls.example.org/p1", config: { question: "?" } },
      },
      { type: "custom_embed", embed: { id: "p2", config: {} } },
    ]);
    expect(article.body).toStrictEqual([
      {
        type: "embed",
        url: "https://www.youtube.com/watch?v=abc",
        title: "The briefing",
        provider: "youtube",
      },
      { type: "embed", url: "https://polls.example.org/p1", title: "polls.example.org" },
    ]);
    expect(JSON.stringify(article)).not.toContain("alert");
    expect(report.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "content_elements[0]",
        "content_elements[1].embed.config.question",
        "content_elements[2]",
      ]),
    );
  });

  it("an Arc video with mp4 and hls streams, its duration in milliseconds and its poster", () => {
    const { article, report } = read([
      {
        type: "video",
        headlines: { basic: "Clip" },
        description: { basic: "About it." },
        duration: 93500,
        publish_date: "2015-09-11T12:00:00Z",
        promo_image: { type: "image", url: "https://media.example.com/p.jpg" },
        streams: [
          { url: "https://media.example.com/c.mp4", stream_type: "mp4" },
          { url: "https://media.example.com/c.m3u8", stream_type: "hls" },
          { url: "javascript:alert(1)", stream_type: "mp4" },
        ],
        subtitles: { urls: [{ url: "https://media.example.com/c.vtt", format: "WEB_VTT" }] },
      },
      { type: "audio", headlines: { basic: "No streams" } },
    ]);
    expect(article.body).toStrictEqual([
      {
        type: "video",
        title: "Clip",
        sources: [
          { url: "https://media.example.com/c.mp4", mimeType: "video/mp4" },
          { url: "https://media.example.com/c.m3u8", mimeType: "application/vnd.apple.mpegurl" },
        ],
        description: "About it.",
        duration: "PT1M33.5S",
        uploadDate: "2015-09-11T12:00:00Z",
        poster: "https://media.example.com/p.jpg",
      },
    ]);
    expect(report.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "content_elements[0].streams[2].url",
        "content_elements[0].subtitles",
        "content_elements[1]",
      ]),
    );
  });
});
