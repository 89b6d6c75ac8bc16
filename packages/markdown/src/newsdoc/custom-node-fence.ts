import type { AnyCustomBlock } from "@newsdoc/core/kit";
import { type Markdown, trusted } from "../markdown.js";

/** The info string of a custom node's fence: `newsdoc:<type>`. */
export const CUSTOM_NODE_INFO = "newsdoc:";

/**
 * A custom node (`defineNode`) in newsdoc Markdown: a fenced block whose
 * info string is `newsdoc:<type>` and whose content is the node as JSON,
 * so `fromMarkdown(text, { nodes })` reads back the identical node,
 * whatever it holds. The fence is longer than any run of backticks in the
 * JSON, so nothing in the data can close it.
 *
 * @example
 * ```ts
 * customNodeFence({ type: "poll", question: "Yes or no?", options: ["Yes", "No"] });
 * // '```newsdoc:poll\n{"type":"poll","question":"Yes or no?","options":["Yes","No"]}\n```'
 * ```
 */
export function customNodeFence(node: AnyCustomBlock): Markdown {
  const json = JSON.stringify(node);
  let longest = 0;
  for (const run of json.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return trusted(`${fence}${CUSTOM_NODE_INFO}${node.type}\n${json}\n${fence}`);
}
