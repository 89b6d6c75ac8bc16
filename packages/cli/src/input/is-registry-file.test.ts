import { describe, expect, it } from "vitest";
import { isRegistryText } from "./is-registry-file.js";

describe("isRegistryText", () => {
  it("a YAML list of entities, after comments, directives and a document marker, is a registry", () => {
    expect(isRegistryText("- id: putin\n  type: Person\n")).toBe(true);
    expect(isRegistryText("\uFEFF# People\n\n%YAML 1.2\n---\n  - id: a\n")).toBe(true);
    expect(isRegistryText("-\n  id: a\n")).toBe(true);
    expect(isRegistryText("- { id: a, type: Person }\n")).toBe(true);
    expect(isRegistryText('[{"id":"a","type":"Person","name":"A"}]')).toBe(true);
    expect(isRegistryText("\r\n  [ ]")).toBe(true);
  });

  it("an article (a mapping), an empty file, or a key that starts with a dash is not", () => {
    expect(isRegistryText("newsdoc: 1\nid: a\n")).toBe(false);
    expect(isRegistryText('{"newsdoc": 1}')).toBe(false);
    expect(isRegistryText("")).toBe(false);
    expect(isRegistryText("# only a comment\n")).toBe(false);
    expect(isRegistryText("-key: value\n")).toBe(false);
    expect(isRegistryText("--- \nid: a\n")).toBe(false);
  });

  it("a list of anything but mappings is not: it is read as an article, and its error reported", () => {
    // Found by the security CLI test: a 200,000-deep JSON array was skipped as a registry.
    expect(isRegistryText(`${"[".repeat(1000)}${"]".repeat(1000)}`)).toBe(false);
    expect(isRegistryText("[1, 2]")).toBe(false);
    expect(isRegistryText('["a"]')).toBe(false);
    expect(isRegistryText("- - x\n")).toBe(false);
    expect(isRegistryText("- just text\n")).toBe(false);
  });
});
