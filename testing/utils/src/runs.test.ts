import { afterEach, describe, expect, it, vi } from "vitest";
import { fcParams, runs } from "./runs.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("runs", () => {
  it("defaults to 1,000", () => {
    vi.stubEnv("NEWSDOC_FC_RUNS", "");
    expect(runs()).toBe(1000);
  });

  it("reads NEWSDOC_FC_RUNS", () => {
    vi.stubEnv("NEWSDOC_FC_RUNS", "25000");
    expect(runs()).toBe(25000);
    expect(fcParams().numRuns).toBe(25000);
  });

  it("rejects a value that is not a positive integer, with the fix in the message", () => {
    vi.stubEnv("NEWSDOC_FC_RUNS", "lots");
    expect(() => runs()).toThrow(/positive integer.*unset it/);
  });

  it("passes NEWSDOC_FC_SEED on so a CI failure can be replayed", () => {
    vi.stubEnv("NEWSDOC_FC_SEED", "-42");
    expect(fcParams().seed).toBe(-42);
  });
});
