import { EMBED_PROVIDERS, type Embed, type EmbedProvider, isProviderUrl } from "../model/embed.js";
import { safeUrl } from "./safe-url.js";

/** The width an embed's iframe is laid out at; the height follows the aspect ratio. */
export const EMBED_FRAME_WIDTH = 640;

/** What an allowed embed's iframe may do: run the provider's player, open links in a new tab, present full screen. */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation";

/** The iframe a renderer may write for an embed: see {@link embedFrame}. */
export interface EmbedFrame {
  /** The provider's `https` embed page. */
  readonly src: string;
  /** {@link EMBED_FRAME_WIDTH}. */
  readonly width: number;
  /** The height at that width: from the aspect ratio, 16:9 without one. */
  readonly height: number;
}

/**
 * Whether an embed may load as an iframe, and how: only when its provider is
 * in `allow` and embeds by plain page (not a social network's script), it has
 * an `embedUrl`, and that URL is `https`, on the provider's hosts and passes
 * `safeUrl`. Otherwise `undefined`: render the link card. Every renderer
 * asks this one function, so they agree on what loads a third party.
 *
 * @example
 * ```ts
 * embedFrame(node, new Set(["youtube"]))?.src; // "https://www.youtube-nocookie.com/embed/…"
 * ```
 */
export function embedFrame(node: Embed, allow: ReadonlySet<EmbedProvider>): EmbedFrame | undefined {
  const { provider, embedUrl: src } = node;
  if (provider === undefined || src === undefined || !allow.has(provider)) return undefined;
  if (!EMBED_PROVIDERS[provider]?.iframe || !src.startsWith("https://")) return undefined;
  if (!isProviderUrl(provider, src) || safeUrl(src) !== src) return undefined;
  const ratio = node.aspectRatio;
  const height =
    ratio === undefined
      ? Math.round((EMBED_FRAME_WIDTH * 9) / 16)
      : Math.max(1, Math.round((EMBED_FRAME_WIDTH * ratio.height) / ratio.width));
  return { src, width: EMBED_FRAME_WIDTH, height };
}

/** The default: no provider's iframe (one set for every render; nothing adds to it). */
const NO_EMBEDS: ReadonlySet<EmbedProvider> = /* @__PURE__ */ new Set<EmbedProvider>();

/**
 * Checks an `embeds` option (`{ allow: [...] }`): a list of known providers
 * whose embeds can be iframes. Returns them as a set; throws a `TypeError`
 * that names the problem otherwise.
 */
export function checkEmbedsOption(value: unknown): ReadonlySet<EmbedProvider> {
  if (value === undefined) return NO_EMBEDS;
  const allow = (value as { allow?: unknown } | null)?.allow;
  if (value === null || typeof value !== "object" || !Array.isArray(allow)) {
    throw new TypeError(
      'options.embeds must be an object with an "allow" list of providers, e.g. { allow: ["youtube"] }.',
    );
  }
  for (const provider of allow) {
    if (typeof provider !== "string" || !Object.hasOwn(EMBED_PROVIDERS, provider)) {
      throw new TypeError(
        `options.embeds.allow: ${JSON.stringify(provider)} is not a provider newsdoc knows (${Object.keys(EMBED_PROVIDERS).join(", ")}).`,
      );
    }
    const info = EMBED_PROVIDERS[provider as EmbedProvider];
    if (!info.iframe) {
      throw new TypeError(
        `options.embeds.allow: ${info.name} embeds need the network's own script, so newsdoc always shows them as a link card. Remove ${JSON.stringify(provider)}.`,
      );
    }
  }
  // The default (an empty list) and any other empty list: the shared set, not a new one per render.
  return allow.length === 0 ? NO_EMBEDS : new Set(allow as EmbedProvider[]);
}
