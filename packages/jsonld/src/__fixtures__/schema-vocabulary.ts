import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const FILE = "schemaorg-current-https.jsonld";

/**
 * Where the tests look for the schema.org vocabulary: the file named by
 * `NEWSDOC_SCHEMAORG_VOCABULARY`, else `../shared/data/` beside the repository.
 */
export function vocabularyPath(): string {
  const fromEnv = process.env.NEWSDOC_SCHEMAORG_VOCABULARY;
  if (fromEnv !== undefined && fromEnv.trim() !== "") return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("schema-vocabulary: cannot find the repository root.");
    dir = parent;
  }
  return resolve(dir, "..", "shared", "data", FILE);
}

interface Term {
  "@id": string;
  "@type": string | string[];
  "rdfs:subClassOf"?: { "@id": string } | { "@id": string }[];
  "schema:domainIncludes"?: { "@id": string } | { "@id": string }[];
  "schema:rangeIncludes"?: { "@id": string } | { "@id": string }[];
  "schema:supersededBy"?: unknown;
}

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const local = (id: string) => id.replace(/^schema:/, "");

/** The schema.org vocabulary: classes with their superclasses, properties with domains and ranges. */
export class Vocabulary {
  readonly classes = new Map<string, string[]>();
  readonly properties = new Map<string, { domains: string[]; ranges: string[] }>();
  readonly superseded = new Set<string>();
  private readonly ancestors = new Map<string, Set<string>>();

  constructor(graph: readonly Term[]) {
    for (const term of graph) {
      if (!term["@id"].startsWith("schema:")) continue;
      const name = local(term["@id"]);
      const types = list(term["@type"]);
      if (term["schema:supersededBy"] !== undefined) this.superseded.add(name);
      if (types.includes("rdfs:Class")) {
        this.classes.set(
          name,
          list(term["rdfs:subClassOf"]).map((s) => local(s["@id"])),
        );
      }
      if (types.includes("rdf:Property")) {
        this.properties.set(name, {
          domains: list(term["schema:domainIncludes"]).map((d) => local(d["@id"])),
          ranges: list(term["schema:rangeIncludes"]).map((r) => local(r["@id"])),
        });
      }
    }
  }

  /** `type` is `ancestor` or inherits from it through `rdfs:subClassOf`. */
  isA(type: string, ancestor: string): boolean {
    let set = this.ancestors.get(type);
    if (!set) {
      set = new Set();
      const stack = [type];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (set.has(next)) continue;
        set.add(next);
        stack.push(...(this.classes.get(next) ?? []));
      }
      this.ancestors.set(type, set);
    }
    return set.has(ancestor);
  }
}

let cached: Vocabulary | undefined;

/**
 * Why the vocabulary cannot be loaded (where it was expected and how to get
 * it), or `undefined` when it is there.
 */
export function vocabularyMissing(): string | undefined {
  const path = vocabularyPath();
  if (existsSync(path)) return undefined;
  return `The schema.org vocabulary is missing: expected ${path}. Download ${FILE} from https://schema.org/docs/developers.html (JSON-LD, https) and put it there, beside the repository (it is not copied into the project), or name it with NEWSDOC_SCHEMAORG_VOCABULARY.`;
}

/** Loads the vocabulary once; a missing file is an error that says where to put it. */
export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const missing = vocabularyMissing();
  if (missing !== undefined) throw new Error(missing);
  const data = JSON.parse(readFileSync(vocabularyPath(), "utf8")) as { "@graph": Term[] };
  cached = new Vocabulary(data["@graph"]);
  return cached;
}

const ISO_DURATION = /^P(?!$)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Every problem of a JSON-LD graph against the vocabulary: an unknown or
 * superseded type or property, a property not valid on its node's type
 * (`schema:domainIncludes`, with inheritance), or a value outside the
 * property's range (a reference whose target node has the wrong type, a
 * literal of the wrong kind). References to `@id`s outside the graph are
 * problems too unless listed in `externalIds`.
 */
export function vocabularyProblems(
  vocabulary: Vocabulary,
  graph: { "@graph": readonly object[] },
  externalIds: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, string>();
  for (const node of graph["@graph"] as { "@id"?: string; "@type": string }[]) {
    if (node["@id"]) byId.set(node["@id"], node["@type"]);
  }
  const literalOk = (value: Json, ranges: string[]): boolean => {
    if (typeof value === "string") {
      return ranges.some(
        (r) =>
          vocabulary.isA(r, "Text") ||
          r === "Date" ||
          r === "DateTime" ||
          r === "Time" ||
          // schema.org: "Quantity: Duration (use ISO 8601 duration format)"; Google's video docs write it so.
          (r === "Duration" && ISO_DURATION.test(value)),
      );
    }
    if (typeof value === "number") {
      return ranges.some(
        (r) => r === "Number" || (vocabulary.isA(r, "Number") && Number.isInteger(value)),
      );
    }
    if (typeof value === "boolean") return ranges.includes("Boolean");
    return false;
  };
  const checkNode = (node: { [key: string]: Json }, where: string): void => {
    const type = node["@type"];
    if (typeof type !== "string") {
      problems.push(`${where}: @type must be one string, got ${JSON.stringify(type)}`);
      return;
    }
    if (!vocabulary.classes.has(type)) problems.push(`${where}: unknown type ${type}`);
    if (vocabulary.superseded.has(type)) problems.push(`${where}: ${type} is superseded`);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const at = `${where}.${key}`;
      const property = vocabulary.properties.get(key);
      if (!property) {
        problems.push(`${at}: unknown property ${key}`);
        continue;
      }
      if (vocabulary.superseded.has(key)) problems.push(`${at}: ${key} is superseded`);
      if (!property.domains.some((d) => vocabulary.isA(type, d))) {
        problems.push(`${at}: ${key} is not valid on ${type} (domain: ${property.domains})`);
      }
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && typeof item === "object" && !Array.isArray(item)) {
          const target =
            typeof item["@type"] === "string"
              ? item["@type"]
              : typeof item["@id"] === "string"
                ? byId.get(item["@id"])
                : undefined;
          if (target === undefined) {
            if (!(typeof item["@id"] === "string" && externalIds.has(item["@id"]))) {
              problems.push(`${at}: reference ${JSON.stringify(item)} resolves to no node`);
            }
            continue;
          }
          if (!property.ranges.some((r) => vocabulary.isA(target, r))) {
            problems.push(`${at}: a ${target} is outside the range of ${key} (${property.ranges})`);
          }
          if (typeof item["@type"] === "string") checkNode(item, at);
        } else if (!literalOk(item, property.ranges)) {
          problems.push(
            `${at}: ${JSON.stringify(item)} is outside the range of ${key} (${property.ranges})`,
          );
        }
      }
    }
  };
  const all = graph["@graph"] as { [key: string]: Json }[];
  for (let i = 0; i < all.length; i++) checkNode(all[i]!, `@graph[${i}](${all[i]!["@id"]})`);
  return problems;
}
