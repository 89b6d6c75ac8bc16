import type { Claim } from "@newsdoc/core/kit";
import type { ClaimLeaf } from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { put } from "./put.js";

/**
 * The `Claim` for a claim: the statement as `text`, the article as
 * `appearance`, and those who assert it as `author`. schema.org has no
 * property for denying, being neutral on or being unable to verify a claim,
 * so those stances are not in the graph (a quote that takes one is still
 * linked to the claim by its `about`).
 */
export function claimNode(claim: Claim, ctx: GraphContext): ClaimLeaf {
  const node: ClaimLeaf = { "@type": "Claim", "@id": ctx.ids.claim(claim.id) };
  put(node, "text", claim.statement);
  const asserters: string[] = [];
  for (const stance of claim.stances) if (stance.stance === "asserts") asserters.push(stance.by);
  put(node, "author", ctx.refs(asserters));
  put(node, "appearance", { "@id": ctx.ids.article });
  return node;
}
