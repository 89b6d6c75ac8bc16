import type { AnnotateReport, QuoteAnnotation } from "@newsdoc/annotate";
import { formatPath } from "@newsdoc/core";
import type { Colors } from "../output/colors.js";

/** The widest a quote's words are shown in the table before they are cut with "…". */
const WORDS_WIDTH = 48;

const ANSI = /\u001b\[[0-9;]*m/g;
const width = (text: string) => [...text.replace(ANSI, "")].length;

function cut(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

function table(
  rows: readonly (readonly string[])[],
  header: readonly string[],
  colors: Colors,
): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell : cell + " ".repeat(widths[i]! - width(cell)),
      )
      .join("  ")
      .trimEnd();
  return [colors.bold(line(header)), ...rows.map(line)];
}

function status(q: QuoteAnnotation, colors: Colors): string {
  if (q.applied) return colors.green("applied");
  if (q.notApplied === "below-threshold") return colors.yellow("review");
  if (q.notApplied === "crosses-markup") return colors.yellow("crosses markup");
  return colors.red("no speaker");
}

/**
 * The review of one annotated file, for a terminal: a table of the quotes
 * (words, mode, proposed speaker, confidence, construction, status), a table
 * of ambiguous names, the problems and a summary line. Aligned on the
 * visible width; coloured only when `colors` is enabled.
 */
export function reviewTable(
  file: string,
  report: AnnotateReport,
  threshold: number,
  colors: Colors,
): string {
  const out: string[] = [colors.bold(file)];
  if (report.quotes.length > 0) {
    const rows = report.quotes.map((q, i) => [
      String(i + 1),
      cut(q.text, WORDS_WIDTH),
      q.mode,
      q.speaker
        ? (q.speaker.entity ?? colors.red(`? ${cut(q.speaker.text, 24)}`))
        : colors.red("?"),
      q.speaker ? q.speaker.confidence.toFixed(2) : "–",
      colors.dim(q.speaker?.construction ?? "none"),
      status(q, colors),
    ]);
    out.push(
      ...table(rows, ["#", "quote", "mode", "speaker", "conf.", "construction", "status"], colors),
    );
  } else {
    out.push(colors.dim("No quoted passages found."));
  }
  if (report.ambiguous.length > 0) {
    out.push("");
    const rows = report.ambiguous.map((a) => [
      a.text,
      a.entities.join(", "),
      `${formatPath(a.path)} @${a.offset}`,
    ]);
    out.push(...table(rows, ["ambiguous name", "could be", "where"], colors));
  }
  for (const p of report.problems) {
    out.push(
      `${colors.yellow("warning")}: ${formatPath(p.path)} @${p.offset}: ${p.message} ${colors.dim(`(${p.code})`)}`,
    );
  }
  const applied = report.quotes.filter((q) => q.applied).length;
  out.push(
    "",
    `${report.mentions.length} mentions added, ${report.ambiguous.length} ambiguous; ${report.quotes.length} quotes found, ${applied} applied at confidence ≥ ${threshold}.`,
  );
  return `${out.join("\n")}\n`;
}
