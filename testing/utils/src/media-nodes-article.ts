import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";

/**
 * A fixture for the body nodes the example article does not have (its
 * source has no embeds, video, audio or sections): the example's
 * registries and metadata with a body of headings (one with an explicit id,
 * two with the same words), embeds (an iframe-capable chart, a social post,
 * one without a provider), a video and an audio clip with every field.
 * The items are placeholders on the providers' real hosts, not content of
 * the source article; the fixture is for renderers' and importers' tests.
 */
export const mediaNodesArticle: Article = {
  ...example,
  id: "body-nodes-fixture",
  body: [
    { type: "heading", level: 2, children: ["What we know"] },
    {
      type: "paragraph",
      children: [
        "The ",
        { type: "mention", entity: "defence-ministry", text: "Russian Ministry of Defence" },
        " has denied the reports.",
      ],
    },
    {
      type: "embed",
      url: "https://www.datawrapper.de/_/fixture/",
      embedUrl: "https://datawrapper.dwcdn.net/fixture/1/",
      provider: "datawrapper",
      title: "Fixture chart",
      fallback: "A placeholder chart for tests.",
      aspectRatio: { width: 4, height: 3 },
    },
    { type: "heading", level: 3, id: "reaction", children: ["Reaction"] },
    {
      type: "embed",
      url: "https://x.com/fixture/status/1",
      provider: "x",
      title: "A placeholder post",
      fallback: "Words of a placeholder post <b>& co</b>.",
    },
    {
      type: "video",
      title: "Fixture video",
      description: "A placeholder video for tests.",
      sources: [
        { url: "https://media.example.com/fixture.webm", mimeType: "video/webm" },
        { url: "https://media.example.com/fixture.mp4", mimeType: "video/mp4" },
      ],
      poster: "https://media.example.com/fixture.jpg",
      duration: "PT1M33S",
      uploadDate: "2015-09-11T12:00:00+00:00",
      width: 1280,
      height: 720,
      tracks: [
        {
          url: "https://media.example.com/fixture.en.vtt",
          kind: "captions",
          language: "en",
          label: "English",
          default: true,
        },
        {
          url: "https://media.example.com/fixture.ru.vtt",
          kind: "subtitles",
          language: "ru",
          label: "Русский",
        },
      ],
      transcript:
        "First paragraph of a placeholder transcript.\n\nSecond paragraph,\nin two lines.",
    },
    { type: "heading", level: 2, children: ["What we know"] },
    {
      type: "audio",
      title: "Fixture audio",
      sources: [{ url: "https://media.example.com/fixture.mp3", mimeType: "audio/mpeg" }],
      duration: "PT2M",
    },
    {
      type: "embed",
      url: "https://example.org/widget",
      title: "An item of a provider newsdoc does not know",
    },
  ],
};
