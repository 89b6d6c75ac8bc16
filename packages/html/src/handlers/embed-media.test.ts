import { mediaNodesArticle } from "@newsdoc/test-utils";
import { HtmlValidate } from "html-validate";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { toHtml } from "../to-html.js";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

type P5 = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5[];
  value?: string;
};

function all(node: P5, tag: string, out: P5[] = []): P5[] {
  if (node.tagName === tag) out.push(node);
  for (const child of node.childNodes ?? []) all(child, tag, out);
  return out;
}
const attr = (node: P5, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const text = (node: P5): string =>
  node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(text).join("");

async function validate(html: string): Promise<string[]> {
  const report = await validator.validateString(
    `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`,
  );
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}

describe("embed, video, audio and heading anchors in HTML", () => {
  const card = toHtml(mediaNodesArticle);
  const framed = toHtml(mediaNodesArticle, { embeds: { allow: ["datawrapper", "youtube"] } });

  it("passes html-validate's recommended rules, with and without iframes", async () => {
    expect(await validate(card)).toEqual([]);
    expect(await validate(framed)).toEqual([]);
  });

  it("headings get unique anchors: the explicit id wins, repeated words are numbered", () => {
    const ids = ["h2", "h3"]
      .flatMap((t) => all(parseFragment(card) as P5, t))
      .map((h) => attr(h, "id"));
    expect(ids.sort()).toEqual(["reaction", "what-we-know", "what-we-know-1"]);
  });

  it("embeds are link cards by default: no iframe, a link to the item's page", () => {
    const tree = parseFragment(card) as P5;
    expect(all(tree, "iframe")).toEqual([]);
    const links = all(tree, "a").filter((a) => attr(a, "class") === "nd-embed-link");
    expect(links.map((a) => attr(a, "href"))).toEqual([
      "https://www.datawrapper.de/_/fixture/",
      "https://x.com/fixture/status/1",
      "https://example.org/widget",
    ]);
    const fallback = all(tree, "p").filter((p) => attr(p, "class") === "nd-embed-fallback");
    expect(fallback.map(text)).toContain("Words of a placeholder post <b>& co</b>.");
  });

  it("an allowed provider's embed is an https, sandboxed, lazy iframe with a title", () => {
    const frames = all(parseFragment(framed) as P5, "iframe");
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(attr(frame, "src")).toBe("https://datawrapper.dwcdn.net/fixture/1/");
    expect(attr(frame, "title")).toBe("Fixture chart");
    expect(attr(frame, "loading")).toBe("lazy");
    expect(attr(frame, "sandbox")).toBe(
      "allow-scripts allow-same-origin allow-popups allow-presentation",
    );
    expect(Number(attr(frame, "height")) / Number(attr(frame, "width"))).toBe(0.75);
  });

  it("a provider whose embed needs its own script, or an unknown one, is refused in allow", () => {
    expect(() => toHtml(mediaNodesArticle, { embeds: { allow: ["x"] } })).toThrow(/link card/);
    expect(() => toHtml(mediaNodesArticle, { embeds: { allow: ["evil" as never] } })).toThrow(
      /not a provider newsdoc knows/,
    );
  });

  it("an embedUrl off the provider's hosts or not https never becomes an iframe", () => {
    for (const embedUrl of ["https://evil.example/x", "http://datawrapper.dwcdn.net/x/"]) {
      const html = toHtml(
        {
          ...mediaNodesArticle,
          body: [
            {
              type: "embed",
              url: "https://www.datawrapper.de/_/x/",
              embedUrl,
              provider: "datawrapper",
              title: "t",
            },
          ],
        },
        { embeds: { allow: ["datawrapper"] } },
      );
      expect(all(parseFragment(html) as P5, "iframe")).toEqual([]);
    }
  });

  it("video and audio: controls, a source per file, tracks, caption and transcript", () => {
    const tree = parseFragment(card) as P5;
    const [video] = all(tree, "video");
    expect(attr(video!, "poster")).toBe("https://media.example.com/fixture.jpg");
    expect(attr(video!, "controls")).toBe("");
    expect(all(video!, "source").map((s) => [attr(s, "src"), attr(s, "type")])).toEqual([
      ["https://media.example.com/fixture.webm", "video/webm"],
      ["https://media.example.com/fixture.mp4", "video/mp4"],
    ]);
    const tracks = all(video!, "track");
    expect(tracks.map((t) => [attr(t, "kind"), attr(t, "srclang"), attr(t, "default")])).toEqual([
      ["captions", "en", ""],
      ["subtitles", "ru", undefined],
    ]);
    const times = all(tree, "time").map((t) => [attr(t, "datetime"), text(t)]);
    expect(times).toContainEqual(["PT1M33S", "1:33"]);
    expect(times).toContainEqual(["PT2M", "2:00"]);
    const [details] = all(tree, "details");
    expect(all(details!, "p").map(text)).toEqual([
      "First paragraph of a placeholder transcript.",
      "Second paragraph,in two lines.",
    ]);
    expect(all(tree, "audio")).toHaveLength(1);
  });
});
