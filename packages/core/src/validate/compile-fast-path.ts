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

/** Plain data, as the pre-walk requires: an array or an object of `Object.prototype` (any realm) or null. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  return !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
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
        return (value, depth) => {
          if (!Array.isArray(value) || depth > maxDepth) return INVALID;
          const out = new Array(value.length);
          for (let i = 0; i < value.length; i++) {
            if (!(i in value)) return INVALID;
            const item = element(value[i], depth + 1);
            if (item === INVALID) return INVALID;
            out[i] = item;
          }
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

  /** A string, number or boolean schema: a type test, then zod's own checks if it has any. */
  const leaf = (s: unknown, zod: Internals): FastCheck => {
    const def = zod.def;
    const type = def.type;
    const plain =
      !(Array.isArray(def.checks) && def.checks.length > 0) &&
      def.format === undefined &&
      def.coerce !== true;
    if (type === "string") {
      return (value) => {
        if (typeof value !== "string" || mayHaveTextProblem(value)) return INVALID;
        if (plain) return value;
        return zod.run({ value, issues: [] }, CONTEXT).issues.length === 0 ? value : INVALID;
      };
    }
    if (type === "boolean") return (value) => (typeof value === "boolean" ? value : INVALID);
    return (value) => {
      if (typeof value !== "number" || !Number.isFinite(value)) return INVALID;
      if (plain) return value;
      return zod.run({ value, issues: [] }, CONTEXT).issues.length === 0 ? value : INVALID;
    };
  };

  const object = (def: Internals["def"]): FastCheck => {
    const shape = def.shape as Record<string, unknown>;
    const strict = def.catchall !== undefined && internals(def.catchall).def.type === "never";
    if (def.catchall !== undefined && !strict)
      throw new Error(
        "compileFastPath: objects with a catchall other than never are not supported",
      );
    const keys = Object.keys(shape);
    const known = new Set(keys);
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
      let count = 0;
      for (const key in input) {
        if (!Object.hasOwn(input, key)) continue;
        if (strict && !known.has(key)) return INVALID;
        count++;
      }
      const out: Record<string, unknown> = {};
      let seen = 0;
      for (const field of fieldsOf()) {
        const present = Object.hasOwn(input, field.key);
        if (!present) {
          if (field.optional) continue;
          const filled = field.check(undefined, depth + 1);
          if (filled === INVALID) return INVALID;
          out[field.key] = filled;
          continue;
        }
        seen++;
        const parsed = field.check(input[field.key], depth + 1);
        if (parsed === INVALID) return INVALID;
        out[field.key] = parsed;
      }
      // Own keys that are not enumerable, or symbols, are left to zod.
      return seen === count && Object.getOwnPropertySymbols(input).length === 0 ? out : INVALID;
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
