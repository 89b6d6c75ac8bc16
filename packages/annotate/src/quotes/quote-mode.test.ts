import { expect, test } from "vitest";
import { quoteMode } from "./quote-mode.js";

test.each([
  ["warm", false, "partial"],
  ["very shortly.", false, "partial"],
  ["if such a need arises.", false, "partial"],
  ["Until this happens it is difficult", true, "direct"],
  ["The Eastern Military District is astounded", true, "direct"],
  ["Thank you.", true, "direct"],
  ["difficult.", true, "partial"],
  ["We're looking for ways in which to find a common ground", true, "direct"],
] as const)("%s → %s", (words, startsSentence, mode) => {
  expect(quoteMode(words, startsSentence)).toBe(mode);
});
