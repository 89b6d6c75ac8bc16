/**
 * The third-party services an {@link Embed} can name as its `provider`:
 * what kind of item each carries (which decides its JSON-LD type), the
 * hosts its item and embed URLs live on (validation checks them, so a
 * `youtube` embed cannot load another site), and whether its embed is a
 * plain `<iframe>` page. Social posts need the network's script to embed,
 * so renderers always show them as a link card.
 */
export const EMBED_PROVIDERS = {
  youtube: {
    name: "YouTube",
    kind: "video",
    hosts: ["youtube.com", "youtu.be", "youtube-nocookie.com"],
    iframe: true,
  },
  vimeo: { name: "Vimeo", kind: "video", hosts: ["vimeo.com"], iframe: true },
  x: { name: "X", kind: "social", hosts: ["x.com", "twitter.com"], iframe: false },
  facebook: {
    name: "Facebook",
    kind: "social",
    hosts: ["facebook.com", "fb.watch"],
    iframe: false,
  },
  instagram: { name: "Instagram", kind: "social", hosts: ["instagram.com"], iframe: false },
  tiktok: { name: "TikTok", kind: "social", hosts: ["tiktok.com"], iframe: false },
  bluesky: { name: "Bluesky", kind: "social", hosts: ["bsky.app"], iframe: false },
  threads: {
    name: "Threads",
    kind: "social",
    hosts: ["threads.net", "threads.com"],
    iframe: false,
  },
  "google-maps": {
    name: "Google Maps",
    kind: "map",
    hosts: ["google.com", "maps.app.goo.gl"],
    iframe: true,
  },
  openstreetmap: { name: "OpenStreetMap", kind: "map", hosts: ["openstreetmap.org"], iframe: true },
  datawrapper: {
    name: "Datawrapper",
    kind: "chart",
    hosts: ["datawrapper.de", "datawrapper.dwcdn.net", "dwcdn.net"],
    iframe: true,
  },
  flourish: {
    name: "Flourish",
    kind: "chart",
    hosts: ["flourish.studio", "flo.uri.sh"],
    iframe: true,
  },
} as const satisfies Readonly<Record<string, EmbedProviderInfo>>;

/** What newsdoc knows about one embed provider. */
export interface EmbedProviderInfo {
  /** Its display name ("YouTube"). */
  readonly name: string;
  /** What its items are: a video, a social post, a map or a chart. */
  readonly kind: EmbedKind;
  /** The registrable domains its URLs use; a subdomain of one is also the provider's. */
  readonly hosts: readonly string[];
  /** True when its embed is an ordinary page an `<iframe>` can load (no script of theirs on ours). */
  readonly iframe: boolean;
}

/** What an embedded item is. */
export type EmbedKind = "video" | "social" | "map" | "chart";

/** A provider's id: `"youtube"`, `"x"`, `"datawrapper"`, … */
export type EmbedProvider = keyof typeof EMBED_PROVIDERS;

/** Every provider id, in a stable order. */
export const EMBED_PROVIDER_IDS = /* @__PURE__ */ Object.freeze(
  Object.keys(EMBED_PROVIDERS),
) as readonly EmbedProvider[];

/**
 * True when `url`'s host is one of `provider`'s domains or a subdomain of
 * one (`www.youtube.com`, `player.vimeo.com`). A URL that does not parse is
 * not the provider's.
 */
export function isProviderUrl(provider: EmbedProvider, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const info: EmbedProviderInfo | undefined = EMBED_PROVIDERS[provider];
  if (info === undefined) return false;
  return info.hosts.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The width and height an embed is laid out at, as a ratio (16 by 9). */
export interface AspectRatio {
  /** The width, a positive integer (16). */
  width: number;
  /** The height, a positive integer (9). */
  height: number;
}

/**
 * A third-party item by URL: a social post, a YouTube or Vimeo video, a map,
 * a Datawrapper or Flourish chart. Renderers show a link card (no request to
 * the third party) unless the caller allows the provider's iframe.
 *
 * @example
 * ```ts
 * const chart: Embed = {
 *   type: "embed",
 *   url: "https://www.datawrapper.de/_/AbC12/",
 *   embedUrl: "https://datawrapper.dwcdn.net/AbC12/1/",
 *   provider: "datawrapper",
 *   title: "Arrivals by month",
 *   aspectRatio: { width: 4, height: 3 },
 * };
 * ```
 */
export interface Embed {
  /** Always `"embed"`. */
  type: "embed";
  /** The item's own page (absolute http(s)): what the link card links to. */
  url: string;
  /** Who serves it; decides its JSON-LD type and whether an iframe is possible. Absent for a provider newsdoc does not know: then only a link card. */
  provider?: EmbedProvider;
  /** The `https` page an `<iframe>` loads (the provider's embed URL); without it, only a link card. */
  embedUrl?: string;
  /** What the item is, for the card, the iframe's `title` and screen readers. */
  title: string;
  /** Text that stands in for the item where it is not loaded (a post's words, a chart's summary). */
  fallback?: string;
  /** The shape it is laid out at (an iframe keeps it). */
  aspectRatio?: AspectRatio;
}
