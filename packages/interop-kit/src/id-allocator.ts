/**
 * Hands out ids unique within one registry: the preferred id when it is
 * free and not blank, else a slug of the name (`walid-muallem`), with `-2`,
 * `-3`, … when taken.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks an id as used. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** True when the id is already used. */
  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** A fresh id: `preferred` if free, else one made from `name` (or `fallback`). */
  allocate(preferred: string | undefined, name: string, fallback = "entity"): string {
    if (preferred !== undefined && /\S/.test(preferred) && !this.taken.has(preferred)) {
      this.taken.add(preferred);
      return preferred;
    }
    const base = slug(name) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Lower-case letters and digits of any script, joined by hyphens. */
export function slug(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // At most 60 characters, counted in code points: never half a surrogate pair.
  return [...base].slice(0, 60).join("").replace(/-+$/, "");
}
