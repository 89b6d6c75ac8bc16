import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeFileSystem, resolveIo } from "./io.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdoc-io-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("nodeFileSystem.readHead", () => {
  it("gives the first bytes of a longer file, the whole of a shorter one, nothing of an empty one", async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);
    await writeFile(join(dir, "long.bin"), bytes);
    await writeFile(join(dir, "short.txt"), "---\nid: a\n");
    await writeFile(join(dir, "empty.txt"), "");
    expect(await nodeFileSystem.readHead(join(dir, "long.bin"), 4096)).toEqual(
      bytes.subarray(0, 4096),
    );
    expect(
      new TextDecoder().decode(await nodeFileSystem.readHead(join(dir, "short.txt"), 4096)),
    ).toBe("---\nid: a\n");
    expect(await nodeFileSystem.readHead(join(dir, "empty.txt"), 4096)).toEqual(new Uint8Array(0));
  });

  it("rejects as readFile does for a missing file", async () => {
    await expect(nodeFileSystem.readHead(join(dir, "missing"), 10)).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  it("is the default file system", () => {
    expect(resolveIo().fs).toBe(nodeFileSystem);
  });
});
