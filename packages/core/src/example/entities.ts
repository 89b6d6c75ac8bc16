import type { Entity } from "../model/entity.js";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entity without its id: the registry below is keyed by id instead. */
type EntityDraft = DistributiveOmit<Entity, "id">;

const WIKIDATA = "https://www.wikidata.org/wiki/";
const WIKIPEDIA = "https://en.wikipedia.org/wiki/";

/*
 * Every entity the source names, keyed by id, in four groups: people,
 * organisations, places, and what happened or was published.
 *
 * Fidelity rules this file follows:
 * - `name` is the form the text uses first; `alternateNames` are the other
 *   forms it uses, spelled exactly as printed (the mention test holds the
 *   body to them). Common nouns the text also uses ("the soldier", "the
 *   interview", "the district") are not names and are not listed.
 * - Descriptions and job titles repeat what the text says, nothing more.
 * - A `description` is published (it becomes `schema:description` in the
 *   JSON-LD), so it is a neutral sentence a page could show a reader about
 *   the entity, never a note about the text or the article. Where the text
 *   gives nothing beyond the name, there is no description; the notes an
 *   editor needs live in comments here, which nothing publishes.
 * - `sameAs` only where the identifier was verified to denote this very
 *   thing (see the report of issue 4). Left out on purpose: the White House
 *   (Q35525 is the building, while the text means the U.S. executive), the
 *   Kremlin (the Q-id found is the Presidential Administration, which the
 *   text's "Kremlin" only stands for loosely), and every id not verified.
 */
const registry = {
  // People
  putin: {
    type: "Person",
    name: "Vladimir Putin",
    jobTitle: "Russian President",
    description: "Russian President.",
    sameAs: [`${WIKIDATA}Q7747`, `${WIKIPEDIA}Vladimir_Putin`],
  },
  lavrov: {
    type: "Person",
    name: "Sergei Lavrov",
    jobTitle: "Foreign Minister",
    description: "Foreign Minister.",
  },
  muallem: {
    type: "Person",
    name: "Walid al-Muallem",
    alternateNames: ["Walid Muallem", "Muallem"],
    jobTitle: "Syrian Foreign Minister",
    description: "Syrian Foreign Minister.",
  },
  peskov: {
    type: "Person",
    name: "Dmitry Peskov",
    alternateNames: ["Peskov"],
    jobTitle: "Kremlin spokesperson",
    // The text also calls him "Kremlin spokesman".
    description: "Kremlin spokesperson.",
    affiliation: "kremlin",
  },
  assad: {
    type: "Person",
    name: "Bashar al-Assad",
    description: "Syrian leader.",
    sameAs: [`${WIKIPEDIA}Bashar_al-Assad`],
  },
  kerry: {
    type: "Person",
    name: "John Kerry",
    alternateNames: ["Kerry"],
    jobTitle: "U.S. secretary of state",
    description: "U.S. secretary of state.",
    sameAs: [`${WIKIDATA}Q22316`],
  },
  "alexey-n": {
    type: "Person",
    name: "Alexey N.",
    alternateNames: ["Alexey"],
    // Gazeta identifies him only as "Alexey N.".
    description:
      "A man Gazeta said was a Russian soldier based in Russia's Eastern military district.",
  },
  nikolsky: {
    type: "Person",
    name: "Alexei Nikolsky",
    // Named only in the credit of the lead image, as its first (the
    // photographer's) name.
    description: "Photographer.",
  },
  "white-house-spokesperson": {
    type: "Person",
    name: "White House spokesperson",
    anonymous: true,
    description: "An unnamed White House spokesperson.",
    affiliation: "white-house",
  },
  "defence-ministry-spokesperson": {
    type: "Person",
    name: "spokesperson for the Ministry of Defence",
    anonymous: true,
    description: "An unnamed spokesperson for the Russian Ministry of Defence.",
    affiliation: "defence-ministry",
  },

  // Organisations
  "defence-ministry": {
    type: "Organization",
    name: "Russian Ministry of Defence",
    alternateNames: ["Ministry of Defence"],
    description: "Russia's Ministry of Defence.",
  },
  "russian-government": {
    type: "Organization",
    name: "Russian government",
    description: "The Russian government.",
    sameAs: [`${WIKIDATA}Q1140115`],
  },
  kremlin: {
    type: "Organization",
    // The Kremlin as an institution: Dmitry Peskov is its spokesperson, and
    // it is credited as a provider of the lead image.
    name: "Kremlin",
  },
  "white-house": {
    type: "Organization",
    // The institution whose spokesperson told press the U.S. was monitoring.
    name: "White House",
  },
  "eastern-military-district": {
    type: "Organization",
    // The text first prints "Eastern military district" (lower-case m), then
    // "Eastern Military District" three times: the proper form is the name.
    name: "Eastern Military District",
    alternateNames: ["Eastern military district"],
    description: "Russia's Eastern Military District.",
  },
  tass: {
    type: "Organization",
    name: "Itar Tass",
    alternateNames: ["Tass"],
    description: "State news agency.",
    sameAs: [`${WIKIDATA}Q223799`],
  },
  gazeta: {
    type: "Organization",
    name: "Gazeta",
    description: "Russian news site.",
  },
  "state-television": {
    type: "Organization",
    // Where Walid Muallem spoke on Thursday; the text does not name the channel.
    name: "state television",
  },
  // "Israeli and U.K. media published evidence purporting to show Russian
  // military intervention in Syria": two groups of outlets the text names
  // only by country, each taking the same side on the claim. A mention is
  // flat words, so the body's one named thing in the phrase, "U.K.", is a
  // mention of the country (below); neither group has a mention ("Israeli"
  // is an adjective, as "Syrian" and "Russian" are elsewhere), and the
  // claim's stances point at them.
  "israeli-media": {
    type: "Organization",
    name: "Israeli media",
    description:
      "Israeli media, which published evidence purporting to show Russian military intervention in Syria.",
  },
  "uk-media": {
    type: "Organization",
    name: "U.K. media",
    description:
      "U.K. media, which published evidence purporting to show Russian military intervention in Syria.",
  },
  newsweek: {
    type: "Organization",
    // The publication reporting the article: its body speaks as Newsweek.
    name: "Newsweek",
  },
  "ria-novosti": {
    type: "Organization",
    // Credited as a provider of the lead image.
    name: "RIA Novosti",
  },
  reuters: {
    type: "Organization",
    // Credited as a provider of the lead image.
    name: "Reuters",
    sameAs: [`${WIKIDATA}Q130879`, `${WIKIPEDIA}Reuters`],
  },

  // Places
  russia: {
    type: "Place",
    name: "Russia",
    sameAs: [`${WIKIDATA}Q159`],
  },
  syria: {
    type: "Place",
    name: "Syria",
    sameAs: [`${WIKIDATA}Q858`],
  },
  moscow: {
    type: "Place",
    name: "Moscow",
    description: "Moscow, Russia.",
    containedInPlace: "russia",
    sameAs: [`${WIKIDATA}Q649`],
  },
  "moscow-kremlin": {
    type: "Place",
    name: "Kremlin",
    // Where the meeting of June 29, 2015 took place.
    description: "The Kremlin in Moscow.",
    containedInPlace: "moscow",
  },
  damascus: {
    type: "Place",
    // Named as where a request to send Russian soldiers would come from.
    name: "Damascus",
    sameAs: [`${WIKIDATA}Q3766`],
  },
  novorossiysk: {
    type: "Place",
    name: "Novorossiysk",
    description: "Port near Ukraine.",
  },
  ukraine: {
    type: "Place",
    name: "Ukraine",
    sameAs: [`${WIKIDATA}Q212`],
  },
  "eastern-ukraine": {
    type: "Place",
    // Where the soldiers initially thought they would be sent.
    name: "eastern Ukraine",
    containedInPlace: "ukraine",
  },
  "middle-east": {
    type: "Place",
    name: "Middle East",
    sameAs: [`${WIKIDATA}Q7204`, `${WIKIPEDIA}Middle_East`],
  },
  "united-states": {
    type: "Place",
    name: "U.S.",
    sameAs: [`${WIKIDATA}Q30`],
  },
  "united-kingdom": {
    type: "Place",
    // Named in "Israeli and U.K. media".
    name: "U.K.",
    sameAs: [`${WIKIDATA}Q145`],
  },

  // What happened and what was published
  "kremlin-meeting": {
    type: "Event",
    name: "meeting at the Kremlin",
    description:
      "Vladimir Putin, Sergei Lavrov and Walid al-Muallem attend a meeting at the Kremlin in Moscow.",
    startDate: "2015-06-29",
    location: "moscow-kremlin",
    attendees: ["putin", "lavrov", "muallem"],
  },
  "gazeta-interview": {
    type: "CreativeWork",
    // The text calls it "an interview", "the interviews" and "the Gazeta
    // article": common nouns, so the name is descriptive and no mention
    // in the body points at it (quotes point at it through `via`).
    name: "Gazeta interview",
    description:
      "The interview Gazeta published on Friday with a man it said was a Russian soldier, identified only as Alexey N.",
    publisher: "gazeta",
  },
} satisfies Record<string, EntityDraft>;

/** The id of an entity of the example article. */
export type ExampleEntityId = keyof typeof registry;

/**
 * Every person, organisation, place, event and work the example article
 * names, as its entity registry (`article.entities`).
 *
 * @example
 * ```ts
 * import { entities } from "@newsdoc/core/example";
 * entities.find((e) => e.id === "muallem")?.alternateNames; // ["Walid Muallem", "Muallem"]
 * ```
 */
export const entities: Entity[] = Object.entries(registry).map(([id, draft]) => ({ id, ...draft }));
