import type { Article, Inline } from "@newsdoc/core/kit";

// A stand-in for @newsdoc/core/example while that module is being written:
// the first paragraphs of the same source article, modelled the same way.
const m = (entity: string, text: string): Inline => ({ type: "mention", entity, text });
const q = (quote: string, ...children: Inline[]): Inline => ({ type: "quote", quote, children });

/** A realistic article: no URL, date or byline (the source gives none), like the example. */
export const sampleArticle: Article = {
  newsdoc: 1,
  id: "russia-denies-troops-syria",
  language: "en",
  headline: "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus",
  alternativeHeadline: "Russia will consider troops if Syria asks",
  authors: [],
  publisher: "newsweek",
  image: {
    caption: [
      "Russian President ",
      m("putin", "Vladimir Putin"),
      " (R), Foreign Minister ",
      m("lavrov", "Sergei Lavrov"),
      " (L) and Syrian Foreign Minister ",
      m("muallem", "Walid al-Muallem"),
      " (back to camera) attend a meeting at the ",
      m("kremlin", "Kremlin"),
      " in ",
      m("moscow", "Moscow"),
      ", ",
      m("russia", "Russia"),
      ", June 29, 2015.",
    ],
    credit: {
      text: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters",
      creators: ["nikolsky"],
      providers: ["ria-novosti", "kremlin", "reuters"],
    },
    about: ["kremlin-meeting"],
  },
  body: [
    {
      type: "paragraph",
      children: [
        "The ",
        m("mod", "Russian Ministry of Defence"),
        " has denied reports that it is sending troops to fight in ",
        m("syria", "Syria"),
        ", state news agency ",
        m("tass", "Itar Tass"),
        " reports, as ",
        m("kremlin", "Kremlin"),
        " spokesperson, ",
        m("peskov", "Dmitry Peskov"),
        " announced that ",
        m("russia", "Russia"),
        " would consider any request from ",
        m("damascus", "Damascus"),
        " to send soldiers.",
      ],
    },
    {
      type: "paragraph",
      children: [
        q(
          "q-hypothetically",
          '"Until this [happens] however it is difficult to discuss things hypothetically,"',
        ),
        " ",
        m("peskov", "Peskov"),
        " added.",
      ],
    },
    {
      type: "paragraph",
      children: [
        q("q-common-ground", '"We\'re looking for ways in which to find a common ground,"'),
        " ",
        m("kerry", "Kerry"),
        " said.",
      ],
    },
  ],
  entities: [
    {
      type: "Person",
      id: "putin",
      name: "Vladimir Putin",
      jobTitle: "President of Russia",
      sameAs: ["https://www.wikidata.org/wiki/Q7747"],
    },
    { type: "Person", id: "lavrov", name: "Sergei Lavrov", jobTitle: "Foreign Minister" },
    {
      type: "Person",
      id: "muallem",
      name: "Walid al-Muallem",
      alternateNames: ["Walid Muallem", "Muallem"],
      jobTitle: "Syrian Foreign Minister",
    },
    {
      type: "Person",
      id: "peskov",
      name: "Dmitry Peskov",
      alternateNames: ["Peskov"],
      description: "Kremlin spokesperson",
      affiliation: "kremlin",
    },
    { type: "Person", id: "kerry", name: "John Kerry", jobTitle: "U.S. secretary of state" },
    {
      type: "Person",
      id: "mod-spokesperson",
      name: "a spokesperson for the Ministry of Defence",
      anonymous: true,
      affiliation: "mod",
    },
    { type: "Person", id: "nikolsky", name: "Alexei Nikolsky", description: "Photographer" },
    { type: "Organization", id: "kremlin", name: "Kremlin" },
    { type: "Organization", id: "mod", name: "Russian Ministry of Defence" },
    {
      type: "Organization",
      id: "tass",
      name: "Itar Tass",
      alternateNames: ["Tass"],
      description: "Russian state news agency",
    },
    { type: "Organization", id: "newsweek", name: "Newsweek" },
    { type: "Organization", id: "ria-novosti", name: "RIA Novosti" },
    { type: "Organization", id: "reuters", name: "Reuters" },
    { type: "Place", id: "russia", name: "Russia" },
    { type: "Place", id: "moscow", name: "Moscow", containedInPlace: "russia" },
    { type: "Place", id: "syria", name: "Syria" },
    { type: "Place", id: "damascus", name: "Damascus", containedInPlace: "syria" },
    {
      type: "Event",
      id: "kremlin-meeting",
      name: "Meeting at the Kremlin",
      startDate: "2015-06-29",
      location: "moscow",
      attendees: ["putin", "lavrov", "muallem"],
    },
  ],
  quotes: [
    {
      id: "q-hypothetically",
      speaker: "peskov",
      text: "Until this [happens] however it is difficult to discuss things hypothetically",
      mode: "direct",
      verb: "added",
    },
    {
      id: "q-denial",
      speaker: "mod",
      text: "it is not sending troops to fight in Syria",
      mode: "indirect",
      verb: "denied",
      via: "tass",
      claim: "troops",
      stance: "denies",
    },
    {
      id: "q-common-ground",
      speaker: "kerry",
      text: "We're looking for ways in which to find a common ground",
      mode: "direct",
      verb: "said",
      when: { text: "on Friday" },
    },
  ],
  claims: [
    {
      id: "troops",
      statement: "Russian troops are being sent to fight in Syria.",
      stances: [
        { stance: "denies", by: "mod", quote: "q-denial" },
        { stance: "neither", by: "peskov" },
      ],
    },
  ],
};
