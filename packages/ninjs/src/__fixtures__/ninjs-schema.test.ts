import { describe, expect, it } from "vitest";
import { DATA_DIR, describeErrors, ninjsExamples, ninjsValidator } from "./ninjs-schema.js";

// The harness itself: it must accept IPTC's samples and reject what the schema forbids.
describe.skipIf(!DATA_DIR)("the official ninjs 3.1 schema", () => {
  const validate = ninjsValidator();

  it.each(ninjsExamples())(
    "accepts IPTC's %s (but for the documented uri format)",
    (name, item) => {
      const ok = validate(item);
      if (name === "002_renditions_example.json") {
        // IPTC's own sample: "renditions-example" is not a URI with a scheme.
        expect(ok).toBe(false);
        expect(validate.errors?.map((e) => e.instancePath)).toEqual(["/uri"]);
      } else {
        expect(ok, describeErrors(validate)).toBe(true);
      }
    },
  );

  it("rejects an unknown property, a missing uri and a bad date", () => {
    expect(validate({ uri: "urn:x", colour: "red" })).toBe(false);
    expect(validate({ type: "text" })).toBe(false);
    expect(validate({ uri: "urn:x", versionCreated: "yesterday" })).toBe(false);
    expect(validate({ uri: "urn:x", places: [{ name: "X", geoJSON: { type: "Point" } }] })).toBe(
      false,
    );
    expect(
      validate({
        uri: "urn:x",
        places: [{ name: "X", geoJSON: { type: "Point", coordinates: [1, 2] } }],
      }),
    ).toBe(true);
  });
});
