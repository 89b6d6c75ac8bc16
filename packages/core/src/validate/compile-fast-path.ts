import { z } from "zod";
import { mayHaveTextProblem } from "./text-problem.js";

/**
 * A compiled check of one schema: returns the parsed value (a new object or
 * array, with defaults filled, keys in the schema's order, exactly what zod
 * returns), or {@link INVALID} as soon as anything is wrong. `depth` is the
 * nesting of the value, the document being 1.
 */
export type FastCheck = (value: unknown, depth: number) => unknown;

/** What a {@link FastCheck} returns for anything it does not accept. */
export const INVALID: unique symbol = Symbol("invalid");

/** The zod internals the compiler reads (`_zod.def`, `_zod.run`: zod's API for library authors). */
interface Internals {
  def: { type: string; [key: string]: unknown };
  run(payload: { value: unknown; issues: unknown[] }, ctx: object): { issues: unknown[] };
}
const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

const CONTEXT = {};

/**
 * Plain data, as the pre-walk requires: an object whose prototype is
 * `Object.prototype` (of any realm) or null, without `Symbol.toStringTag`
 * or `Symbol.iterator` (which make a Map or a Date look like an object).
 */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(proto) !== null)
    return false;
  const record = value as Record<symbol, unknown>;
  return record[Symbol.toStringTag] === undefined && record[Symbol.iterator] === undefined;
}

/**
 * Compiles a zod schema into a {@link FastCheck} once, from the schema's own
 * definition: objects, strict or not, arrays, unions (discriminated or
 * not), literals, enums, defaults, exact optionals, and leaves (strings,
 * numbers, booleans) whose checks run zod's own implementation. It also
 * does the pre-walk's job on what it accepts: every string is clean text,
 * every object plain data, nothing deeper than `maxDepth`. So "valid" here
 * means valid for the pre-walk and for zod; anything else — including any
 * exception a hostile input throws — means "ask the full validator", which
 * explains the problem. Throws at compile time on a schema kind it does not
 * know, so it never guesses.
 */
export function compileFastPath(schema: unknown, maxDepth: number): FastCheck {
  const compiled = new Map<unknown, FastCheck>();

  const compile = (s: unknown): FastCheck => {
    const done = compiled.get(s);
    if (done) return done;
    // Recursive schemas (a blockquote's children are blocks): a trampoline
    // stands in until the real check exists.
    let real: FastCheck | undefined;
    compiled.set(s, (value, depth) => real!(value, depth));
    real = build(s);
    compiled.set(s, real);
    return real;
  };

  const build = (s: unknown): FastCheck => {
    const zod = internals(s);
    const def = zod.def;
    switch (def.type) {
      case "string":
      case "number":
      case "boolean":
        return leaf(s, zod);
      case "literal": {
        const values = new Set(def.values as unknown[]);
        return (value) => (values.has(value) ? value : INVALID);
      }
      case "enum": {
        const values = new Set(Object.values(def.entries as Record<string, unknown>));
        return (value) => (values.has(value) ? value : INVALID);
      }
      case "array": {
        const element = compile(def.element);
        // Length bounds (`.min(1)`): zod's own checks, on the parsed list.
        const checks = ((def.checks as unknown[] | undefined) ?? []).map(leafCheck);
        return (value, depth) => {
          if (!Array.isArray(value) || depth > maxDepth) return INVALID;
          const out = new Array(value.length);
          for (let i = 0; i < value.length; i++) {
            if (!(i in value)) return INVALID;
            const item = element(value[i], depth + 1);
            if (item === INVALID) return INVALID;
            out[i] = item;
          }
          for (const check of checks) if (!check(out)) return INVALID;
          return out;
        };
      }
      case "object":
        return object(def);
      case "union":
        return def.discriminator === undefined
          ? union(def.options as unknown[])
          : discriminated(def.options as unknown[], def.discriminator as string);
      case "default": {
        const inner = compile(def.innerType);
        return (value, depth) =>
          value === undefined ? (s as z.ZodDefault).def.defaultValue : inner(value, depth);
      }
      default:
        throw new Error(`compileFastPath: no fast check for zod's "${def.type}" schemas`);
    }
  };

  /** A string, number or boolean schema: a type test, then its checks. */
  const leaf = (s: unknown, zod: Internals): FastCheck => {
    const def = zod.def;
    const type = def.type;
    if (type === "boolean") return (value) => (typeof value === "boolean" ? value : INVALID);
    if (def.coerce === true) throw new Error("compileFastPath: coercing schemas are not supported");
    const checks = [
      ...(def.format === undefined ? [] : [s]),
      ...((def.checks as unknown[] | undefined) ?? []),
    ].map(leafCheck);
    const typed =
      type === "string"
        ? (value: unknown) => typeof value === "string" && !mayHaveTextProblem(value)
        : (value: unknown) => typeof value === "number" && Number.isFinite(value);
    if (checks.length === 0) return (value) => (typed(value) ? value : INVALID);
    return (value) => {
      if (!typed(value)) return INVALID;
      for (const check of checks) if (!check(value)) return INVALID;
      return value;
    };
  };

  /**
   * One check of a leaf, read from its definition where zod's own check is
   * that simple (a pattern, a refinement's function, a bound, an integer
   * format); any other check runs zod's implementation.
   */
  const leafCheck = (check: unknown): ((value: unknown) => boolean) => {
    const zod = internals(check);
    const def = zod.def as Internals["def"] & {
      check?: string;
      format?: string;
      pattern?: RegExp;
      fn?: (value: unknown) => unknown;
      value?: number;
      inclusive?: boolean;
    };
    if (
      def.check === "string_format" &&
      def.pattern instanceof RegExp &&
      (def.format === "regex" || def.format === "datetime" || def.format === "date") &&
      !def.pattern.global &&
      !def.pattern.sticky
    ) {
      const pattern = def.pattern;
      return (value) => pattern.test(value as string);
    }
    if (def.check === "custom" && typeof def.fn === "function" && def.fn.length <= 1) {
      const fn = def.fn;
      return (value) => {
        const ok = fn(value);
        if (ok instanceof Promise) throw new Error("compileFastPath: asynchronous refinement");
        return Boolean(ok);
      };
    }
    if (def.check === "number_format" && def.format === "safeint")
      return (value) => Number.isSafeInteger(value);
    if (def.check === "greater_than" && typeof def.value === "number") {
      const bound = def.value;
      return def.inclusive
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound;
    }
    if (def.check === "less_than" && typeof def.value === "number") {
      const bound = def.value;
      return def.inclusive
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound;
    }
    const own = (
      check as { _zod: { check?: (payload: { value: unknown; issues: unknown[] }) => unknown } }
    )._zod;
    if (typeof own.check === "function") {
      const run = own.check.bind(own);
      return (value) => {
        const payload = { value, issues: [] as unknown[] };
        if (run(payload) instanceof Promise) throw new Error("compileFastPath: asynchronous check");
        return payload.issues.length === 0;
      };
    }
    return (value) => zod.run({ value, issues: [] }, CONTEXT).issues.length === 0;
  };

  const object = (def: Internals["def"]): FastCheck => {
    const shape = def.shape as Record<string, unknown>;
    const strict = def.catchall !== undefined && internals(def.catchall).def.type === "never";
    if (def.catchall !== undefined && !strict)
      throw new Error(
        "compileFastPath: objects with a catchall other than never are not supported",
      );
    const keys = Object.keys(shape);
    // Per key: its check, and whether the key may be absent (exact optional).
    let fields: { key: string; check: FastCheck; optional: boolean }[] | undefined;
    const fieldsOf = () => {
      fields ??= keys.map((key) => {
        const field = shape[key];
        const fieldDef = internals(field).def;
        if (fieldDef.type === "optional") {
          if (!(field instanceof z.ZodExactOptional))
            throw new Error("compileFastPath: only exactOptional fields are supported");
          return { key, check: compile(fieldDef.innerType), optional: true };
        }
        return { key, check: compile(field), optional: false };
      });
      return fields;
    };
    return (value, depth) => {
      if (
        typeof value !== "object" ||
        value === null ||
        Array.isArray(value) ||
        depth > maxDepth ||
        !isPlainObject(value)
      )
        return INVALID;
      const input = value as Record<string, unknown>;
      // Own and inherited enumerable string keys; a plain object inherits none.
      let count = 0;
      for (const _ in input) count++;
      const out: Record<string, unknown> = {};
      let seen = 0;
      for (const field of fieldsOf()) {
        const given = input[field.key];
        if (given === undefined && !Object.hasOwn(input, field.key)) {
          if (field.optional) continue;
          const filled = field.check(undefined, depth + 1);
          if (filled === INVALID) return INVALID;
          out[field.key] = filled;
          continue;
        }
        seen++;
        const parsed = field.check(given, depth + 1);
        if (parsed === INVALID) return INVALID;
        out[field.key] = parsed;
      }
      // A key the schema does not know (or an inherited one) leaves a
      // difference; a strict object rejects it, and zod says which.
      return seen === count || !strict ? out : INVALID;
    };
  };

  const union = (options: unknown[]): FastCheck => {
    const checks = options.map(compile);
    return (value, depth) => {
      for (const check of checks) {
        const parsed = check(value, depth);
        if (parsed !== INVALID) return parsed;
      }
      return INVALID;
    };
  };

  const discriminated = (options: unknown[], discriminator: string): FastCheck => {
    const byValue = new Map<unknown, unknown>();
    for (const option of options) {
      const shape = internals(option).def.shape as Record<string, unknown> | undefined;
      const literal = shape?.[discriminator];
      const values = literal === undefined ? undefined : internals(literal).def.values;
      if (!Array.isArray(values))
        throw new Error("compileFastPath: a discriminated option without a literal discriminator");
      for (const v of values) byValue.set(v, option);
    }
    const checks = new Map<unknown, FastCheck>();
    return (value, depth) => {
      if (typeof value !== "object" || value === null) return INVALID;
      const tag = (value as Record<string, unknown>)[discriminator];
      const option = byValue.get(tag);
      if (option === undefined) return INVALID;
      let check = checks.get(tag);
      if (!check) {
        check = compile(option);
        checks.set(tag, check);
      }
      return check(value, depth);
    };
  };

  return compile(schema);
}
