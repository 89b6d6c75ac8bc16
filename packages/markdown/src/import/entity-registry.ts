import type { Entity } from "@newsdoc/core";
import { parseYaml } from "./front-matter-data.js";
import type { MarkdownImportIssue } from "./report.js";

/**
 * Reads a registry file the front matter names (`entities: ./people.yaml`):
 * the path as written, the text it holds. `fromMarkdown` resolves nothing
 * itself; the CLI resolves the path against the Markdown file's folder.
 */
export type ReadRegistry = (path: string) => string;

/**
 * The entities of a registry file's text: a YAML (or JSON) list of
 * entities, or a mapping with an `entities` list.
 */
export function parseRegistry(
  text: string,
  file: string,
): { ok: true; entities: unknown[] } | { ok: false; issue: MarkdownImportIssue } {
  const parsed = parseYaml(text, text, 0);
  if (!parsed.ok) return { ok: false, issue: { ...parsed.issue, file } };
  const data = parsed.yaml.data;
  const list = Array.isArray(data)
    ? data
    : typeof data === "object" &&
        data !== null &&
        Array.isArray((data as { entities?: unknown }).entities)
      ? (data as { entities: unknown[] }).entities
      : undefined;
  if (list === undefined) {
    return {
      ok: false,
      issue: {
        code: "invalid-registry",
        message: `${file} is not an entity registry: it must be a list of entities, or a mapping with an "entities" list.`,
        file,
      },
    };
  }
  return { ok: true, entities: list };
}

/** The id of an entity-like value, if it has one. */
export function idOf(value: unknown): string | undefined {
  return typeof value === "object" &&
    value !== null &&
    typeof (value as { id?: unknown }).id === "string"
    ? (value as { id: string }).id
    : undefined;
}

/** Every entity id an entity itself refers to (affiliation, parent, place, attendees, …). */
export function entityRefs(entity: unknown): string[] {
  if (typeof entity !== "object" || entity === null) return [];
  const e = entity as Record<string, unknown>;
  const out: string[] = [];
  for (const key of [
    "affiliation",
    "parentOrganization",
    "containedInPlace",
    "location",
    "publisher",
  ]) {
    if (typeof e[key] === "string") out.push(e[key] as string);
  }
  for (const key of ["attendees", "authors"]) {
    if (Array.isArray(e[key]))
      for (const id of e[key] as unknown[]) if (typeof id === "string") out.push(id);
  }
  return out;
}

/** A shared registry's entities, as `fromMarkdown`'s `entities` option takes them. */
export type Registry = readonly Entity[];
