import { type CliIo, resolveIo } from "./io.js";
import { main } from "./main.js";

/** What one in-process run of `main` printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `main` in-process with captured output; for tests. */
export async function runMain(
  args: readonly string[],
  io: Partial<Omit<CliIo, "stdout" | "stderr">> & { stdoutTTY?: boolean; stderrTTY?: boolean } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const { stdoutTTY = false, stderrTTY = false, ...rest } = io;
  const code = await main(["node", "newsdoc", ...args], {
    env: {},
    ...rest,
    fs: rest.fs ?? resolveIo().fs,
    stdout: { isTTY: stdoutTTY, write: (text: string) => (stdout += text) },
    stderr: { isTTY: stderrTTY, write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
