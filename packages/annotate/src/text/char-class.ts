const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;

/** A letter, digit or combining mark. */
export const isAlnum = (ch: string | undefined): boolean =>
  ch !== undefined && LETTER_OR_DIGIT.test(ch);

/** An upper-case letter. */
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);

/** A lower-case letter. */
export const isLower = (ch: string | undefined): boolean => ch !== undefined && LOWER.test(ch);

/** White space, or the start or end of the text (`undefined`). */
export const isSpaceOrEdge = (ch: string | undefined): boolean =>
  ch === undefined || SPACE.test(ch);

/** Apostrophes: a possessive or elision, never part of a name's edge. */
export const APOSTROPHES = "'\u2019";
