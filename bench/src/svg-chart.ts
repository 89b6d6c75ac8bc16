/** One bar of the chart. */
export interface Bar {
  label: string;
  /** Time per render in microseconds. */
  micros: number;
  /** Highlight newsdoc's own bars. */
  ours: boolean;
}

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/**
 * A horizontal bar chart (hand-written SVG, deterministic layout) of time
 * per render, grouped by section. The scale is logarithmic: the peers span
 * two orders of magnitude.
 */
export function barChart(
  title: string,
  groups: readonly { title: string; bars: readonly Bar[] }[],
): string {
  const labelWidth = 300;
  const barWidth = 440;
  const row = 22;
  const all = groups.flatMap((g) => g.bars);
  const max = Math.max(...all.map((b) => b.micros), 1);
  const min = Math.max(Math.min(...all.map((b) => b.micros)), 0.1);
  const lo = Math.log10(min) - 0.3;
  const hi = Math.log10(max) + 0.1;
  const scale = (v: number) =>
    Math.max(2, ((Math.log10(Math.max(v, 0.01)) - lo) / (hi - lo)) * barWidth);
  let y = 40;
  const parts: string[] = [];
  for (const group of groups) {
    parts.push(`<text x="10" y="${y + 14}" font-weight="bold">${escapeXml(group.title)}</text>`);
    y += row;
    for (const bar of group.bars) {
      const w = scale(bar.micros).toFixed(1);
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeXml(bar.label)}</text>`,
        `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 6}" fill="${bar.ours ? "#1f6feb" : "#9aa4b2"}"/>`,
        `<text x="${(labelWidth + Number(w) + 6).toFixed(1)}" y="${y + 14}">${escapeXml(formatMicros(bar.micros))}</text>`,
      );
      y += row;
    }
    y += 8;
  }
  const width = labelWidth + barWidth + 110;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 24}" viewBox="0 0 ${width} ${y + 24}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(title)}: time per render, log scale</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    `<text x="10" y="${y + 12}" fill="#57606a">time per render, log scale (shorter is faster); blue: newsdoc</text>`,
    "</svg>",
    "",
  ].join("\n");
}

/** `12.3 µs`, `1.96 ms`. */
export function formatMicros(micros: number): string {
  return micros >= 1000
    ? `${(micros / 1000).toFixed(2)} ms`
    : `${micros.toFixed(micros < 10 ? 2 : 1)} µs`;
}
