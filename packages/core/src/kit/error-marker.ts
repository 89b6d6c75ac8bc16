/**
 * A property key shared by every copy of a package: `Symbol.for` returns the
 * same symbol in the ESM build, the CJS build and any duplicate install, so
 * an error made by one copy is recognised by another, where `instanceof`
 * (one class per copy) says no. The pattern of vercel/ai's `AISDKError`.
 *
 * @example
 * ```ts
 * const MARK = errorMarker("newsdoc.validation-error");
 * class MyError extends Error { readonly [MARK] = true; }
 * hasErrorMarker(new MyError(), MARK); // true
 * ```
 */
export function errorMarker(name: string): symbol {
  return Symbol.for(name);
}

/** True when `value` is an object carrying `marker` set to `true` (see {@link errorMarker}). */
export function hasErrorMarker(value: unknown, marker: symbol): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[marker] === true
  );
}
