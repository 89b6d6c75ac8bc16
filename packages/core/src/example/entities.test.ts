import { article, entities } from "@newsdoc/core/example";
import type { Entity, EntityType } from "@newsdoc/core/kit";
import { ENTITY_TYPES } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";

const byId = new Map<string, Entity>(entities.map((entity) => [entity.id, entity]));

describe("entities of the example article", () => {
  it("are the article's registry, with unique ids", () => {
    expect(article.entities).toBe(entities);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it("count by kind", () => {
    const counts = Object.fromEntries(
      ENTITY_TYPES.map((type: EntityType) => [
        type,
        entities.filter((e) => e.type === type).length,
      ]),
    );
    expect(counts).toEqual({ Person: 10, Organization: 13, Place: 11, Event: 1, CreativeWork: 1 });
  });

  it("carry sameAs only where the identifier was verified to denote that very thing", () => {
    const sameAs = Object.fromEntries(
      entities.flatMap((e) => (e.sameAs ? [[e.id, e.sameAs]] : [])),
    );
    expect(sameAs).toEqual({
      putin: [
        "https://www.wikidata.org/wiki/Q7747",
        "https://en.wikipedia.org/wiki/Vladimir_Putin",
      ],
      assad: ["https://en.wikipedia.org/wiki/Bashar_al-Assad"],
      kerry: ["https://www.wikidata.org/wiki/Q22316"],
      "russian-government": ["https://www.wikidata.org/wiki/Q1140115"],
      tass: ["https://www.wikidata.org/wiki/Q223799"],
      reuters: ["https://www.wikidata.org/wiki/Q130879", "https://en.wikipedia.org/wiki/Reuters"],
      russia: ["https://www.wikidata.org/wiki/Q159"],
      syria: ["https://www.wikidata.org/wiki/Q858"],
      moscow: ["https://www.wikidata.org/wiki/Q649"],
      damascus: ["https://www.wikidata.org/wiki/Q3766"],
      ukraine: ["https://www.wikidata.org/wiki/Q212"],
      "middle-east": [
        "https://www.wikidata.org/wiki/Q7204",
        "https://en.wikipedia.org/wiki/Middle_East",
      ],
      "united-states": ["https://www.wikidata.org/wiki/Q30"],
      "united-kingdom": ["https://www.wikidata.org/wiki/Q145"],
    });
    // Q35525 is the White House building and Q2060629 the Presidential
    // Administration: neither is what the text's "White House" or "Kremlin" denotes.
    expect(JSON.stringify(entities)).not.toMatch(/Q35525|Q2060629/);
  });

  it("give the unnamed speakers as anonymous people with the body they speak for", () => {
    const anonymous = entities.flatMap((e) =>
      e.type === "Person" && e.anonymous ? [[e.id, e.name, e.affiliation]] : [],
    );
    expect(anonymous).toEqual([
      ["white-house-spokesperson", "White House spokesperson", "white-house"],
      [
        "defence-ministry-spokesperson",
        "spokesperson for the Ministry of Defence",
        "defence-ministry",
      ],
    ]);
  });

  it("give the alternate names the text uses", () => {
    const alternates = Object.fromEntries(
      entities.flatMap((e) => (e.alternateNames ? [[e.id, [e.name, ...e.alternateNames]]] : [])),
    );
    expect(alternates).toEqual({
      muallem: ["Walid al-Muallem", "Walid Muallem", "Muallem"],
      peskov: ["Dmitry Peskov", "Peskov"],
      kerry: ["John Kerry", "Kerry"],
      "alexey-n": ["Alexey N.", "Alexey"],
      "defence-ministry": ["Russian Ministry of Defence", "Ministry of Defence"],
      "eastern-military-district": ["Eastern Military District", "Eastern military district"],
      tass: ["Itar Tass", "Tass"],
    });
  });

  it("give the roles the text gives", () => {
    const roles = entities.flatMap((e) =>
      e.type === "Person" && e.jobTitle ? [[e.id, e.jobTitle]] : [],
    );
    expect(roles).toEqual([
      ["putin", "Russian President"],
      ["lavrov", "Foreign Minister"],
      ["muallem", "Syrian Foreign Minister"],
      ["peskov", "Kremlin spokesperson"],
      ["kerry", "U.S. secretary of state"],
    ]);
  });

  it("model the photographed meeting as an Event of June 29, 2015 at the Kremlin in Moscow", () => {
    expect(byId.get("kremlin-meeting")).toMatchObject({
      type: "Event",
      name: "meeting at the Kremlin",
      startDate: "2015-06-29",
      location: "moscow-kremlin",
      attendees: ["putin", "lavrov", "muallem"],
    });
    expect(byId.get("moscow-kremlin")).toMatchObject({ type: "Place", containedInPlace: "moscow" });
    expect(byId.get("moscow")).toMatchObject({ type: "Place", containedInPlace: "russia" });
  });

  it("credit the photo to its photographer and providers, and say what it shows", () => {
    expect(article.image?.credit).toEqual({
      text: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters",
      creators: ["nikolsky"],
      providers: ["ria-novosti", "kremlin", "reuters"],
    });
    expect(article.image?.about).toEqual(["kremlin-meeting"]);
  });

  it("model the Gazeta interview as a work Gazeta published", () => {
    expect(byId.get("gazeta-interview")).toMatchObject({
      type: "CreativeWork",
      publisher: "gazeta",
    });
  });

  it("name Newsweek, the publication that speaks in the body, as the publisher", () => {
    expect(article.publisher).toBe("newsweek");
    expect(byId.get("newsweek")?.type).toBe("Organization");
  });
});
