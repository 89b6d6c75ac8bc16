import type { HtmlHandler } from "@newsdoc/html";
import "./poll-node.js";

/**
 * The poll as HTML: a labelled `<section>` with the question and a list of
 * answers, built with the renderer's safe builders (every string escaped).
 * The voting itself is the site's script, hooked on `data-poll-option`.
 */
export const pollHtml: HtmlHandler<"poll"> = (poll, ctx) => {
  const { element, escapeText } = ctx.helpers;
  const items = poll.options.map((option, i) =>
    element("li", { "data-poll-option": String(i) }, escapeText(option)),
  );
  const closes =
    poll.closes === undefined
      ? []
      : [
          element("p", { class: "poll-closes" }, [
            escapeText("Voting closes "),
            element("time", { datetime: poll.closes }, escapeText(poll.closes.slice(0, 10))),
          ]),
        ];
  return element("section", { class: "poll", "aria-label": "Reader poll" }, [
    element("p", { class: "poll-question" }, element("strong", null, escapeText(poll.question))),
    element("ol", { class: "poll-options" }, items),
    ...closes,
  ]);
};
