import type { OverrideComponent } from "@newsdoc/react";
import Link from "next/link";
import { topicHref } from "./articles";

/**
 * The one custom component: a mention links to the site's own topic page
 * (a client-side `next/link` navigation) instead of the entity's URL,
 * keeping the built-in class and `data-entity` hook.
 */
export const TopicMention: OverrideComponent<"mention"> = ({ node, context }) => (
  <Link
    href={topicHref(node.entity)}
    className={context.render.classNames.mention}
    data-entity={node.entity}
  >
    {node.text}
  </Link>
);
