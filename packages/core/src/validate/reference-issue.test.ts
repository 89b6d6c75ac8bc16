import { describe } from "vitest";
import { person, runCases } from "./test-cases.js";

describe("parseArticle: references (unknown_reference, wrong_reference_kind)", () => {
  runCases([
    [
      "an unknown author",
      (a) => {
        a.authors = ["nobody"];
      },
      [["unknown_reference", ["authors", 0]]],
    ],
    [
      "an unknown publisher",
      (a) => {
        a.publisher = "nobody";
      },
      [["unknown_reference", ["publisher"]]],
    ],
    [
      "an unknown about",
      (a) => {
        a.about = ["nobody"];
      },
      [["unknown_reference", ["about", 0]]],
    ],
    [
      "an unknown mention",
      (a) => {
        a.body[0].children[0].entity = "nobody";
      },
      [["unknown_reference", ["body", 0, "children", 0, "entity"]]],
    ],
    [
      "an unknown mention in a caption",
      (a) => {
        (a.image!.caption![0] as { entity: string }).entity = "nobody";
      },
      [["unknown_reference", ["image", "caption", 0, "entity"]]],
    ],
    [
      "an unknown mention in a list",
      (a) => {
        a.body[4].children[1].children[0].entity = "nobody";
      },
      [["unknown_reference", ["body", 4, "children", 1, "children", 0, "entity"]]],
    ],
    [
      "an unknown mention in a figure caption",
      (a) => {
        a.body[3].image.caption[1].entity = "nobody";
      },
      [["unknown_reference", ["body", 3, "image", "caption", 1, "entity"]]],
    ],
    [
      "an unknown speaker",
      (a) => {
        a.quotes[0]!.speaker = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "speaker"]]],
    ],
    [
      "an unknown via",
      (a) => {
        a.quotes[0]!.via = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "via"]]],
    ],
    [
      "an unknown audience",
      (a) => {
        a.quotes[0]!.audience!.entity = "nobody";
      },
      [["unknown_reference", ["quotes", 0, "audience", "entity"]]],
    ],
    [
      "an unknown image creator",
      (a) => {
        a.image!.credit!.creators = ["nobody"];
      },
      [["unknown_reference", ["image", "credit", "creators", 0]]],
    ],
    [
      "an unknown image provider in a figure",
      (a) => {
        a.body[3].image.credit.providers = ["nobody"];
      },
      [["unknown_reference", ["body", 3, "image", "credit", "providers", 0]]],
    ],
    [
      "an unknown image about",
      (a) => {
        a.image!.about = ["nobody"];
      },
      [["unknown_reference", ["image", "about", 0]]],
    ],
    [
      "an unknown stance party",
      (a) => {
        a.claims[0]!.stances[1]!.by = "nobody";
      },
      [["unknown_reference", ["claims", 0, "stances", 1, "by"]]],
    ],
    [
      "an unknown stance quote",
      (a) => {
        a.claims[0]!.stances[0]!.quote = "q9";
      },
      [["unknown_reference", ["claims", 0, "stances", 0, "quote"]]],
    ],
    [
      "an unknown quote claim",
      (a) => {
        a.quotes[0]!.claim = "c9";
      },
      [["unknown_reference", ["quotes", 0, "claim"]]],
    ],
    [
      "an unknown blockquote quote",
      (a) => {
        a.body[2].quote = "q9";
      },
      [["unknown_reference", ["body", 2, "quote"]]],
    ],
    [
      "an unknown quote span",
      (a) => {
        a.body[0].children[2].quote = "q9";
      },
      [["unknown_reference", ["body", 0, "children", 2, "quote"]]],
    ],
    [
      "an unknown affiliation",
      (a) => {
        person(a, "peskov").affiliation = "nobody";
      },
      [["unknown_reference", ["entities", 1, "affiliation"]]],
    ],
    [
      "an unknown parent organization",
      (a) => {
        a.entities[6].parentOrganization = "nobody";
      },
      [["unknown_reference", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "an unknown containing place",
      (a) => {
        a.entities[9].containedInPlace = "nobody";
      },
      [["unknown_reference", ["entities", 9, "containedInPlace"]]],
    ],
    [
      "an unknown event location",
      (a) => {
        a.entities[11].location = "nobody";
      },
      [["unknown_reference", ["entities", 11, "location"]]],
    ],
    [
      "an unknown attendee",
      (a) => {
        a.entities[11].attendees = ["nobody"];
      },
      [["unknown_reference", ["entities", 11, "attendees", 0]]],
    ],
    [
      "an unknown work author",
      (a) => {
        a.entities[12].authors = ["nobody"];
      },
      [["unknown_reference", ["entities", 12, "authors", 0]]],
    ],
    [
      "an unknown work publisher",
      (a) => {
        a.entities[12].publisher = "nobody";
      },
      [["unknown_reference", ["entities", 12, "publisher"]]],
    ],
    [
      "a Place as author",
      (a) => {
        a.authors = ["syria"];
      },
      [["wrong_reference_kind", ["authors", 0]]],
    ],
    [
      "a Person as publisher",
      (a) => {
        a.publisher = "putin";
      },
      [["wrong_reference_kind", ["publisher"]]],
    ],
    [
      "a Place as speaker",
      (a) => {
        a.quotes[0]!.speaker = "moscow";
      },
      [["wrong_reference_kind", ["quotes", 0, "speaker"]]],
    ],
    [
      "a Place as via",
      (a) => {
        a.quotes[0]!.via = "moscow";
      },
      [["wrong_reference_kind", ["quotes", 0, "via"]]],
    ],
    [
      "an Event as audience",
      (a) => {
        a.quotes[0]!.audience!.entity = "meeting";
      },
      [["wrong_reference_kind", ["quotes", 0, "audience", "entity"]]],
    ],
    [
      "a Person as affiliation",
      (a) => {
        person(a, "peskov").affiliation = "putin";
      },
      [["wrong_reference_kind", ["entities", 1, "affiliation"]]],
    ],
    [
      "a Place as parent organization",
      (a) => {
        a.entities[6].parentOrganization = "syria";
      },
      [["wrong_reference_kind", ["entities", 6, "parentOrganization"]]],
    ],
    [
      "an Organization as containing place",
      (a) => {
        a.entities[9].containedInPlace = "kremlin";
      },
      [["wrong_reference_kind", ["entities", 9, "containedInPlace"]]],
    ],
    [
      "a Person as location",
      (a) => {
        a.entities[11].location = "putin";
      },
      [["wrong_reference_kind", ["entities", 11, "location"]]],
    ],
    [
      "a Place as attendee",
      (a) => {
        a.entities[11].attendees = ["syria"];
      },
      [["wrong_reference_kind", ["entities", 11, "attendees", 0]]],
    ],
    [
      "a Place as creator",
      (a) => {
        a.image!.credit!.creators = ["syria"];
      },
      [["wrong_reference_kind", ["image", "credit", "creators", 0]]],
    ],
    [
      "a Person as provider",
      (a) => {
        a.image!.credit!.providers = ["putin"];
      },
      [["wrong_reference_kind", ["image", "credit", "providers", 0]]],
    ],
    [
      "a work as stance party",
      (a) => {
        a.claims[0]!.stances[1]!.by = "tv";
      },
      [["wrong_reference_kind", ["claims", 0, "stances", 1, "by"]]],
    ],
    [
      "a Place as work author",
      (a) => {
        a.entities[12].authors = ["syria"];
      },
      [["wrong_reference_kind", ["entities", 12, "authors", 0]]],
    ],
    [
      "a Person as work publisher",
      (a) => {
        a.entities[12].publisher = "putin";
      },
      [["wrong_reference_kind", ["entities", 12, "publisher"]]],
    ],
  ]);
});
