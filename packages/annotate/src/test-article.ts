import type { Article, Entity } from "@newsdoc/core/kit";

/** A minimal valid article of plain paragraphs, for tests. */
export function testArticle(
  paragraphs: readonly string[],
  entities: Entity[],
  language = "en",
): Article {
  return {
    newsdoc: 1,
    id: "test",
    language,
    headline: "Test",
    authors: [],
    body: paragraphs.map((text) => ({ type: "paragraph", children: [text] })),
    entities,
    quotes: [],
    claims: [],
  };
}

/** People and organisations the tests name. */
export const PEOPLE: Entity[] = [
  { id: "peskov", type: "Person", name: "Dmitry Peskov", alternateNames: ["Peskov"] },
  { id: "kerry", type: "Person", name: "John Kerry", alternateNames: ["Kerry"] },
  { id: "lavrov", type: "Person", name: "Sergei Lavrov", alternateNames: ["Lavrov"] },
  { id: "gazeta", type: "Organization", name: "Gazeta" },
  { id: "tass", type: "Organization", name: "Itar Tass", alternateNames: ["Tass"] },
  { id: "russia", type: "Place", name: "Russia" },
  { id: "emd", type: "Organization", name: "Eastern Military District" },
  { id: "md", type: "Organization", name: "Military District" },
  { id: "tv", type: "Organization", name: "state television" },
  { id: "kremlin", type: "Organization", name: "Kremlin" },
  { id: "kremlin-place", type: "Place", name: "Kremlin" },
  { id: "svensson", type: "Person", name: "Jonas Svensson", alternateNames: ["Svensson"] },
  { id: "merkel", type: "Person", name: "Angela Merkel", alternateNames: ["Merkel"] },
];
