import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** A running static server. */
export interface StaticServer {
  /** The base URL, e.g. `http://127.0.0.1:43121/`. */
  readonly url: string;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** Where to listen. */
export interface StaticServerOptions {
  /** Default `"127.0.0.1"`: never reachable from other machines. */
  host?: string;
  /** Default `0`: any free port (read the chosen one from `url`). */
  port?: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".jsonld": "application/ld+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(`${text}\n`);
}

/** The file a URL path names inside `root`, or `undefined` when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  const base = resolve(root);
  const file = resolve(join(base, path));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * Serves the files under `root` over HTTP (GET and HEAD; a folder serves its
 * `index.html`). Paths that leave `root` are refused. For local previews and
 * tests, not production.
 *
 * @example
 * ```ts
 * const server = await startStaticServer("dist");
 * console.log(server.url); // http://127.0.0.1:43121/
 * await server.close();
 * ```
 */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return send(res, 405, "Method not allowed");
    }
    let file = resolveInside(root, req.url ?? "/");
    if (file === undefined) return send(res, 403, "Forbidden");
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      if (!info.isFile()) return send(res, 404, "Not found");
      res.writeHead(200, {
        "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-store",
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, "Not found");
    }
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => done());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}
