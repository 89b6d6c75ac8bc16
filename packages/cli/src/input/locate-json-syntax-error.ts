/** Where and why a text is not JSON. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length for "ended too early"). */
  readonly offset: number;
  /** What is wrong and, where it helps, how to fix it. */
  readonly message: string;
}

type Expect =
  | "value"
  | "value-or-close"
  | "value-after-comma"
  | "key-or-close"
  | "key-after-comma"
  | "colon"
  | "comma-or-close"
  | "end";

const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t", "u"]);

/**
 * Finds the first syntax error in `text` read as JSON (RFC 8259, exactly what
 * `JSON.parse` accepts), or `undefined` when the text is valid JSON.
 *
 * `JSON.parse` reports an offset for some errors and none for others, with
 * messages that change between Node versions; this scanner gives every error
 * a position and a stable message. It is iterative, so deeply nested input
 * cannot overflow the stack, and it runs only after `JSON.parse` has failed.
 *
 * @example
 * ```ts
 * locateJsonSyntaxError('{"a": 1,}');
 * // { offset: 8, message: "Trailing comma before '}': JSON does not allow it; remove the comma." }
 * ```
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ("array" | "object")[] = [];
  let expect: Expect = "value";
  let i = 0;
  const n = text.length;
  const afterValue = (): Expect => (stack.length === 0 ? "end" : "comma-or-close");
  const error = (offset: number, message: string): JsonSyntaxError => ({ offset, message });

  while (true) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= n) {
      if (expect === "end") return undefined;
      return error(n, endMessage(expect, stack));
    }
    const c = text[i] as string;
    switch (expect) {
      case "value":
      case "value-or-close":
      case "value-after-comma": {
        if (c === "]" && expect === "value-or-close") {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c === "]" && expect === "value-after-comma") {
          return error(i, "Trailing comma before ']': JSON does not allow it; remove the comma.");
        }
        if (c === "{") {
          stack.push("object");
          i++;
          expect = "key-or-close";
          break;
        }
        if (c === "[") {
          stack.push("array");
          i++;
          expect = "value-or-close";
          break;
        }
        const scanned = scanScalar(text, i);
        if (typeof scanned !== "number") return scanned;
        i = scanned;
        expect = afterValue();
        break;
      }
      case "key-or-close":
      case "key-after-comma": {
        if (c === "}" && expect === "key-or-close") {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        if (c === "}") {
          return error(i, "Trailing comma before '}': JSON does not allow it; remove the comma.");
        }
        if (c !== '"') {
          const hint =
            c === "'"
              ? " JSON strings use double quotes."
              : /[A-Za-z_$]/.test(c)
                ? " JSON property names must be quoted."
                : "";
          return error(
            i,
            `Expected a double-quoted property name, found ${describe(text, i)}.${hint}`,
          );
        }
        const end = scanString(text, i);
        if (typeof end !== "number") return end;
        i = end;
        expect = "colon";
        break;
      }
      case "colon":
        if (c !== ":") {
          return error(i, `Expected ':' after the property name, found ${describe(text, i)}.`);
        }
        i++;
        expect = "value";
        break;
      case "comma-or-close": {
        const top = stack[stack.length - 1];
        const close = top === "object" ? "}" : "]";
        if (c === ",") {
          i++;
          expect = top === "object" ? "key-after-comma" : "value-after-comma";
          break;
        }
        if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
          break;
        }
        const after = top === "object" ? "a property value" : "an array element";
        return error(
          i,
          `Expected ',' or '${close}' after ${after}, found ${describe(text, i)}. Is a comma missing?`,
        );
      }
      case "end":
        return error(
          i,
          `Unexpected ${describe(text, i)} after the end of the JSON value: a file holds one value.`,
        );
    }
  }
}

/** Scans a string, number or literal at `start`; returns the offset after it or an error. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const c = text[start] as string;
  if (c === '"') return scanString(text, start);
  if (c === "-" || (c >= "0" && c <= "9")) return scanNumber(text, start);
  for (const literal of ["true", "false", "null"]) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  const hint =
    c === "'"
      ? " JSON strings use double quotes."
      : c === "/"
        ? " JSON does not allow comments."
        : "";
  return {
    offset: start,
    message: `Expected a value (object, array, string, number, true, false or null), found ${describe(text, start)}.${hint}`,
  };
}

function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (!ESCAPES.has(next)) {
        return { offset: i, message: `Invalid escape '\\${next}' in a string.` };
      }
      if (next === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          return { offset: i, message: "Invalid \\u escape: it needs four hexadecimal digits." };
        }
        i += 6;
      } else {
        i += 2;
      }
      continue;
    }
    if (code < 0x20) {
      return {
        offset: i,
        message:
          code === 0x0a || code === 0x0d
            ? "Line break inside a string: is a closing '\"' missing? (Write a line break in a string as \\n.)"
            : `Control character ${describe(text, i)} inside a string: write it as an escape such as \\t or \\u00XX.`,
      };
    }
    i++;
  }
  return { offset: start, message: "Unterminated string: the '\"' here is never closed." };
}

function scanNumber(text: string, start: number): number | JsonSyntaxError {
  const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  match.lastIndex = start;
  const found = match.exec(text);
  if (found === null) {
    return { offset: start, message: `Invalid number starting with ${describe(text, start)}.` };
  }
  const end = start + found[0].length;
  const next = text[end];
  if (next !== undefined && /[0-9.eE+-]/.test(next)) {
    const leadingZero = /^-?0\d/.test(text.slice(start, end + 1));
    return {
      offset: leadingZero ? start : end,
      message: leadingZero
        ? "Invalid number: JSON numbers cannot have leading zeros."
        : `Invalid number: unexpected ${describe(text, end)}.`,
    };
  }
  return end;
}

function endMessage(expect: Expect, stack: readonly ("array" | "object")[]): string {
  if (stack.length === 0 && expect === "value") return "The file is empty: expected a JSON value.";
  const open = stack[stack.length - 1] === "object" ? "'}'" : "']'";
  return `Unexpected end of the file: ${stack.length} unclosed ${stack.length === 1 ? "bracket" : "brackets"}; the next one to close is ${open}.`;
}

/** A character as a person reads it in a message: `'x'`, or `U+0000` for an invisible one. */
function describe(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset) ?? 0;
  if (
    codePoint < 0x21 ||
    (codePoint >= 0x7f && codePoint <= 0xa0) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    codePoint === 0xfeff
  ) {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `'${String.fromCodePoint(codePoint)}'`;
}
