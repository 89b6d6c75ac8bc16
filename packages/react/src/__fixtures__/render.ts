import { PassThrough } from "node:stream";
import type { Article } from "@newsdoc/core/kit";
import { createElement } from "react";
import { renderToPipeableStream, renderToStaticMarkup, renderToString } from "react-dom/server";
import { NewsArticle, type NewsArticleProps } from "../index.js";

/** `renderToStaticMarkup(<NewsArticle {...props} />)`. */
export function staticMarkup(article: Article, props: Omit<NewsArticleProps, "article"> = {}) {
  return renderToStaticMarkup(createElement(NewsArticle, { article, ...props }));
}

/** `renderToString(<NewsArticle {...props} />)` (hydration markup: comments between text nodes). */
export function stringMarkup(article: Article, props: Omit<NewsArticleProps, "article"> = {}) {
  return renderToString(createElement(NewsArticle, { article, ...props }));
}

/** The whole output of `renderToPipeableStream(<NewsArticle {...props} />)`, once all is ready. */
export function streamMarkup(
  article: Article,
  props: Omit<NewsArticleProps, "article"> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    let out = "";
    sink.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    sink.on("end", () => resolve(out));
    const stream = renderToPipeableStream(createElement(NewsArticle, { article, ...props }), {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}
