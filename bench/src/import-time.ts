import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const benchDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Median time (ms) to `import()` a module specifier in a fresh Node process,
 * resolved from the bench package (so: the built packages), over `runs` processes.
 */
export function importTime(specifier: string, runs = 7): number {
  const script = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: benchDir,
      encoding: "utf8",
    });
    times.push(Number(out));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
