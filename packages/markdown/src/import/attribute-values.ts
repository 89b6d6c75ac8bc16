/**
 * A list attribute (`about="putin lavrov"`): space-separated, or a JSON
 * array (`about='["an id", "another"]'`) for items that hold spaces.
 * `undefined` when the value is not a list of strings.
 */
export function listAttribute(value: string): string[] | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return Array.isArray(parsed) && parsed.every((item) => typeof item === "string")
        ? parsed
        : undefined;
    } catch {
      return undefined;
    }
  }
  return trimmed === "" ? [] : trimmed.split(/\s+/);
}

/** A whole non-negative number attribute (`width=2000`), else `undefined`. */
export function numberAttribute(value: string): number | undefined {
  return /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** The closest of `names` to `given` (edit distance ≤ 2), for "did you mean". */
export function closest(given: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = distance(given.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}
