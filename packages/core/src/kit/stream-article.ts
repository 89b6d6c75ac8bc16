import type { Node } from "../model/node.js";
import type { Definition, Session } from "./define-renderer.js";
import {
  articlePartsOf,
  type FlowParts,
  flowPartsOf,
  partOutputs,
  partsOf,
} from "./render-parts.js";

/**
 * `renderer.stream`'s walk, apart from the string path so that a bundle
 * which only renders to one value (`toHtml`) does not carry it: the
 * article handler's parts (see `articleFromParts`), the body one part per
 * top-level block, each finished as it comes (`createFinisher`). An
 * article handler not made from parts, or a renderer with `finish` and no
 * `createFinisher`, is one part: the string path's output.
 */
export function* streamArticle<Out>(
  def: Definition<Out, never, never, never>,
  s: Session<Out>,
): Generator<Out, void, undefined> {
  const { containers, join, createFinisher } = def;
  const parts = articlePartsOf(s.root.handler);
  if (parts === undefined || (def.finish !== undefined && createFinisher === undefined)) {
    yield s.run();
    return;
  }
  /** The parts of a flow slot, one or more per block. */
  const flowParts: FlowParts<Out> = function* (parent) {
    const nodes = s.slotNodes(parent, "flow", "flow") as readonly Node[];
    const owner = s.owner();
    const layout = containers.flow;
    const laid = layout === undefined ? undefined : flowPartsOf(layout);
    if (laid !== undefined) {
      const each = (i: number) => s.renderAt(nodes[i]!, owner, i);
      yield* laid(nodes, each, s.ctx, owner) as Iterable<Out>;
    } else if (layout === undefined && join === undefined) {
      // Strings without a layout are concatenated: each block is a part.
      for (let i = 0; i < nodes.length; i++) yield s.renderAt(nodes[i]!, owner, i);
    } else {
      yield s.container("flow", nodes, owner);
    }
  };
  try {
    const finisher = createFinisher?.(s.ctx as never);
    for (const item of partsOf(parts(s.article, s.ctx, flowParts as FlowParts<unknown>))) {
      for (const part of partOutputs<Out>(item)) {
        const out = finisher === undefined ? part : (finisher.write(part) as string);
        if (out !== "") yield out as Out;
      }
    }
    const rest = finisher?.end() as string | undefined;
    if (rest !== undefined && rest !== "") yield rest as Out;
  } catch (error) {
    throw s.tooDeep(error);
  }
}
