import type { Article, Inline } from "@newsdoc/core/kit";

const m = (entity: string, text: string): Inline => ({ type: "mention", entity, text });

/**
 * A small, realistic article that uses every node type and every metadata
 * field, for handler tests (the example article has no URL, image file,
 * dates or authors, so it cannot exercise those).
 */
export const fixture: Article = {
  newsdoc: 1,
  id: "russia-syria-troops",
  url: "https://news.example.com/2015/09/russia-syria",
  language: "en",
  headline: "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus",
  alternativeHeadline: "Russia will consider troops if Syria asks",
  description:
    "Moscow denies reports it is sending troops to Syria & says it would consider a request.",
  section: "World",
  keywords: ["Russia", "Syria"],
  datePublished: "2015-09-11T10:00:00+01:00",
  dateModified: "2015-09-11T12:30:00+01:00",
  authors: ["sharkov"],
  publisher: "newsweek",
  image: {
    url: "https://img.example.com/putin-lavrov-muallem.jpg",
    alt: "Putin, Lavrov and Muallem at a meeting in the Kremlin",
    width: 1200,
    height: 800,
    caption: [
      "Russian President ",
      m("putin", "Vladimir Putin"),
      " (R) attend a meeting at the ",
      m("kremlin", "Kremlin"),
      ", June 29, 2015.",
    ],
    credit: { text: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters", creators: ["nikolsky"] },
  },
  about: ["syria"],
  entities: [
    {
      type: "Person",
      id: "sharkov",
      name: "Damien Sharkov",
      url: "https://news.example.com/authors/damien-sharkov",
    },
    {
      type: "Organization",
      id: "newsweek",
      name: "Newsweek",
      url: "https://www.newsweek.com/",
    },
    {
      type: "Person",
      id: "putin",
      name: "Vladimir Putin",
      jobTitle: "President of Russia",
      sameAs: ["https://www.wikidata.org/wiki/Q7747"],
    },
    { type: "Person", id: "nikolsky", name: "Alexei Nikolsky" },
    {
      type: "Person",
      id: "peskov",
      name: "Dmitry Peskov",
      jobTitle: "Kremlin spokesperson",
      sameAs: ["https://www.wikidata.org/wiki/Q4160385"],
    },
    {
      type: "Organization",
      id: "kremlin",
      name: "Kremlin",
      sameAs: ["https://www.wikidata.org/wiki/Q1325"],
    },
    { type: "Organization", id: "tass", name: "Itar Tass", alternateNames: ["Tass"] },
    {
      type: "Person",
      id: "mod-spokesperson",
      name: "spokesperson for the Ministry of Defence",
      anonymous: true,
    },
    { type: "Place", id: "syria", name: "Syria", sameAs: ["https://www.wikidata.org/wiki/Q858"] },
  ],
  quotes: [
    {
      id: "q-peskov-hypothetically",
      speaker: "peskov",
      text: "Until this [happens] however it is difficult to discuss things hypothetically",
      mode: "direct",
      verb: "added",
      via: "tass",
      claim: "troops",
      stance: "neither",
    },
    {
      id: "q-mod-denial",
      speaker: "mod-spokesperson",
      text: "The Eastern Military District is astounded by the attempts of correspondents",
      mode: "partial",
      verb: "told",
      audience: { text: "Tass", entity: "tass" },
      when: { text: "on Friday" },
      claim: "troops",
      stance: "denies",
    },
  ],
  claims: [
    {
      id: "troops",
      statement: "Russian troops are being sent to fight in Syria.",
      stances: [
        { stance: "denies", by: "mod-spokesperson", quote: "q-mod-denial" },
        { stance: "neither", by: "peskov", quote: "q-peskov-hypothetically" },
      ],
    },
  ],
  body: [
    {
      type: "paragraph",
      children: [
        "The Russian Ministry of Defence has denied reports that it is sending troops to fight in ",
        m("syria", "Syria"),
        ", state news agency ",
        m("tass", "Itar Tass"),
        " reports.",
      ],
    },
    {
      type: "paragraph",
      children: [
        {
          type: "quote",
          quote: "q-peskov-hypothetically",
          children: [
            '"Until this [happens] however it is difficult to discuss things hypothetically,"',
          ],
        },
        " ",
        m("peskov", "Peskov"),
        " added.",
      ],
    },
    { type: "heading", level: 2, children: ["The ", { type: "emphasis", children: ["denial"] }] },
    {
      type: "blockquote",
      quote: "q-mod-denial",
      cite: "https://tass.example.com/denial",
      children: [
        {
          type: "paragraph",
          children: [
            "The Eastern Military District is astounded by the attempts of correspondents",
          ],
        },
      ],
    },
    {
      type: "list",
      ordered: true,
      start: 3,
      children: [
        { type: "listItem", children: [{ type: "strong", children: ["Equipment"] }, " only"] },
        {
          type: "listItem",
          children: [
            "See ",
            {
              type: "link",
              url: "https://www.example.org/report?a=1&b=2",
              title: 'The "report"',
              children: ["the report"],
            },
            { type: "break" },
            "and more",
          ],
        },
      ],
    },
    { type: "rule" },
    {
      type: "figure",
      image: {
        caption: ["A map of ", m("syria", "Syria"), "."],
        credit: { text: "Example Maps" },
      },
    },
  ],
};
