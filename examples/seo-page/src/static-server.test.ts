import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveInside, type StaticServer, startStaticServer } from "./static-server.js";

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(base: string, path: string, method = "GET") {
  return new Promise<{ status: number; type: string | undefined; body: string }>((done, fail) => {
    const req = request(new URL(base), { path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () =>
        done({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("startStaticServer", () => {
  let parent: string;
  let server: StaticServer;

  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), "newsdoc-static-"));
    await mkdir(join(parent, "site", "sub"), { recursive: true });
    await writeFile(join(parent, "site", "index.html"), "<p>home</p>");
    await writeFile(join(parent, "site", "sub", "index.html"), "<p>sub</p>");
    await writeFile(join(parent, "site", "data.json"), "{}");
    await writeFile(join(parent, "secret.txt"), "do not serve");
    server = await startStaticServer(join(parent, "site"));
  });

  afterAll(async () => {
    await server?.close();
    await rm(parent, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves index.html for a folder and files with their content type", async () => {
    expect(await get(server.url, "/")).toMatchObject({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<p>home</p>",
    });
    expect((await get(server.url, "/sub/")).body).toBe("<p>sub</p>");
    expect((await get(server.url, "/data.json?x=1")).type).toBe("application/json; charset=utf-8");
  });

  it("answers HEAD without a body, 404 for missing files and 405 for other methods", async () => {
    expect(await get(server.url, "/", "HEAD")).toMatchObject({ status: 200, body: "" });
    expect((await get(server.url, "/nope.html")).status).toBe(404);
    expect((await get(server.url, "/", "POST")).status).toBe(405);
  });

  it("never serves a file outside its root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%00"]) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(403);
      expect(res.body).not.toContain("do not serve");
    }
    expect(resolveInside("/srv/site", "/%E0%A4%A")).toBeUndefined();
    expect(resolveInside("/srv/site", "/a/../b.html")).toBe("/srv/site/b.html");
    expect(resolveInside("/srv/site", "/../site-other/x")).toBeUndefined();
  });
});
