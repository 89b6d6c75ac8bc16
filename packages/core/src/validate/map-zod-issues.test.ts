import { describe } from "vitest";
import { runCases } from "./test-cases.js";

describe("parseArticle: shape issues from the schema (map-zod-issues)", () => {
  runCases([
    [
      "a missing required field",
      (a) => {
        delete a.headline;
      },
      [["missing_field", ["headline"]]],
    ],
    [
      "a missing version",
      (a) => {
        delete a.newsdoc;
      },
      [["missing_field", ["newsdoc"]]],
    ],
    [
      "another version",
      (a) => {
        a.newsdoc = 2;
      },
      [["unsupported_version", ["newsdoc"]]],
    ],
    [
      "a wrong type",
      (a) => {
        a.headline = 42;
      },
      [["invalid_type", ["headline"]]],
    ],
    [
      "an explicit undefined",
      (a) => {
        a.url = undefined;
      },
      [["invalid_type", ["url"]]],
    ],
    [
      "an unknown key",
      (a) => {
        a.headln = "x";
      },
      [["unknown_key", ["headln"]]],
    ],
    [
      "an unknown key deep inside",
      (a) => {
        a.body[0].style = "bold";
      },
      [["unknown_key", ["body", 0, "style"]]],
    ],
    [
      "an unknown block type",
      (a) => {
        a.body[1].type = "paragraf";
      },
      [["unknown_type", ["body", 1, "type"]]],
    ],
    [
      "a node without a type",
      (a) => {
        delete a.body[5].type;
      },
      [["missing_field", ["body", 5, "type"]]],
    ],
    [
      "an unknown entity type",
      (a) => {
        a.entities[0].type = "Human";
      },
      [["unknown_type", ["entities", 0, "type"]]],
    ],
    [
      "a bad field inside an inline node",
      (a) => {
        a.body[0].children[0] = { type: "mention", entity: "peskov" };
      },
      [["missing_field", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "an inline that is neither text nor node",
      (a) => {
        a.body[0].children[1] = 7;
      },
      [["invalid_type", ["body", 0, "children", 1]]],
    ],
    [
      "a bad enum value",
      (a) => {
        (a.quotes[0] as { mode: string }).mode = "quoted";
      },
      [["invalid_value", ["quotes", 0, "mode"]]],
    ],
    [
      "heading level 1",
      (a) => {
        a.body[1].level = 1;
      },
      [["invalid_value", ["body", 1, "level"]]],
    ],
    [
      "width 0",
      (a) => {
        a.image!.width = 0;
      },
      [["invalid_number", ["image", "width"]]],
    ],
    [
      "height 1.5",
      (a) => {
        a.image!.height = 1.5;
      },
      [["invalid_number", ["image", "height"]]],
    ],
    [
      "list start -1",
      (a) => {
        a.body[4].start = -1;
      },
      [["invalid_number", ["body", 4, "start"]]],
    ],
    [
      "NaN",
      (a) => {
        a.image!.width = Number.NaN;
      },
      [["invalid_type", ["image", "width"]]],
    ],
    [
      "an empty id",
      (a) => {
        a.entities[0].id = "";
      },
      // The author pointed at that entity: with its id gone, it points nowhere.
      [
        ["empty_string", ["entities", 0, "id"]],
        ["unknown_reference", ["authors", 0]],
      ],
    ],
    [
      "a whitespace-only headline",
      (a) => {
        a.headline = " \t\n ";
      },
      [["empty_string", ["headline"]]],
    ],
    [
      "a blank statement",
      (a) => {
        a.claims[0]!.statement = " ";
      },
      [["empty_string", ["claims", 0, "statement"]]],
    ],
    [
      "a blank mention",
      (a) => {
        a.body[0].children[0].text = "";
      },
      [["empty_string", ["body", 0, "children", 0, "text"]]],
    ],
    [
      "a blank keyword",
      (a) => {
        a.keywords = ["ok", ""];
      },
      [["empty_string", ["keywords", 1]]],
    ],
    [
      "a bad language tag",
      (a) => {
        a.language = "english language";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "a malformed language tag",
      (a) => {
        a.language = "en-";
      },
      [["invalid_language", ["language"]]],
    ],
    [
      "an invalid BCP 47 tag of the right shape",
      (a) => {
        a.language = "en-US-US-x";
      },
      [["invalid_language", ["language"]]],
    ],
  ]);
});
