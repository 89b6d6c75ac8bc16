import type { Parameters } from "fast-check";

/**
 * How many runs each property gets: `NEWSDOC_FC_RUNS` when set (CI can ask
 * for more), else 1,000.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validText(), (s) => …), { numRuns: runs() });
 * ```
 */
export function runs(fallback = 1000): number {
  const raw = process.env.NEWSDOC_FC_RUNS;
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `NEWSDOC_FC_RUNS must be a positive integer, got ${JSON.stringify(raw)}; unset it for the default of ${fallback}.`,
    );
  }
  return value;
}

/**
 * fast-check parameters for one property: `numRuns` from {@link runs}, and
 * `seed` from `NEWSDOC_FC_SEED` when set, so a failure reported by CI can be
 * replayed locally with the same seed.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(articleArbitrary(), check), fcParams());
 * NEWSDOC_FC_SEED=-123 pnpm vitest run --project security
 * ```
 */
export function fcParams<T>(extra: Parameters<T> = {}): Parameters<T> {
  const params: Parameters<T> = { numRuns: runs(), ...extra };
  const seed = process.env.NEWSDOC_FC_SEED;
  if (seed !== undefined && seed.trim() !== "") params.seed = Number(seed);
  return params;
}

/**
 * A property test's timeout for the runs it gets: `base` (the time for the
 * default 1,000 runs on a busy machine) times `runs() / 1000`, never less
 * than `base`, so that `NEWSDOC_FC_RUNS=10000` tests more instead of timing out.
 *
 * @example
 * ```ts
 * it("round-trips", () => fc.assert(property, fcParams()), scaledTimeout(300_000));
 * ```
 */
export function scaledTimeout(base: number): number {
  return Math.max(base, Math.ceil((base * runs()) / 1000));
}
