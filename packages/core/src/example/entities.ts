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
    description: 'Kremlin spokesperson (also "Kremlin spokesman").',
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
    description:
      "Identified only as Alexey N.; Gazeta said he was a Russian soldier based in Russia's Eastern military district.",
  },
  nikolsky: {
    type: "Person",
    name: "Alexei Nikolsky",
    description: "Photographer of the lead image (named only in its credit).",
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
    name: "Kremlin",
    description:
      "The Kremlin as an institution: Dmitry Peskov is its spokesperson, and it is credited as a provider of the lead image.",
  },
  "white-house": {
    type: "Organization",
    name: "White House",
    description: "The White House, whose spokesperson spoke to press.",
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
    name: "state television",
    description:
      "The state television on which Walid Muallem spoke on Thursday; the text does not name the channel.",
  },
  "israeli-uk-media": {
    type: "Organization",
    // The text names these outlets only as one group; they are one entity
    // here so the group can take its side on the claim.
    name: "Israeli and U.K. media",
    description:
      "Israeli and U.K. media, named only as a group, which published evidence purporting to show Russian military intervention in Syria.",
  },
  newsweek: {
    type: "Organization",
    name: "Newsweek",
    description: "The publication reporting the article; it could not verify the interviews.",
  },
  "ria-novosti": {
    type: "Organization",
    name: "RIA Novosti",
    description: "Credited as a provider of the lead image.",
  },
  reuters: {
    type: "Organization",
    name: "Reuters",
    description: "Credited as a provider of the lead image.",
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
    description: "The Kremlin in Moscow, where the meeting of June 29, 2015 took place.",
    containedInPlace: "moscow",
  },
  damascus: {
    type: "Place",
    name: "Damascus",
    description: "Named as where a request to send Russian soldiers would come from.",
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
    name: "eastern Ukraine",
    description: "Where the soldiers initially thought they would be sent.",
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
