import { spawnSync } from "node:child_process";

/** What a command printed and how it ended. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command to completion without a shell, in `cwd`, with the
 * environment less pnpm's and npm's own variables (a test runs under pnpm;
 * the consumer must not inherit its settings), and a time limit.
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs = 300_000,
): RunResult {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|pnpm_|PNPM_)/i.test(key)) continue;
    env[key] = value;
  }
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: `${result.stderr ?? ""}${result.error ? `\n${result.error.message}` : ""}`,
  };
}

/** Runs a command and throws with everything it printed when it fails. */
export function runOrThrow(command: string, args: readonly string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}
