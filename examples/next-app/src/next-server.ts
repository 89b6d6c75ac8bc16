import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The example app's folder. */
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

const NEXT_BIN = join(APP_DIR, "node_modules", "next", "dist", "bin", "next");

/** Next.js without telemetry: nothing leaves the machine. */
const ENV: NodeJS.ProcessEnv = Object.assign({}, process.env, {
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
});

/** Throws with instructions when the workspace packages the app imports have not been built. */
export function assertPackagesBuilt(): void {
  const require = createRequire(join(APP_DIR, "package.json"));
  for (const name of ["@newsdoc/react", "@newsdoc/core", "@newsdoc/jsonld"]) {
    const dir = dirname(require.resolve(`${name}/package.json`));
    if (!existsSync(join(dir, "dist", "index.js"))) {
      throw new Error(
        `${name} is not built (${dir}/dist is missing): the Next.js app imports the packages as published. Run \`pnpm build\` at the repository root first.`,
      );
    }
  }
}

/** Ends a process started with `detached: true` and everything it started (its process group). */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal("SIGTERM");
  const timer = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), graceMs));
  if ((await Promise.race([exited, timer])) === "late") {
    signal("SIGKILL");
    await exited;
  }
}

function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], {
      cwd: APP_DIR,
      env: ENV,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      void stopGroup(child).then(() =>
        reject(new Error(`next ${args.join(" ")} took over ${timeoutMs} ms:\n${output}`)),
      );
    }, timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`next ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}

/** `next build` of the app (production, telemetry off). */
export async function buildApp(timeoutMs = 540_000): Promise<string> {
  assertPackagesBuilt();
  return run(["build"], timeoutMs);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** A running `next start`. */
export interface NextServer {
  readonly url: string;
  /** Stops the server and every process it started. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts `next start` on 127.0.0.1 on a free port, and waits until it answers. */
export async function startApp(timeoutMs = 60_000): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "--hostname", "127.0.0.1", "--port", String(port)],
    { cwd: APP_DIR, env: ENV, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  // If the test runner itself dies, the server must not outlive it.
  const onExit = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.once("exit", onExit);
  const server: NextServer = {
    url,
    stop: async () => {
      process.off("exit", onExit);
      await stopGroup(child);
    },
  };
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
      try {
        const response = await fetch(`${url}/`);
        if (response.ok) return server;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`next start did not answer in time:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
}
