import { describe, expect, it } from "vitest";
import { IdAllocator, slug } from "./id-allocator.js";

describe("IdAllocator", () => {
  it("hands out the preferred id while it is free, else a numbered slug of the name", () => {
    const ids = new IdAllocator();
    expect(ids.allocate("peskov", "Dmitry Peskov")).toBe("peskov");
    expect(ids.allocate("peskov", "Dmitry Peskov")).toBe("dmitry-peskov");
    expect(ids.allocate(undefined, "Dmitry Peskov")).toBe("dmitry-peskov-2");
    expect(ids.allocate(" ", "")).toBe("entity");
    expect(ids.allocate(undefined, "", "author")).toBe("author");
  });

  it("never hands out a reserved id", () => {
    const ids = new IdAllocator();
    ids.reserve("syria");
    expect(ids.has("syria")).toBe(true);
    expect(ids.allocate("syria", "Syria")).toBe("syria-2");
  });
});

describe("slug", () => {
  it("keeps letters and digits of any script, drops marks, and never cuts a surrogate pair", () => {
    expect(slug("Sergueï Lavrov!")).toBe("serguei-lavrov");
    expect(slug("Москва 2015")).toBe("москва-2015");
    const long = slug("𝔘".repeat(70));
    expect([...long]).toHaveLength(60);
    expect(long.endsWith("\ud835")).toBe(false);
  });
});
