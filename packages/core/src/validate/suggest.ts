/** Edit distance, capped: returns `max + 1` as soon as the distance exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `value` when it is a plausible typo (at most a
 * third of its length different, case ignored), else `undefined`. Ties go to
 * the first candidate, so the answer is deterministic.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  const max = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  let checked = 0;
  for (const candidate of candidates) {
    // Enough to suggest within a big registry, bounded for hostile ones.
    if (++checked > 5000) break;
    const d = distance(needle, candidate.toLowerCase(), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `' Did you mean "x"?'` or the empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closest(value, candidates);
  return match === undefined ? "" : ` Did you mean ${JSON.stringify(match)}?`;
}
