import { claimAppendix, type QuoteEntry, quoteAppendix, quoteDetailParts } from "@newsdoc/core/kit";
import { createElement, Fragment, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";
import { EntityName } from "./entity-name.js";
import { joinParts } from "./inline.js";
import { Parts } from "./parts.js";

/** Props of the appendix components. */
export interface AppendixProps {
  readonly render: ArticleRender;
}

function quoteWords(entry: QuoteEntry): ReactNode {
  // Reported speech is not the speaker's words: no quotation marks for it.
  return entry.quote.mode === "indirect"
    ? entry.quote.text
    : createElement("q", null, entry.quote.text);
}

function quoteMeta(entry: QuoteEntry, render: ArticleRender): ReactNode {
  const parts = quoteDetailParts(entry.quote, render.index, render.labels);
  return createElement(
    "span",
    { className: render.classNames.quoteMeta },
    createElement(Parts, { parts, render }),
  );
}

/**
 * The "Who said what" `<aside>`: speakers in order of first quote, each a
 * `<dt>`, with their quotes as `<dd data-quote data-mode>`. Nothing when
 * the article has no quotes.
 */
export function QuotesAppendix({ render }: AppendixProps): ReactNode {
  const groups = quoteAppendix(render.article, render.index);
  if (groups.length === 0) return null;
  const { classNames: cls, labels } = render;
  const items: ReactNode[] = [];
  groups.forEach(({ speaker, quotes }, g) => {
    items.push(
      createElement(
        "dt",
        { key: `s${g}` },
        createElement(EntityName, { entity: speaker, className: cls.speaker, render }),
      ),
    );
    quotes.forEach((entry, q) => {
      items.push(
        createElement(
          "dd",
          {
            key: `q${g}-${q}`,
            className: cls.quoteEntry,
            "data-quote": entry.quote.id,
            "data-mode": entry.quote.mode,
          },
          quoteWords(entry),
          " ",
          quoteMeta(entry, render),
        ),
      );
    });
  });
  return createElement(
    "aside",
    { className: `${cls.appendix} ${cls.quotes}`, "aria-label": labels.quotes },
    createElement("h2", null, labels.quotes),
    createElement("dl", null, items),
  );
}

/** The claims `<aside>`: one `<table data-claim>` per claim, a row per stance kind. */
export function ClaimsAppendix({ render }: AppendixProps): ReactNode {
  const entries = claimAppendix(render.article, render.index, render.labels);
  if (entries.length === 0) return null;
  const { classNames: cls, labels } = render;
  return createElement(
    "aside",
    { className: `${cls.appendix} ${cls.claims}`, "aria-label": labels.claims },
    createElement("h2", null, labels.claims),
    entries.map(({ claim, stances }, c) =>
      createElement(
        "table",
        { key: c, className: cls.claim, "data-claim": claim.id },
        createElement("caption", null, claim.statement),
        stances.length === 0
          ? null
          : createElement(
              "thead",
              null,
              createElement(
                "tr",
                null,
                createElement("th", { scope: "col" }, labels.stance),
                createElement("th", { scope: "col" }, labels.parties),
              ),
            ),
        stances.length === 0
          ? null
          : createElement(
              "tbody",
              null,
              stances.map((group, s) =>
                createElement(
                  "tr",
                  { key: s, "data-stance": group.stance },
                  createElement("th", { scope: "row" }, group.label),
                  createElement(
                    "td",
                    null,
                    joinParts(
                      group.parties.map(({ entity, quote }) => {
                        const who = createElement(EntityName, {
                          entity,
                          className: cls.speaker,
                          render,
                        });
                        if (quote === undefined) return who;
                        return quote.mode === "indirect"
                          ? createElement(Fragment, null, who, ` (${quote.text})`)
                          : createElement(
                              Fragment,
                              null,
                              who,
                              ": ",
                              createElement("q", null, quote.text),
                            );
                      }),
                      "; ",
                    ),
                  ),
                ),
              ),
            ),
      ),
    ),
  );
}
