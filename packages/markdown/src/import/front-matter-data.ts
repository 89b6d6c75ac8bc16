import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import type { Point } from "./reader.js";
import type { MarkdownImportIssue } from "./report.js";

/** Parsed YAML, with the position of every value by its path. */
export interface YamlData {
  readonly data: unknown;
  /** `JSON.stringify(path)` → offset in the YAML text. */
  readonly offsets: Map<string, number>;
}

function record(node: unknown, path: (string | number)[], offsets: Map<string, number>): void {
  const range = (node as YamlNode | null)?.range;
  if (range) offsets.set(JSON.stringify(path), range[0]);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyRange = (pair.key as YamlNode | null)?.range;
      if (keyRange) offsets.set(JSON.stringify([...path, key]), keyRange[0]);
      if (pair.value) record(pair.value, [...path, key], offsets);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      record(item, [...path, i], offsets);
    });
  }
}

/** The 1-based line and column of `offset` in `text`, counted in code points. */
export function lineColumnAt(text: string, offset: number): Point {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: [...text.slice(start, offset)].length + 1 };
}

/**
 * Parses YAML (front matter or a registry file) strictly: duplicate keys
 * are errors, aliases are limited (no "billion laughs"). Errors carry the
 * line and column in `whole`, where the YAML starts at `base`.
 */
export function parseYaml(
  text: string,
  whole: string,
  base: number,
): { ok: true; yaml: YamlData } | { ok: false; issue: MarkdownImportIssue } {
  try {
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first !== undefined) {
      const message = first.message.split("\n")[0]!.trim();
      return {
        ok: false,
        issue: {
          code: "yaml-syntax",
          message: `YAML: ${message}`,
          ...lineColumnAt(whole, base + first.pos[0]),
        },
      };
    }
    const offsets = new Map<string, number>();
    record(document.contents, [], offsets);
    for (const [key, value] of offsets) offsets.set(key, base + value);
    return { ok: true, yaml: { data: document.toJS({ maxAliasCount: 100 }), offsets } };
  } catch (cause) {
    return {
      ok: false,
      issue: {
        code: "yaml-syntax",
        message: `YAML: ${cause instanceof Error ? cause.message : String(cause)}`,
      },
    };
  }
}
