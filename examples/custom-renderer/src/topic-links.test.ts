import { article } from "@newsdoc/core/example";
import { NODE_TYPE_NAMES } from "@newsdoc/core/kit";
import { htmlRenderer, toHtml } from "@newsdoc/html";
import { type DefaultTreeAdapterTypes, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { topicLinks, topicPath } from "./topic-links.js";

/** `<a href="/topics/…"><span class="nd-mention" data-entity="…">words</span></a>` */
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type DocumentFragment = DefaultTreeAdapterTypes.DocumentFragment;

const TOPIC_LINK =
  /<a href="\/topics\/([^"]*)">(<span class="nd-mention" data-entity="([^"]*)">[^<]*<\/span>)<\/a>/g;

const mentionsIn = (blocks: unknown): { entity: string; text: string }[] => {
  const found: { entity: string; text: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      const n = node as { type?: string; entity?: string; text?: string };
      if (n.type === "mention") found.push({ entity: n.entity!, text: n.text! });
      else Object.values(node).forEach(walk);
    }
  };
  walk(blocks);
  return found;
};

describe("topicLinks", () => {
  const out = topicLinks.render(article);
  const links = [...out.matchAll(TOPIC_LINK)];

  it("links every mention, in order, to /topics/<entity id>, around the default mention", () => {
    const mentions = mentionsIn([article.image, article.body]);
    expect(mentions.length).toBeGreaterThan(0);
    expect(links.map((m) => decodeURIComponent(m[1]!))).toEqual(mentions.map((m) => m.entity));
    for (const m of links) expect(m[3]).toBe(decodeURIComponent(m[1]!));
    expect(out).toContain(
      '<a href="/topics/putin"><span class="nd-mention" data-entity="putin">Vladimir Putin</span></a>',
    );
  });

  it("changes nothing but the mentions: without them, the page is the stock toHtml output", () => {
    // The stock renderer with mentions as plain spans (the override's default)
    // is what the override wraps; take the wrapping links out and the two match.
    const unwrapped = out.replace(TOPIC_LINK, "$2");
    expect(unwrapped).toBe(toHtml(article, { mentions: "text" }));
    // With its own link option, the stock output differs only inside mention elements.
    const strip = (html: string) =>
      html.replace(/<(a|span) class="nd-mention"[^>]*>[^<]*<\/\1>/g, "<mention>");
    expect(strip(unwrapped)).toBe(strip(toHtml(article)));
  });

  it("keeps every other handler of the built-in renderer, by identity", () => {
    for (const type of NODE_TYPE_NAMES) {
      if (type === "mention")
        expect(topicLinks.handlers.mention).not.toBe(htmlRenderer.handlers.mention);
      else expect(topicLinks.handlers[type], type).toBe(htmlRenderer.handlers[type]);
    }
  });

  it("escapes and encodes the entity id in the URL", () => {
    expect(topicPath('a b/"<c>')).toBe("/topics/a%20b%2F%22%3Cc%3E");
    const odd = {
      ...article,
      entities: [...article.entities, { type: "Place" as const, id: 'x"><script>', name: "X" }],
      body: [
        {
          type: "paragraph" as const,
          children: [{ type: "mention" as const, entity: 'x"><script>', text: "X" }],
        },
      ],
    };
    const { image: _lead, ...noLead } = odd;
    const fragment = parseFragment(topicLinks.render(noLead));
    const elements: { tag: string; attrs: Record<string, string> }[] = [];
    const walk = (node: ChildNode | DocumentFragment): void => {
      if ("tagName" in node) {
        elements.push({
          tag: node.tagName,
          attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
        });
      }
      if ("childNodes" in node) node.childNodes.forEach(walk);
    };
    walk(fragment);
    expect(elements.filter((e) => e.tag === "script")).toEqual([]);
    const links = elements.filter((e) => e.tag === "a");
    expect(links).toEqual([{ tag: "a", attrs: { href: "/topics/x%22%3E%3Cscript%3E" } }]);
    const spans = elements.filter((e) => e.attrs["data-entity"] !== undefined);
    expect(spans.map((e) => e.attrs["data-entity"])).toEqual(['x"><script>']);
  });
});
