import type { z } from "zod";
import {
  HTTP_URL_PATTERN,
  LANGUAGE_TAG_PATTERN,
  LINK_URL_PATTERN,
  NON_BLANK_PATTERN,
} from "../schema/strings.js";
import { describeExpected, describeValue, quoteText } from "./describe-value.js";
import { explainDate } from "./explain-date.js";
import { explainUrl } from "./explain-url.js";
import type { IssueCode, IssuePath, ValidationIssue } from "./issue.js";
import { didYouMean } from "./suggest.js";

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

const PATTERNS: Record<string, IssueCode> = {
  [NON_BLANK_PATTERN.toString()]: "empty_string",
  [HTTP_URL_PATTERN.toString()]: "invalid_url",
  [LINK_URL_PATTERN.toString()]: "invalid_url",
  [LANGUAGE_TAG_PATTERN.toString()]: "invalid_language",
};

/** What the schema knows that zod's issues do not carry: the fields allowed in each object. */
export type KnownKeys = ReadonlyMap<unknown, readonly string[]>;

class Mapper {
  readonly out: ValidationIssue[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly input: unknown,
    private readonly knownKeys: KnownKeys,
  ) {}

  private push(path: IssuePath, code: IssueCode, message: string): void {
    const key = `${code}\u0000${JSON.stringify(path)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({ path, code, message });
  }

  map(issue: ZodIssue, prefix: IssuePath): void {
    const path: IssuePath = [
      ...prefix,
      ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k)),
    ];
    const at = locate(this.input, path);
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
        this.custom(path, at, issue.params);
        return;
      }
      case "too_small":
      case "too_big": {
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
          `Expected a number ${op} ${String(bound)}, got ${describeValue(at.value)}.`,
        );
        return;
      }
      default: {
        this.push(path, "invalid_value", `${issue.message}.`);
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
      );
      return;
    }
    if (at.value === undefined && path.length > 0) {
      this.push(
        path,
        "invalid_type",
        `Is undefined. Give it ${describeExpected(expected)}, or leave the key out if the field is optional.`,
      );
      return;
    }
    if (expected === "int" && typeof at.value === "number") {
      this.push(path, "invalid_number", `Expected a whole number, got ${describeValue(at.value)}.`);
      return;
    }
    if (path.length === 0) {
      this.push(
        path,
        "invalid_type",
        `An article must be a JSON object ({ "newsdoc": 1, "id": …, "headline": …, "body": [] }), got ${describeValue(at.value)}.`,
      );
      return;
    }
    this.push(
      path,
      "invalid_type",
      `Expected ${describeExpected(expected)}, got ${describeValue(at.value)}.`,
    );
  }

  private invalidValue(path: IssuePath, at: Location, values: readonly unknown[]): void {
    const isVersion = path.length === 1 && path[0] === "newsdoc";
    if (!at.found) {
      this.push(
        path,
        "missing_field",
        isVersion
          ? `Missing the model version: add "newsdoc": 1.`
          : `Missing required field ${quoteText(String(path[path.length - 1]))}: add one of ${list(values)}.`,
      );
      return;
    }
    if (isVersion) {
      this.push(
        path,
        "unsupported_version",
        `This version of @newsdoc/core reads newsdoc model version 1, and the document says ${describeValue(at.value)}. Set "newsdoc": 1, or upgrade @newsdoc/core if the document is newer.`,
      );
      return;
    }
    const hint =
      typeof at.value === "string"
        ? didYouMean(
            at.value,
            values.filter((v): v is string => typeof v === "string"),
          )
        : "";
    this.push(
      path,
      "invalid_value",
      `Expected one of ${list(values)}, got ${describeValue(at.value)}.${hint}`,
    );
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
        );
        return;
      }
      if (typeof at.value !== "string") {
        this.push(
          path,
          "invalid_type",
          `Expected a string naming the kind of node (one of ${list(options)}), got ${describeValue(at.value)}.`,
        );
        return;
      }
      this.push(
        path,
        "unknown_type",
        `${quoteText(at.value)} is not a kind of node allowed here.${didYouMean(at.value, strings)} Use one of ${list(options)}.`,
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
      const expected = issue.errors
        .map((branch) => branch[0])
        .filter((i): i is Extract<ZodIssue, { code: "invalid_type" }> => i?.code === "invalid_type")
        .map((i) => (i.expected === "object" ? "a node object" : describeExpected(i.expected)));
      this.push(
        path,
        "invalid_type",
        `Expected ${expected.join(" or ")}, got ${describeValue(at.value)}.`,
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
      this.push(path, "invalid_date", explainDate(at.value, true));
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
    if (issue.format === "datetime") {
      this.push(path, "invalid_date", explainDate(value, false));
      return;
    }
    if (issue.format === "date") {
      this.push(path, "invalid_date", explainDate(value, true));
      return;
    }
    const code = issue.pattern === undefined ? undefined : PATTERNS[issue.pattern];
    switch (code) {
      case "empty_string": {
        this.push(
          path,
          code,
          `${value === "" ? "Is empty" : "Is only whitespace"}: write the text, or leave the field out where it is optional.`,
        );
        return;
      }
      case "invalid_url": {
        this.push(path, code, explainUrl(value, issue.pattern === LINK_URL_PATTERN.toString()));
        return;
      }
      case "invalid_language": {
        this.push(path, code, languageMessage(value));
        return;
      }
      default: {
        this.push(path, "invalid_value", `${issue.message}.`);
        return;
      }
    }
  }

  private custom(path: IssuePath, at: Location, params: Record<string, unknown> | undefined): void {
    const value = typeof at.value === "string" ? at.value : "";
    switch (params?.code) {
      case "invalid_url": {
        this.push(path, "invalid_url", explainUrl(value, params.mailto === true));
        return;
      }
      case "invalid_language": {
        this.push(path, "invalid_language", languageMessage(value));
        return;
      }
      default: {
        this.push(path, "invalid_value", `${describeValue(at.value)} is not allowed here.`);
        return;
      }
    }
  }
}

function languageMessage(value: string): string {
  return `${quoteText(value)} is not a well-formed BCP 47 language tag. Use a tag such as "en", "en-GB" or "ru".`;
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
