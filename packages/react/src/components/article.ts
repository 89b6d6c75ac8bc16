import { createElement } from "react";
import type { NodeComponent } from "../context.js";
import { ClaimsAppendix, QuotesAppendix } from "./appendix.js";
import { ImageFigure } from "./figure.js";
import { ArticleHeader } from "./header.js";

/**
 * The root: `<article lang>` with the header, the lead figure, the body
 * (its `children`) in `<div className="nd-body">` and the appendices asked for.
 */
export const ArticleRoot: NodeComponent<"article"> = ({ node, children, context }) => {
  const { render } = context;
  const cls = render.classNames;
  return createElement(
    "article",
    { className: cls.article, lang: node.language ? node.language : undefined },
    createElement(ArticleHeader, { article: node, render }),
    node.image ? createElement(ImageFigure, { image: node.image, lead: true, render }) : null,
    createElement("div", { className: cls.body }, children),
    render.appendix.map((kind) =>
      createElement(kind === "quotes" ? QuotesAppendix : ClaimsAppendix, { key: kind, render }),
    ),
  );
};
