import { article as example } from "@newsdoc/core/example";
import { test } from "vitest";
import { stripAnnotations } from "../eval/strip.js";
import { annotate } from "./annotate.js";

test("smoke", () => {
  const { report } = annotate(stripAnnotations(example));
  console.log(report.mentions.length, report.ambiguous.map((a) => a.text));
  for (const q of report.quotes) console.log(JSON.stringify([q.text.slice(0, 40), q.mode, q.speaker?.entity, q.speaker?.confidence, q.speaker?.construction, q.applied]));
  console.log(report.problems);
});
