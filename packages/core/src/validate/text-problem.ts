import type { TextProblemKind } from "./issue.js";

// Everything the checks below look for, in one class (surrogates paired or not).
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;
// Controls other than tab (U+0009) and newline (U+000A): C0, DEL and C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// The 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane.
const NONCHARACTER =
  /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** What {@link textProblem} found: the sentence, and its details for the params. */
export interface TextProblem {
  message: string;
  problem: TextProblemKind;
  codePoint: number;
  index: number;
}

/** True when `value` may hold a character {@link textProblem} rejects: one regex test. */
export function mayHaveTextProblem(value: string): boolean {
  return SUSPECT.test(value);
}

/**
 * Why a string is not acceptable text, or `undefined`: a lone surrogate (an
 * emoji cut in half, or bytes decoded wrongly), a control character other
 * than tab and newline (they corrupt output and hide text), or a
 * noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF, U+1FFFE, …: reserved for a
 * program's internal use; HTML calls them a parse error and CommonMark
 * readers turn a reference to one into U+FFFD, so no renderer could keep it).
 */
export function textProblem(value: string): TextProblem | undefined {
  // One test for the common case, clean text; any surrogate (paired ones
  // too) sends the string to the precise checks below.
  if (!SUSPECT.test(value)) return undefined;
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0);
    const hint =
      code === 0x0d
        ? " Carriage returns are not allowed either: use \\n for line breaks."
        : " Remove it; only tab and newline are allowed.";
    return {
      message: `Contains the control character ${hex(code)} at index ${control.index}.${hint}`,
      problem: "control_character",
      codePoint: code,
      index: control.index,
    };
  }
  const lone = LONE_SURROGATE.exec(value);
  if (lone) {
    const code = lone[0].charCodeAt(0);
    return {
      message: `Contains a lone surrogate (${hex(code)}) at index ${lone.index}: half of a character such as an emoji, usually from text cut in the middle or decoded wrongly. Fix the text at its source.`,
      problem: "lone_surrogate",
      codePoint: code,
      index: lone.index,
    };
  }
  const nonchar = NONCHARACTER.exec(value);
  if (nonchar) {
    const code = nonchar[0].codePointAt(0)!;
    return {
      message: `Contains the noncharacter ${hex(code)} at index ${nonchar.index}: a code point Unicode reserves for a program's internal use, not text (readers show it as U+FFFD). Remove it.`,
      problem: "noncharacter",
      codePoint: code,
      index: nonchar.index,
    };
  }
  return undefined;
}
