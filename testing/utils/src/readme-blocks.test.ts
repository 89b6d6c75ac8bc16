import { expect, test } from "vitest";
import { readmeBlocks } from "./readme-blocks.js";

const README =
  "# x\n\n## Use\n\n```ts\na()\n```\n\n## For publishers\n\n```yaml\nname: A\n```\n\ntext\n\n```json\n{}\n```\n\n```yaml\nb: 1\n```\n\n## API\n\n```yaml\nnot: this\n```\n";

test("the blocks of one section, by language, in order", () => {
  expect(readmeBlocks(README, "For publishers", "yaml")).toEqual(["name: A", "b: 1"]);
  expect(readmeBlocks(README, "For publishers", "json")).toEqual(["{}"]);
  expect(readmeBlocks(README, "API", "yaml")).toEqual(["not: this"]);
  expect(() => readmeBlocks(README, "Missing", "yaml")).toThrow('no "## Missing" section');
});
