import type { Block, Inline } from "@newsdoc/core";

/** A block found inside inline content (an image in a paragraph), lifted out to sit between the split parts. */
export interface Hoist {
  hoist: Block;
}

/** Where one block ended and another began inside inline-only content (`<li><p>a</p><p>b</p></li>`): a line break when there is content on both sides. */
export interface Separator {
  separator: true;
}

/** What reading inline content yields: inline nodes, lifted blocks and separators. */
export type Piece = Inline | Hoist | Separator;

/** The details a quote span needs to be resolved once its words are final. */
export interface PendingQuote {
  id: string;
  speaker: string | undefined;
  at: { element?: string; path?: string };
}

/** Marks a quote span whose reference is resolved after whitespace is settled. */
export const PENDING: unique symbol = Symbol("pending quote");

/** True for a lifted block. */
export function isHoist(piece: Piece): piece is Hoist {
  return typeof piece === "object" && "hoist" in piece;
}

/** True for a separator. */
export function isSeparator(piece: Piece): piece is Separator {
  return typeof piece === "object" && "separator" in piece;
}

/**
 * Splits pieces at lifted blocks: runs of inline pieces with the blocks
 * between them, in order.
 */
export function splitAtHoists(pieces: readonly Piece[]): (Piece[] | Block)[] {
  const out: (Piece[] | Block)[] = [];
  let run: Piece[] = [];
  for (const piece of pieces) {
    if (isHoist(piece)) {
      out.push(run, piece.hoist);
      run = [];
    } else run.push(piece);
  }
  out.push(run);
  return out;
}

/**
 * Wraps pieces in a mark (emphasis, strong, link): each run between lifted
 * blocks gets its own copy of the mark, so `<em>a<img>b</em>` is
 * `em(a)`, the figure, `em(b)`.
 */
export function wrapPieces(
  pieces: readonly Piece[],
  wrap: (children: Inline[]) => Inline,
): Piece[] {
  const out: Piece[] = [];
  for (const part of splitAtHoists(pieces)) {
    if (!Array.isArray(part)) {
      out.push({ hoist: part });
      continue;
    }
    if (part.length === 0) continue;
    out.push(wrap(part as Inline[]));
  }
  // A mark with nothing in it still counts when no block was lifted (an empty <em></em>).
  if (out.length === 0) out.push(wrap([]));
  return out;
}

/** True for a leaf that shows something (not whitespace); marks are looked into by the scans. */
function isContentLeaf(node: Inline): boolean {
  if (typeof node === "string") return /\S/.test(node);
  return node.type === "break" || node.type === "mention";
}

function childPieces(piece: Piece): readonly Piece[] | undefined {
  return typeof piece !== "string" && "children" in piece ? (piece.children as Piece[]) : undefined;
}

/**
 * Separators become line breaks where there is content before and after
 * them (in document order, inside marks too), one break for a run of
 * them; the others are removed. Lifted blocks are skipped.
 */
export function resolveSeparators(pieces: readonly Piece[]): Inline[] {
  const before = new Map<Separator, boolean>();
  let seen = false;
  const forward = (list: readonly Piece[]) => {
    for (const p of list) {
      if (isHoist(p)) continue;
      if (isSeparator(p)) {
        before.set(p, seen);
        continue;
      }
      const kids = childPieces(p);
      if (kids) forward(kids);
      else if (isContentLeaf(p as Inline)) seen = true;
    }
  };
  forward(pieces);
  const keep = new Set<Separator>();
  let after = false;
  const backward = (list: readonly Piece[]) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i]!;
      if (isHoist(p)) continue;
      if (isSeparator(p)) {
        if (after && before.get(p) === true) keep.add(p);
        after = false;
        continue;
      }
      const kids = childPieces(p);
      if (kids) backward(kids);
      else if (isContentLeaf(p as Inline)) after = true;
    }
  };
  backward(pieces);
  const build = (list: readonly Piece[]): Inline[] => {
    const out: Inline[] = [];
    for (const p of list) {
      if (isHoist(p)) continue;
      if (isSeparator(p)) {
        if (keep.has(p)) out.push({ type: "break" });
        continue;
      }
      const kids = childPieces(p);
      out.push(kids ? ({ ...(p as object), children: build(kids) } as Inline) : (p as Inline));
    }
    return out;
  };
  return build(pieces);
}
