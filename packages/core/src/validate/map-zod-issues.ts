import type { z } from "zod";
import { customNodeDefinition } from "../model/custom-node.js";
import { languageTagProblem } from "../schema/language-tag.js";
import { describeExpected, describeValue, quoteText, valueKind } from "./describe-value.js";
import { explainDate } from "./explain-date.js";
import { explainUrl } from "./explain-url.js";
import type { IssueCode, IssueParams, IssuePath, ValidationIssue } from "./issue.js";
import type { SchemaMeaning } from "./schema-codes.js";
import { closest, didYouMean } from "./suggest.js";

type ZodIssue = z.core.$ZodIssue;

/** Where a path leads in the input: whether the last key is present, and its value. */
interface Location {
  found: boolean;
  value: unknown;
}

function locate(input: unknown, path: IssuePath): Location {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key))
      return { found: false, value: undefined };
    value = (value as Record<string | number, unknown>)[key];
  }
  return { found: true, value };
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * The message the parse's error map gives an issue of a check listed in
 * `schema-codes.ts`, so that the mapping below reads the check's meaning
 * back from the finished issue.
 */
const MEANING_TOKEN = "\u0000newsdoc-meaning:";

/** The message token for a failing check's meaning (see {@link meaningOf}). */
export function meaningToken(meaning: SchemaMeaning): string {
  return `${MEANING_TOKEN}${JSON.stringify(meaning)}`;
}

function meaningOf(issue: ZodIssue): SchemaMeaning | undefined {
  return issue.message.startsWith(MEANING_TOKEN)
    ? (JSON.parse(issue.message.slice(MEANING_TOKEN.length)) as SchemaMeaning)
    : undefined;
}

const suggestion = (match: string | undefined) =>
  match === undefined ? {} : { suggestion: match };

/** What the schema knows that zod's issues do not carry: the fields allowed in each object. */
export type KnownKeys = ReadonlyMap<unknown, readonly string[]>;

/**
 * For an unknown block type: how a custom node type is accepted (a
 * definition passed in `parseArticle(input, { nodes })`).
 */
function customNodeHint(type: string, allowed: readonly string[]): string {
  // Only where blocks go: the allowed types are block types.
  if (!allowed.includes("paragraph")) return "";
  const defined = customNodeDefinition(type) !== undefined;
  return defined
    ? `; "${type}" is a custom node type: pass its definition, parseArticle(input, { nodes: [${type}Node] })`
    : ", or a custom node type (defineNode() and parseArticle(input, { nodes }))";
}

/** What a size bound asks for, by what it bounds: "a list of at least 2 items", "a number at most 6". */
function sizeOf(origin: unknown, op: string, bound: unknown): string {
  const n = String(bound);
  if (origin === "array" || origin === "set")
    return `a list of ${op} ${n} item${n === "1" ? "" : "s"}`;
  if (origin === "string") return `text of ${op} ${n} character${n === "1" ? "" : "s"}`;
  return `a number ${op} ${n}`;
}

class Mapper {
  readonly out: ValidationIssue[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly input: unknown,
    private readonly knownKeys: KnownKeys,
  ) {}

  private push<C extends IssueCode>(
    path: IssuePath,
    code: C,
    message: string,
    params: IssueParams[C],
  ): void {
    const key = `${code}\u0000${JSON.stringify(path)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({ path, code, message, params } as ValidationIssue);
  }

  map(issue: ZodIssue, prefix: IssuePath): void {
    const path: IssuePath = [
      ...prefix,
      ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k)),
    ];
    const at = locate(this.input, path);
    const meaning = meaningOf(issue);
    if (meaning) {
      this.meaningful(path, at, meaning);
      return;
    }
    switch (issue.code) {
      case "invalid_type": {
        this.invalidType(path, at, issue.expected);
        return;
      }
      case "invalid_value": {
        this.invalidValue(path, at, issue.values);
        return;
      }
      case "unrecognized_keys": {
        const known = at.found ? (this.knownKeys.get(at.value) ?? []) : [];
        for (const key of issue.keys) {
          const allowed = known.length > 0 ? ` Fields allowed here: ${known.join(", ")}.` : "";
          this.push(
            [...path, key],
            "unknown_key",
            `Unknown field ${quoteText(key)}.${didYouMean(key, known)} Remove it or correct its name.${allowed}`,
            { key, allowed: [...known], ...suggestion(closest(key, known)) },
          );
        }
        return;
      }
      case "invalid_union": {
        this.invalidUnion(issue, path, at);
        return;
      }
      case "invalid_format": {
        this.invalidFormat(path, at, issue);
        return;
      }
      case "custom": {
        this.push(path, "invalid_value", `${describeValue(at.value)} is not allowed here.`, {
          value: at.value,
          allowed: [],
        });
        return;
      }
      case "too_small":
      case "too_big": {
        if (issue.code === "too_small" && issue.origin === "array") {
          this.push(
            path,
            "empty_list",
            `This list is empty, but it needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? "" : "s"}: fill it, or leave the field out where it is optional.`,
            { minimum: Number(issue.minimum) },
          );
          return;
        }
        const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
        const op =
          issue.code === "too_small"
            ? issue.inclusive
              ? "at least"
              : "greater than"
            : issue.inclusive
              ? "at most"
              : "less than";
        this.push(
          path,
          "invalid_number",
          `Expected ${sizeOf(issue.origin, op, bound)}, got ${describeValue(at.value)}.`,
          {
            value: at.value,
            ...(issue.code === "too_small"
              ? { minimum: Number(issue.minimum) }
              : { maximum: Number(issue.maximum) }),
            inclusive: issue.inclusive ?? false,
          },
        );
        return;
      }
      default: {
        this.push(path, "invalid_value", `${issue.message}.`, { value: at.value, allowed: [] });
        return;
      }
    }
  }

  private invalidType(path: IssuePath, at: Location, expected: string): void {
    const last = path[path.length - 1];
    if (!at.found && path.length > 0) {
      this.push(
        path,
        "missing_field",
        `Missing required field ${quoteText(String(last))}: add ${describeExpected(expected)}.`,
        { field: String(last), expected: describeExpected(expected) },
      );
      return;
    }
    const typeParams = { expected: [expected], received: valueKind(at.value) };
    if (at.value === undefined && path.length > 0) {
      this.push(
        path,
        "invalid_type",
        `Is undefined. Give it ${describeExpected(expected)}, or leave the key out if the field is optional.`,
        typeParams,
      );
      return;
    }
    if (expected === "int" && typeof at.value === "number") {
      this.push(
        path,
        "invalid_number",
        `Expected a whole number, got ${describeValue(at.value)}.`,
        {
          value: at.value,
          integer: true,
        },
      );
      return;
    }
    if (path.length === 0) {
      this.push(
        path,
        "invalid_type",
        `An article must be a JSON object ({ "newsdoc": 1, "id": …, "headline": …, "body": [] }), got ${describeValue(at.value)}.`,
        typeParams,
      );
      return;
    }
    this.push(
      path,
      "invalid_type",
      `Expected ${describeExpected(expected)}, got ${describeValue(at.value)}.`,
      typeParams,
    );
  }

  private invalidValue(path: IssuePath, at: Location, values: readonly unknown[]): void {
    const field = String(path[path.length - 1]);
    if (!at.found) {
      this.push(
        path,
        "missing_field",
        `Missing required field ${quoteText(field)}: add one of ${list(values)}.`,
        { field, expected: `one of ${list(values)}` },
      );
      return;
    }
    const strings = values.filter((v): v is string => typeof v === "string");
    const match = typeof at.value === "string" ? closest(at.value, strings) : undefined;
    this.push(
      path,
      "invalid_value",
      `Expected one of ${list(values)}, got ${describeValue(at.value)}.${match === undefined ? "" : ` Did you mean ${JSON.stringify(match)}?`}`,
      { value: at.value, allowed: [...values], ...suggestion(match) },
    );
  }

  /** An issue of a check the schema-codes table names. */
  private meaningful(path: IssuePath, at: Location, meaning: SchemaMeaning): void {
    const value = typeof at.value === "string" ? at.value : "";
    switch (meaning.code) {
      case "empty_string": {
        this.push(
          path,
          "empty_string",
          `${value === "" ? "Is empty" : "Is only whitespace"}: write the text, or leave the field out where it is optional.`,
          { value },
        );
        return;
      }
      case "invalid_url": {
        const mailto = meaning.mailto === true;
        this.push(path, "invalid_url", explainUrl(value, mailto), { value, mailto });
        return;
      }
      case "invalid_language": {
        const problem = languageTagProblem(value) ?? { problem: "malformed" as const };
        const hint =
          problem.suggestion === undefined ? "" : ` Did you mean \`${problem.suggestion}\`?`;
        const why =
          problem.problem === "malformed"
            ? "is not a well-formed BCP 47 language tag"
            : `is not a registered BCP 47 language tag (${quoteText(problem.subtag ?? value)} is not in the IANA Language Subtag Registry)`;
        this.push(
          path,
          "invalid_language",
          `${quoteText(value)} ${why}.${hint} Use a tag such as "en", "en-GB" or "ru".`,
          { value, ...problem },
        );
        return;
      }
      case "invalid_duration": {
        this.push(
          path,
          "invalid_duration",
          `${quoteText(value)} is not an ISO 8601 duration: write P, then days (D), then T and hours (H), minutes (M) and seconds (S), e.g. "PT1M33S" for 1 minute 33 seconds or "PT2H" for two hours.`,
          { value },
        );
        return;
      }
      case "invalid_anchor": {
        this.push(
          path,
          "invalid_anchor",
          `${quoteText(value)} cannot be an anchor: it becomes an HTML id and a #fragment, so it must be non-empty with no whitespace (use hyphens: "what-we-know").`,
          { value },
        );
        return;
      }
      case "unsupported_version": {
        if (!at.found) {
          this.push(path, "missing_field", `Missing the model version: add "newsdoc": 1.`, {
            field: "newsdoc",
            expected: "1",
          });
          return;
        }
        this.push(
          path,
          "unsupported_version",
          `This version of @newsdoc/core reads newsdoc model version 1, and the document says ${describeValue(at.value)}. Set "newsdoc": 1, or upgrade @newsdoc/core if the document is newer.`,
          { version: at.value, supported: 1 },
        );
        return;
      }
    }
  }

  private invalidUnion(
    issue: Extract<ZodIssue, { code: "invalid_union" }>,
    path: IssuePath,
    at: Location,
  ): void {
    if (issue.discriminator !== undefined) {
      // The path ends at the discriminator; the node is one level up.
      const options = "options" in issue && issue.options ? issue.options : [];
      const strings = options.filter((o): o is string => typeof o === "string");
      if (!at.found) {
        this.push(
          path,
          "missing_field",
          `Missing ${quoteText(issue.discriminator)}: say which kind of node this is, one of ${list(options)}.`,
          { field: issue.discriminator, expected: `one of ${list(options)}` },
        );
        return;
      }
      if (typeof at.value !== "string") {
        this.push(
          path,
          "invalid_type",
          `Expected a string naming the kind of node (one of ${list(options)}), got ${describeValue(at.value)}.`,
          { expected: ["string"], received: valueKind(at.value) },
        );
        return;
      }
      this.push(
        path,
        "unknown_type",
        `${quoteText(at.value)} is not a kind of node allowed here.${didYouMean(at.value, strings)} Use one of ${list(options)}${customNodeHint(at.value, strings)}.`,
        { type: at.value, allowed: strings, ...suggestion(closest(at.value, strings)) },
      );
      return;
    }
    // A plain union: keep the branches that got past the type check at the
    // union itself; their issues say what is wrong inside the value.
    const branches = issue.errors.filter(
      (branch) =>
        !(
          branch.length === 1 &&
          branch[0]!.code === "invalid_type" &&
          branch[0]!.path.length === 0
        ),
    );
    if (branches.length === 0) {
      const types = issue.errors
        .map((branch) => branch[0])
        .filter((i): i is Extract<ZodIssue, { code: "invalid_type" }> => i?.code === "invalid_type")
        .map((i) => i.expected);
      const expected = types.map((t) => (t === "object" ? "a node object" : describeExpected(t)));
      this.push(
        path,
        "invalid_type",
        `Expected ${expected.join(" or ")}, got ${describeValue(at.value)}.`,
        { expected: types, received: valueKind(at.value) },
      );
      return;
    }
    if (
      typeof at.value === "string" &&
      branches.every((branch) =>
        branch.every(
          (i) => i.code === "invalid_format" && (i.format === "date" || i.format === "datetime"),
        ),
      )
    ) {
      this.push(path, "invalid_date", explainDate(at.value, true), {
        value: at.value,
        dateOnly: true,
      });
      return;
    }
    for (const inner of branches[0]!) this.map(inner, path);
  }

  private invalidFormat(
    path: IssuePath,
    at: Location,
    issue: Extract<ZodIssue, { code: "invalid_format" }>,
  ): void {
    const value = typeof at.value === "string" ? at.value : "";
    if (issue.format === "datetime" || issue.format === "date") {
      const dateOnly = issue.format === "date";
      this.push(path, "invalid_date", explainDate(value, dateOnly), { value, dateOnly });
      return;
    }
    this.push(path, "invalid_value", `${issue.message}.`, { value: at.value, allowed: [] });
  }
}

/**
 * Turns zod's issues into newsdoc issues: one code per kind of problem, a
 * path to the offending value, and a sentence that says how to fix it.
 * Unions are resolved to the branch that fits the value, so a bad inline
 * node reports the bad field, not "invalid input".
 */
export function mapZodIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  knownKeys: KnownKeys,
): ValidationIssue[] {
  const mapper = new Mapper(input, knownKeys);
  for (const issue of issues) mapper.map(issue, []);
  return mapper.out;
}
