import { createElement } from "react";
import type { NodeComponent } from "../context.js";
import { ClaimsAppendix, QuotesAppendix } from "./appendix.js";
import { ImageFigure } from "./figure.js";
import { ArticleHeader } from "./header.js";
import { Backstory, Corrections, paywalledBody } from "./publishing.js";

/**
 * The root: `<article lang>` with the header, the lead figure, the body
 * (its `children`, the paywalled part in `<div className="nd-paywalled">`)
 * in `<div className="nd-body">`, corrections, backstory and the
 * appendices asked for.
 */
export const ArticleRoot: NodeComponent<"article"> = ({ node, children, context }) => {
  const { render } = context;
  const cls = render.classNames;
  return createElement(
    "article",
    { className: cls.article, lang: node.language ? node.language : undefined },
    createElement(ArticleHeader, { article: node, render }),
    node.image ? createElement(ImageFigure, { image: node.image, lead: true, render }) : null,
    createElement("div", { className: cls.body }, paywalledBody(node, render, children)),
    createElement(Corrections, { article: node, render }),
    createElement(Backstory, { article: node, render }),
    render.appendix.map((kind) =>
      createElement(kind === "quotes" ? QuotesAppendix : ClaimsAppendix, { key: kind, render }),
    ),
  );
};
