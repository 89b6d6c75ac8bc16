import { callFormatDate } from "@newsdoc/core/kit";
import { createElement } from "react";
import type { NodeComponent } from "../context.js";

const TITLE_TAGS = ["h2", "h3", "h4", "h5", "h6"] as const;

/**
 * `<aside className="nd-aside" aria-labelledby>`: its title as a heading
 * with that id (`<h2>`, one rank lower per enclosing aside), then its
 * blocks — the same markup as `@newsdoc/html`.
 */
export const Aside: NodeComponent<"aside"> = ({ node, children, context }) => {
  const { render } = context;
  const cls = render.classNames;
  const { id, depth } = render.asideTitle(node);
  const tag = TITLE_TAGS[Math.min(depth, TITLE_TAGS.length - 1)]!;
  return createElement(
    "aside",
    { className: cls.aside, "aria-labelledby": id },
    createElement(tag, { id, className: cls.asideTitle }, render.nodes(node.title, node)),
    children,
  );
};

/** `<aside className="nd-pull-quote" role="presentation" aria-hidden="true" data-quote>`: the quote's words and speaker. */
export const PullQuote: NodeComponent<"pullQuote"> = ({ node, context }) => {
  const cls = context.render.classNames;
  const quote = context.index.requireQuote(node.quote);
  const speaker = context.index.requireEntity(quote.speaker);
  return createElement(
    "aside",
    {
      className: cls.pullQuote,
      role: "presentation",
      "aria-hidden": "true",
      "data-quote": quote.id,
      "data-speaker": quote.speaker,
    },
    createElement("p", null, quote.text),
    createElement("p", { className: cls.attribution }, `— ${speaker.name}`),
  );
};

/** `<div className="nd-editors-note" role="note">`: the label, then the note. */
export const EditorsNote: NodeComponent<"editorsNote"> = ({ children, context }) => {
  const { classNames: cls, labels } = context.render;
  return createElement(
    "div",
    { className: cls.editorsNote, role: "note" },
    createElement(
      "p",
      null,
      createElement("span", { className: cls.noticeLabel }, labels.editorsNote),
      ": ",
      children,
    ),
  );
};

/** `<div className="nd-correction" role="note">`: the label, the date in `<time dateTime>`, the text. */
export const Correction: NodeComponent<"correction"> = ({ node, context }) => {
  const { classNames: cls, labels, options } = context.render;
  const shown = callFormatDate(options.formatDate, node.date, "modified");
  return createElement(
    "div",
    { className: cls.correction, role: "note" },
    createElement(
      "p",
      null,
      createElement("span", { className: cls.noticeLabel }, labels.corrections),
      ", ",
      createElement("time", { dateTime: node.date }, shown),
      `: ${node.text}`,
    ),
  );
};
