import type { Article } from "../model/article.js";

/**
 * A small article that uses every part of the model and passes validation.
 * Tests mutate a fresh copy to make one thing wrong at a time. Not exported
 * from the package.
 */
export function validArticle(): Article {
  return {
    $schema: "https://cdn.jsdelivr.net/npm/@newsdoc/core/schema/newsdoc.schema.json",
    newsdoc: 1,
    id: "russia-syria-troops",
    url: "https://news.example.com/2015/09/russia-syria",
    language: "en-GB",
    headline: "Russia Denies Sending Troops to Syria",
    alternativeHeadline: "But would consider it if asked",
    description: "The Kremlin denies reports of troops in Syria.",
    section: "World",
    keywords: ["Russia", "Syria"],
    datePublished: "2015-09-11T10:00:00Z",
    dateModified: "2015-09-11T14:30:00+03:00",
    authors: ["reporter"],
    byline: "By A. Reporter",
    publisher: "agency",
    image: {
      url: "https://img.example.com/putin-assad.jpg",
      alt: "Two men shake hands",
      caption: [
        { type: "mention", entity: "putin", text: "Vladimir Putin" },
        " meets officials in ",
        { type: "mention", entity: "moscow", text: "Moscow" },
      ],
      credit: { text: "Photographer/Agency", creators: ["photographer"], providers: ["agency"] },
      width: 1200,
      height: 800,
      about: ["meeting"],
    },
    about: ["claim-topic"],
    body: [
      {
        type: "paragraph",
        children: [
          { type: "mention", entity: "peskov", text: "Dmitry Peskov" },
          " said: ",
          {
            type: "quote",
            quote: "q1",
            children: ["“We are not sending ", { type: "emphasis", children: ["troops"] }, ",”"],
          },
          " on ",
          {
            type: "link",
            url: "https://tv.example.com/",
            title: "State TV",
            children: ["state television"],
          },
          ".",
          { type: "break" },
          { type: "strong", children: ["Contact: "] },
          { type: "link", url: "mailto:desk@example.com", children: ["the desk"] },
          " at ",
          { type: "mention", entity: "kremlin", text: "the Kremlin" },
        ],
      },
      { type: "heading", level: 2, children: ["Background"] },
      {
        type: "blockquote",
        quote: "q2",
        cite: "https://tv.example.com/interview",
        children: [
          {
            type: "paragraph",
            children: [{ type: "quote", quote: "q2", children: ['"We will consider it."'] }],
          },
        ],
      },
      {
        type: "figure",
        image: {
          alt: "",
          caption: ["A map of ", { type: "mention", entity: "latakia", text: "Latakia" }],
          credit: { text: "Map Agency", providers: ["agency"] },
        },
      },
      {
        type: "list",
        ordered: true,
        start: 0,
        children: [
          { type: "listItem", children: ["first"] },
          {
            type: "listItem",
            children: [{ type: "mention", entity: "tv", text: "the broadcast" }],
          },
        ],
      },
      { type: "rule" },
    ],
    entities: [
      {
        type: "Person",
        id: "reporter",
        name: "A. Reporter",
        url: "https://news.example.com/staff/a",
      },
      {
        type: "Person",
        id: "peskov",
        name: "Dmitry Peskov",
        alternateNames: ["Peskov"],
        description: "Kremlin spokesperson",
        jobTitle: "Press Secretary",
        affiliation: "kremlin",
        sameAs: ["https://www.wikidata.org/wiki/Q4164181"],
      },
      {
        type: "Person",
        id: "spokesperson",
        name: "Ministry spokesperson",
        anonymous: true,
        affiliation: "kremlin",
      },
      {
        type: "Person",
        id: "putin",
        name: "Vladimir Putin",
        sameAs: ["https://www.wikidata.org/wiki/Q7747"],
      },
      {
        type: "Person",
        id: "photographer",
        name: "Photographer",
        url: "https://photo.example.com/",
      },
      { type: "Organization", id: "kremlin", name: "Kremlin", url: "https://kremlin.example.ru/" },
      {
        type: "Organization",
        id: "agency",
        name: "Agency",
        parentOrganization: "holding",
        url: "https://agency.example.com/",
      },
      { type: "Organization", id: "holding", name: "Holding", url: "https://holding.example.com/" },
      { type: "Place", id: "syria", name: "Syria", sameAs: ["https://www.wikidata.org/wiki/Q858"] },
      {
        type: "Place",
        id: "latakia",
        name: "Latakia",
        containedInPlace: "syria",
        sameAs: ["https://www.wikidata.org/wiki/Q191089"],
      },
      {
        type: "Place",
        id: "moscow",
        name: "Moscow",
        sameAs: ["https://www.wikidata.org/wiki/Q649"],
      },
      {
        type: "Event",
        id: "meeting",
        name: "The meeting",
        startDate: "2015-06-29",
        location: "moscow",
        attendees: ["putin", "kremlin"],
        url: "https://events.example.com/meeting",
      },
      {
        type: "CreativeWork",
        id: "tv",
        name: "State television broadcast",
        authors: ["agency"],
        publisher: "agency",
        datePublished: "2015-09-10T20:00:00+03:00",
        url: "https://tv.example.com/",
      },
      {
        type: "Organization",
        id: "claim-topic",
        name: "Russian armed forces",
        url: "https://mil.example.ru/",
      },
    ],
    quotes: [
      {
        id: "q1",
        speaker: "peskov",
        text: "We are not sending troops",
        mode: "direct",
        verb: "said",
        via: "tv",
        audience: { text: "press", entity: "agency" },
        when: { text: "on Friday", date: "2015-09-11" },
        claim: "c1",
        stance: "denies",
      },
      {
        id: "q2",
        speaker: "spokesperson",
        text: "We will consider it.",
        mode: "direct",
        when: { text: "later", date: "2015-09-11T12:00:00Z" },
      },
    ],
    claims: [
      {
        id: "c1",
        statement: "Russian troops are being sent to fight in Syria.",
        stances: [
          { stance: "denies", by: "peskov", quote: "q1" },
          { stance: "neither", by: "kremlin" },
        ],
      },
    ],
  };
}
