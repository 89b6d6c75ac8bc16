import { mediaNodesArticle } from "@newsdoc/test-utils";
import { describe, expect, test } from "vitest";
import {
  loadVocabulary,
  vocabularyMissing,
  vocabularyProblems,
} from "./__fixtures__/schema-vocabulary.js";
import { toJsonLd } from "./to-json-ld.js";

const graph = toJsonLd(mediaNodesArticle);
const nodes = graph["@graph"];
const byType = (type: string) => nodes.filter((n) => n["@type"] === type);

describe("video, audio and embeds in JSON-LD", () => {
  test("a video is a VideoObject with Google's required name, thumbnailUrl and uploadDate", () => {
    const [video, embedded] = byType("VideoObject");
    expect(video).toMatchObject({ transcript: expect.stringContaining("Second paragraph") });
    expect(video).toMatchObject({
      "@id": "_:video-1",
      name: "Fixture video",
      thumbnailUrl: "https://media.example.com/fixture.jpg",
      uploadDate: "2015-09-11T12:00:00+00:00",
      contentUrl: "https://media.example.com/fixture.webm",
      encodingFormat: "video/webm",
      duration: "PT1M33S",
    });
    expect(embedded).toBeUndefined();
  });

  test("an audio clip is an AudioObject; a social post a SocialMediaPosting; a chart implies nothing", () => {
    expect(byType("AudioObject")).toEqual([
      expect.objectContaining({
        name: "Fixture audio",
        contentUrl: "https://media.example.com/fixture.mp3",
        duration: "PT2M",
      }),
    ]);
    expect(byType("SocialMediaPosting")).toEqual([
      expect.objectContaining({
        headline: "A placeholder post",
        url: "https://x.com/fixture/status/1",
        text: "Words of a placeholder post <b>& co</b>.",
      }),
    ]);
    expect(nodes.filter((n) => String(n["@id"]).includes("#embed-1"))).toEqual([]);
  });

  test("the article links them: video, audio, citation", () => {
    const article = nodes[0]!;
    expect(article.video).toEqual([{ "@id": "_:video-1" }]);
    expect(article.audio).toEqual([{ "@id": "_:audio-1" }]);
    expect(article.citation).toEqual([{ "@id": "_:embed-2" }]);
  });

  test("a video provider's embed is a VideoObject with its embedUrl", () => {
    const g = toJsonLd({
      ...mediaNodesArticle,
      body: [
        {
          type: "embed",
          url: "https://www.youtube.com/watch?v=fixture",
          embedUrl: "https://www.youtube-nocookie.com/embed/fixture",
          provider: "youtube",
          title: "A placeholder video",
        },
      ],
    });
    expect(g["@graph"].filter((n) => n["@type"] === "VideoObject")).toEqual([
      expect.objectContaining({
        name: "A placeholder video",
        url: "https://www.youtube.com/watch?v=fixture",
        embedUrl: "https://www.youtube-nocookie.com/embed/fixture",
      }),
    ]);
  });

  test.skipIf(vocabularyMissing() !== undefined)("uses schema.org as defined", () => {
    expect(vocabularyProblems(loadVocabulary(), graph)).toEqual([]);
  });
});
