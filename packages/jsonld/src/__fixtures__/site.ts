import type { Site } from "../site.js";

/** A site configuration that sets every field (used by the publisher tests). */
export const maximalSite: Site = {
  name: "The Daily",
  url: "https://news.example.com/",
  language: "en-GB",
  logo: { url: "https://news.example.com/logo.png", width: 600, height: 60 },
  publisher: {
    name: "The Daily News Company",
    sameAs: ["https://www.wikidata.org/wiki/Q1", "https://www.facebook.com/thedaily"],
    publishingPrinciples: "https://news.example.com/about/principles",
    correctionsPolicy: "https://news.example.com/about/corrections",
    ethicsPolicy: "https://news.example.com/about/ethics",
    masthead: "https://news.example.com/about/masthead",
    diversityPolicy: "https://news.example.com/about/diversity",
    ownershipFundingInfo: "https://news.example.com/about/ownership",
    actionableFeedbackPolicy: "https://news.example.com/about/feedback",
    unnamedSourcesPolicy: "https://news.example.com/about/sources",
    verificationFactCheckingPolicy: "https://news.example.com/about/fact-checking",
    noBylinesPolicy: "https://news.example.com/about/bylines",
  },
  social: { twitter: "@thedaily", facebook: "https://www.facebook.com/thedaily" },
  titleTemplate: "%s | The Daily",
  authorUrl: "https://news.example.com/authors/{id}",
};
