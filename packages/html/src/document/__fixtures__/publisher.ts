import type { Article } from "@newsdoc/core/kit";
import type { Site } from "@newsdoc/jsonld";
import { fixture } from "../../__fixtures__/article.js";

/** A site configuration that sets every field. */
export const site: Site = {
  name: "Example News",
  url: "https://news.example.com/",
  language: "en-US",
  logo: { url: "https://news.example.com/logo.png", width: 600, height: 60 },
  publisher: {
    name: "Example News Company",
    sameAs: ["https://www.facebook.com/examplenews", "https://x.com/examplenews"],
    publishingPrinciples: "https://news.example.com/about/principles",
    correctionsPolicy: "https://news.example.com/about/corrections",
    ethicsPolicy: "https://news.example.com/about/ethics",
    masthead: "https://news.example.com/about/masthead",
  },
  social: { twitter: "@examplenews", facebook: "https://www.facebook.com/examplenews" },
  titleTemplate: "%s | Example News",
  authorUrl: "https://news.example.com/authors/{id}",
};

/**
 * The html fixture with every publishing field: a metered paywall after the
 * first block, renditions, a correction, a dateline, a translation, a
 * section path and a backstory; its author has an X profile.
 */
export const publisherArticle: Article = {
  ...fixture,
  url: `${fixture.url}#top`,
  description:
    "Moscow denies reports it is sending troops to Syria, while the Kremlin says it would consider any request from Damascus to send soldiers, and the foreign minister of Syria says the country is open to receiving Russian troops in the future if such a need arises.",
  image: {
    ...fixture.image!,
    renditions: [
      { url: "https://img.example.com/putin-16x9.jpg", width: 1920, height: 1080 },
      { url: "https://img.example.com/putin-4x3.jpg", width: 1600, height: 1200 },
      { url: "https://img.example.com/putin-1x1.jpg", width: 1080, height: 1080 },
    ],
  },
  access: { kind: "metered", freeBlocks: 1 },
  dateline: "syria",
  corrections: [
    { date: "2015-09-11T12:30:00+01:00", text: "An earlier version misnamed the news agency." },
  ],
  translations: [{ language: "ru", url: "https://news.example.com/ru/2015/09/russia-syria" }],
  sectionPath: [{ name: "World", url: "https://news.example.com/world" }],
  backstory: "Reported from Moscow wire copy and a published interview.",
  entities: fixture.entities.map((e) =>
    e.id === "sharkov" ? { ...e, sameAs: ["https://x.com/dsharkov"] } : e,
  ),
};
