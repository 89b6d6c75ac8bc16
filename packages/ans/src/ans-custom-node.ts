import type { CustomNodeShape } from "@newsdoc/core/kit";
import { CUSTOM_NODE_SUBTYPE } from "./ans-subtypes.js";
import type { AnsCustomEmbed } from "./types.js";

/**
 * A custom node (`defineNode`: a poll, a live score) as an ANS
 * `custom_embed` (subtype `newsdoc_custom`): ANS's own way to carry a
 * block it has no type for. `embed.id` is the node's type and place
 * (`poll@body[12]`), `embed.url` `newsdoc:<type>` (ANS requires one; a
 * custom node has no provider), and `embed.config.node` the node itself,
 * whole, as JSON data, so nothing of it is lost (ANS reserves
 * `config.type`, so the type is also `config.node_type`).
 */
export function ansCustomNode(node: CustomNodeShape, at: string): AnsCustomEmbed {
  return {
    type: "custom_embed",
    subtype: CUSTOM_NODE_SUBTYPE,
    embed: {
      id: `${node.type}@${at}`.slice(0, 128),
      url: `newsdoc:${node.type}`.slice(0, 512),
      config: {
        node_type: node.type,
        node: JSON.parse(JSON.stringify(node)) as Record<string, unknown>,
      },
    },
  };
}
