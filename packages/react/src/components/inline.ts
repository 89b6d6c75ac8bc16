import { createElement, Fragment, type ReactNode } from "react";
import type { NodeComponent } from "../context.js";

/** Plain text: React escapes it. */
export const Text: NodeComponent<"text"> = ({ node }) => node;

/** `<em>` */
export const Emphasis: NodeComponent<"emphasis"> = ({ children }) =>
  createElement("em", null, children);

/** `<strong>` */
export const Strong: NodeComponent<"strong"> = ({ children }) =>
  createElement("strong", null, children);

/** `<br>` */
export const Break: NodeComponent<"break"> = () => createElement("br");

/** Joins parts with a separator, each part keyed, as `parts.join(separator)` would. */
export function joinParts(parts: readonly ReactNode[], separator: string): ReactNode[] {
  const out: ReactNode[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(separator);
    out.push(createElement(Fragment, { key: i }, part));
  });
  return out;
}
