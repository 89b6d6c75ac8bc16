import { type IssuePath, issue, type ValidationIssue } from "./issue.js";
import { type TextProblem, textProblem } from "./text-problem.js";

/** The default limit on nesting: objects and arrays inside each other, the root counting as 1. */
export const DEFAULT_MAX_DEPTH = 64;

/** Stop looking after this many input problems: one is enough to reject. */
const MAX_FATAL = 20;

interface Frame {
  readonly value: object;
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly depth: number;
}

/** What {@link inspectInput} found. */
export interface InputInspection {
  /** Problems that stop validation: the schema must not see this input. */
  fatal: ValidationIssue[];
  /** Strings that are not acceptable text; reported together with the schema's issues. */
  text: ValidationIssue[];
}

/**
 * Orders issues as their values appear in the document (depth first, keys in
 * insertion order), whatever order the walk found them in.
 */
function sortByDocumentOrder(input: unknown, issues: ValidationIssue[]): void {
  if (issues.length < 2) return;
  const position = (parent: unknown, key: string | number): number =>
    typeof key === "number" ? key : Object.keys(parent as object).indexOf(key);
  issues.sort((a, b) => {
    let parent: unknown = input;
    for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
      const ka = a.path[i]!;
      const kb = b.path[i]!;
      if (ka !== kb) return position(parent, ka) - position(parent, kb);
      parent = (parent as Record<string | number, unknown>)[ka];
    }
    return a.path.length - b.path.length;
  });
}

function pathOf(frame: Frame | undefined, last?: string | number): IssuePath {
  const path: IssuePath = last === undefined ? [] : [last];
  for (let f = frame; f?.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

function kindOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== "Object") return `a ${tag}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)
    ?.constructor?.name;
  return typeof name === "string" && name !== ""
    ? `an instance of ${name}`
    : "an object with a prototype";
}

/** Plain data: an array, or an object whose prototype is `Object.prototype` (of any realm) or null. */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  return !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

/**
 * Walks any input once, without recursion, before the schema sees it:
 * rejects nesting deeper than `maxDepth` (and cycles), anything that is not
 * JSON data (class instances, Maps, Dates, sparse arrays), and collects
 * strings that are not acceptable text. Reads only own enumerable keys.
 */
export function inspectInput(
  input: unknown,
  maxDepth: number = DEFAULT_MAX_DEPTH,
): InputInspection {
  const result = walk(input, maxDepth);
  sortByDocumentOrder(input, result.fatal);
  sortByDocumentOrder(input, result.text);
  return result;
}

function walk(input: unknown, maxDepth: number): InputInspection {
  const result: InputInspection = { fatal: [], text: [] };
  const fatal = (issue: ValidationIssue) => {
    result.fatal.push(issue);
    return result.fatal.length >= MAX_FATAL;
  };
  if (typeof input === "string") {
    const problem = textProblem(input);
    if (problem) result.text.push(textIssue([], problem));
    return result;
  }
  if (typeof input !== "object" || input === null) return result;
  if (!isPlain(input)) {
    fatal(notJson([], input));
    return result;
  }
  const stack: Frame[] = [{ value: input, parent: undefined, key: "", depth: 1 }];
  const seen = new Set<object>([input]);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const container = frame.value;
    // Children are pushed in reverse so that they are popped in document order.
    let keys: string[] | undefined;
    let count: number;
    if (Array.isArray(container)) {
      count = container.length;
      for (let i = 0; i < container.length; i++) {
        if (i in container) continue;
        if (
          fatal(
            issue(
              "not_json",
              pathOf(frame, i),
              `The array has a hole at index ${i} (a sparse array). Every element must be present.`,
              { found: "sparse array" },
            ),
          )
        )
          return result;
        count = i;
        break;
      }
    } else {
      keys = Object.keys(container);
      count = keys.length;
    }
    for (let i = count - 1; i >= 0; i--) {
      const key: string | number = keys === undefined ? i : keys[i]!;
      const child: unknown = (container as Record<string | number, unknown>)[key];
      if (typeof child === "string") {
        const problem = textProblem(child);
        if (problem) result.text.push(textIssue(pathOf(frame, key), problem));
        continue;
      }
      if (typeof child !== "object" || child === null) continue;
      if (!isPlain(child)) {
        if (fatal(notJson(pathOf(frame, key), child))) return result;
        continue;
      }
      // A container seen before is shared or circular; only then is the
      // chain of ancestors worth walking.
      if (seen.has(child)) {
        let f: Frame | undefined = frame;
        while (f && f.value !== child) f = f.parent;
        if (f) {
          const stop = fatal(
            issue(
              "circular",
              pathOf(frame, key),
              "This value contains itself (a circular reference). An article is a tree of JSON data; copy the value instead of nesting it in itself.",
              {},
            ),
          );
          if (stop) return result;
          continue;
        }
      } else seen.add(child);
      const depth = frame.depth + 1;
      if (depth > maxDepth) {
        const stop = fatal(
          issue(
            "too_deep",
            pathOf(frame, key),
            `Objects and arrays are nested more than ${maxDepth} levels deep here. Real articles are far shallower; flatten the structure (or raise the maxDepth option if it is intended).`,
            { maxDepth },
          ),
        );
        if (stop) return result;
        continue;
      }
      stack.push({ value: child, parent: frame, key, depth });
    }
  }
  return result;
}

function notJson(path: IssuePath, value: object): ValidationIssue {
  const kind = kindOf(value);
  return issue(
    "not_json",
    path,
    `Expected JSON data (a plain object, an array, a string, a number, a boolean or null), got ${kind}. Convert it first, e.g. a Date to an ISO 8601 string.`,
    { found: kind.replace(/^an? /, "") },
  );
}

function textIssue(path: IssuePath, problem: TextProblem): ValidationIssue {
  const { message, ...params } = problem;
  return issue("invalid_text", path, message, params);
}
