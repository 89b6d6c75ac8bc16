import {
  type AspectRatio,
  EMBED_PROVIDER_IDS,
  EMBED_PROVIDERS,
  type Embed,
  type EmbedProvider,
  isProviderUrl,
} from "@newsdoc/core";
import {
  at,
  type ImportContext,
  reportAttributes,
  reportElement,
  reportText,
  urlAttribute,
} from "./context.js";
import { attr, type Element, findAll, isElement, textContent } from "./dom.js";
import { collapsedText, hasOwnClass } from "./own-class.js";
import { cleanText, isNonBlank, shortValue } from "./sanitize.js";

/** The known provider whose hosts `url` is on (Google only for its maps), else `undefined`. */
export function providerOf(url: string): EmbedProvider | undefined {
  for (const provider of EMBED_PROVIDER_IDS) {
    if (!isProviderUrl(provider, url)) continue;
    if (provider === "google-maps" && !/^https?:\/\/[^/]+\/maps\b|maps\.app\.goo\.gl/i.test(url))
      continue;
    return provider;
  }
  return undefined;
}

/**
 * The item's own page for a provider's embed page, where the provider's URL
 * scheme says it (a YouTube `/embed/ID` is `watch?v=ID`); else the embed
 * URL itself, which is a page a reader can open too.
 */
export function pageOfEmbed(provider: EmbedProvider | undefined, embedUrl: string): string {
  let url: URL;
  try {
    url = new URL(embedUrl);
  } catch {
    return embedUrl;
  }
  if (provider === "youtube") {
    const id = /^\/embed\/([\w-]{1,64})$/.exec(url.pathname)?.[1];
    if (id !== undefined) return `https://www.youtube.com/watch?v=${id}`;
  }
  if (provider === "vimeo" && url.hostname === "player.vimeo.com") {
    const id = /^\/video\/(\d{1,20})$/.exec(url.pathname)?.[1];
    if (id !== undefined) return `https://vimeo.com/${id}`;
  }
  if (provider === "flourish") {
    const id = /^\/(visualisation|story)\/(\d{1,20})\/embed$/.exec(url.pathname);
    if (id !== null) return `https://public.flourish.studio/${id[1]}/${id[2]}/`;
  }
  return embedUrl;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** `width`/`height` attributes in pixels as a ratio in lowest terms (640×360 is 16:9). */
export function ratioOf(element: Element): AspectRatio | undefined {
  const w = attr(element, "width");
  const h = attr(element, "height");
  if (
    w === undefined ||
    h === undefined ||
    !/^\s*\d{1,5}\s*$/.test(w) ||
    !/^\s*\d{1,5}\s*$/.test(h)
  )
    return undefined;
  const width = Number(w);
  const height = Number(h);
  if (width === 0 || height === 0) return undefined;
  const d = gcd(width, height);
  return { width: width / d, height: height / d };
}

// Attributes of a third party's iframe that say how to load it, not what it is.
const FRAME_POLICY = [
  "allow",
  "allowfullscreen",
  "allowtransparency",
  "frameborder",
  "loading",
  "referrerpolicy",
  "sandbox",
  "scrolling",
  "marginwidth",
  "marginheight",
];

/**
 * An `<iframe>` (or `<embed>`/`<object>`) of a page on the web: an embed
 * of the provider its `src` is on (YouTube, Vimeo, Datawrapper, Flourish,
 * maps…), or of no known provider (then renderers show a link card).
 * `title` is the iframe's title, or the caption given; without either the
 * provider's name stands in (reported). `undefined`, reported, when it has
 * no usable http(s) source.
 */
export function frameEmbed(
  element: Element,
  ctx: ImportContext,
  caption?: string,
): Embed | undefined {
  const name = element.tagName === "object" ? "data" : "src";
  const lazy = attr(element, "data-src") !== undefined && attr(element, name) === undefined;
  const src = urlAttribute(ctx, element, lazy ? "data-src" : name, "http");
  if (src === undefined) return undefined;
  const provider = providerOf(src);
  const info = provider === undefined ? undefined : EMBED_PROVIDERS[provider];
  const given = attr(element, "title");
  let title = isNonBlank(given) ? collapsedText(given) : caption;
  if (title === undefined) {
    title = info === undefined ? new URL(src).hostname : `${info.name} embed`;
    reportElement(
      ctx,
      "converted",
      "embed-title",
      element,
      `<${element.tagName}> without a title: the embed is titled "${title}"; give it its real title.`,
    );
  }
  const embed: Embed = { type: "embed", url: pageOfEmbed(provider, src), title };
  if (provider !== undefined) embed.provider = provider;
  if (src.startsWith("https://") && (info === undefined || info.iframe)) embed.embedUrl = src;
  else if (info?.iframe) {
    reportElement(
      ctx,
      "converted",
      "insecure-embed",
      element,
      `The embed's page ${shortValue(src)} is not https: kept as a link only (an iframe loads only https pages).`,
    );
  }
  const ratio = ratioOf(element);
  if (ratio !== undefined) embed.aspectRatio = ratio;
  const fallback = reportText(element);
  if (fallback !== undefined && element.tagName !== "iframe") embed.fallback = fallback;
  if (provider === undefined) {
    reportElement(
      ctx,
      "converted",
      "embed",
      element,
      `<${element.tagName}> of ${shortValue(new URL(src).hostname)}, a provider newsdoc does not know: kept as an embed without a provider (shown as a link card).`,
    );
  }
  reportAttributes(ctx, element, [name, "data-src", "title", "width", "height", ...FRAME_POLICY]);
  return embed;
}

// The classes the networks' embed codes put on their blockquote.
const SOCIAL_CLASS =
  /(?:^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore)(?:\s|$)/;

/** Whether a `<blockquote>` is a social network's embed code. */
export function isSocialBlockquote(element: Element): boolean {
  return SOCIAL_CLASS.test(attr(element, "class") ?? "");
}

// Where each network's embed code names the post.
const PERMALINK_ATTRIBUTES = [
  "data-instgrm-permalink",
  "data-text-post-permalink",
  "data-bluesky-uri",
  "cite",
];

/**
 * A social network's embed code (`<blockquote class="twitter-tweet">`,
 * `instagram-media`, `tiktok-embed`, Bluesky's, Threads', Facebook's): an
 * embed of the post it links to, its words as the fallback text. The
 * network's script is not kept (reported where it stands). `undefined` when
 * no link to a known network's post is found (read as a block quotation).
 */
export function socialEmbed(element: Element, ctx: ImportContext): Embed | undefined {
  const candidates: { name: string; holder: Element }[] = [];
  for (const name of PERMALINK_ATTRIBUTES) {
    if (attr(element, name) !== undefined) candidates.push({ name, holder: element });
  }
  const links = findAll(element, (e) => e.tagName === "a" && attr(e, "href") !== undefined);
  for (const link of [...links].reverse()) candidates.push({ name: "href", holder: link });
  let url: string | undefined;
  let provider: EmbedProvider | undefined;
  for (const { name, holder } of candidates) {
    const raw = attr(holder, name)!;
    if (!/^https?:/i.test(raw.trim())) continue;
    const safe = urlAttribute(ctx, holder, name, "http");
    const found = safe === undefined ? undefined : providerOf(safe);
    if (found !== undefined && EMBED_PROVIDERS[found].kind === "social") {
      url = safe;
      provider = found;
      break;
    }
  }
  if (url === undefined || provider === undefined) return undefined;
  const info = EMBED_PROVIDERS[provider];
  // The post's words: its paragraphs; the rest is the network's attribution line.
  const paragraphs = findAll(element, (e) => e.tagName === "p");
  const words = paragraphs.map((p) => collapsedText(textContent(p))).filter(isNonBlank);
  const whole = collapsedText(textContent(element));
  let line = whole;
  for (const w of words) line = line.replace(w, " ");
  line = line.replace(/\s+/g, " ").trim();
  const attribution = line.replace(/^[\s—–-]+/, "");
  const title =
    attribution !== "" && attribution.length <= 200
      ? `${info.name} post: ${attribution}`
      : `A post on ${info.name}`;
  const embed: Embed = { type: "embed", url, provider, title };
  const fallback = words.length > 0 ? words.join("\n\n") : whole;
  if (isNonBlank(fallback)) embed.fallback = fallback;
  reportElement(
    ctx,
    "converted",
    "embed",
    element,
    `${info.name}'s embed code read as an embed of ${shortValue(url)}: the post's words are its fallback text (plain: their links and formatting are not kept), the attribution line (this item's text) its title.`,
  );
  const item = ctx.report[ctx.report.length - 1];
  if (item !== undefined && line !== "") item.text = line;
  for (const node of [element, ...findAll(element, () => true)]) {
    if (!isElement(node)) continue;
    reportAttributes(
      ctx,
      node,
      node === element ? ["class", "cite", ...PERMALINK_ATTRIBUTES, "data-instgrm-version"] : [],
    );
  }
  return embed;
}

/**
 * newsdoc's own embed markup, `<figure class="nd-embed" data-provider
 * data-embed-url data-aspect-ratio>`: the iframe (generated from the
 * embed URL), the fallback `<p class="nd-embed-fallback">`, and the
 * `<figcaption>` with the `<a class="nd-embed-link">` to the item's page
 * and the provider's name. `undefined` when it is not that shape.
 */
export function newsdocEmbed(element: Element, ctx: ImportContext): Embed | undefined {
  const kids = element.childNodes.filter(isElement);
  const figcaption = kids.find((k) => k.tagName === "figcaption");
  const link = figcaption?.childNodes.find(
    (k): k is Element => isElement(k) && k.tagName === "a" && hasOwnClass(k, ctx, "embed-link"),
  );
  if (figcaption === undefined || link === undefined) return undefined;
  const url = urlAttribute(ctx, link, "href", "http");
  const title = cleanText(textContent(link));
  if (url === undefined || !isNonBlank(title)) return undefined;
  const embed: Embed = { type: "embed", url, title };
  const provider = attr(element, "data-provider");
  if (provider !== undefined) {
    if (Object.hasOwn(EMBED_PROVIDERS, provider)) embed.provider = provider as EmbedProvider;
    else
      ctx.report.push({
        kind: "attribute",
        reason: "not-kept",
        message: `data-provider ${JSON.stringify(shortValue(provider))} is not a provider newsdoc knows: the embed is kept without one.`,
        attribute: "data-provider",
        value: shortValue(provider),
        ...at(element, "data-provider"),
      });
  }
  const embedUrl = urlAttribute(ctx, element, "data-embed-url", "http");
  if (embedUrl !== undefined) embed.embedUrl = embedUrl;
  const ratio = /^(\d{1,6}):(\d{1,6})$/.exec(attr(element, "data-aspect-ratio") ?? "");
  if (ratio !== null && Number(ratio[1]) > 0 && Number(ratio[2]) > 0)
    embed.aspectRatio = { width: Number(ratio[1]), height: Number(ratio[2]) };
  reportAttributes(ctx, element, ["data-provider", "data-embed-url", "data-aspect-ratio"]);
  for (const kid of kids) {
    if (kid === figcaption) continue;
    if (
      kid.tagName === "p" &&
      hasOwnClass(kid, ctx, "embed-fallback") &&
      embed.fallback === undefined
    ) {
      const text = cleanText(textContent(kid));
      if (isNonBlank(text)) embed.fallback = ctx.preserve ? text : collapsedText(text);
      reportAttributes(ctx, kid);
    } else if (kid.tagName === "iframe" && hasOwnClass(kid, ctx, "embed-frame")) {
      reportElement(
        ctx,
        "dropped",
        "generated",
        kid,
        "newsdoc's embed iframe is generated from the embed URL (when the renderer allows it): not read back.",
      );
    } else {
      reportElement(
        ctx,
        "dropped",
        "not-kept",
        kid,
        `<${kid.tagName}> inside an embed's figure has no place in the model: dropped.`,
        true,
      );
    }
  }
  reportAttributes(ctx, link, ["href"]);
  reportAttributes(ctx, figcaption);
  const rest = figcaption.childNodes.filter((k) => k !== link);
  const generated = cleanText(rest.map((k) => textContent(k)).join(""));
  if (isNonBlank(generated)) {
    ctx.report.push({
      kind: "dropped",
      reason: "generated",
      message: "The provider's name after an embed's link is generated: not read back.",
      text: generated.trim(),
      ...at(figcaption),
    });
  }
  return embed;
}
