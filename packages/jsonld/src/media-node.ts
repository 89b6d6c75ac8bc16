import { type Audio, EMBED_PROVIDERS, type Embed, type Video } from "@newsdoc/core/kit";
import type {
  AudioObjectLeaf,
  QuantitativeValueLeaf,
  SocialMediaPostingLeaf,
  VideoObjectLeaf,
} from "schema-dts";
import { put } from "./put.js";

function pixels(value: number | undefined): QuantitativeValueLeaf | undefined {
  if (value === undefined) return undefined;
  return { "@type": "QuantitativeValue", value, unitCode: "E37" };
}

/**
 * The `VideoObject` of a self-hosted video, with what Google's video rich
 * results require — `name`, `thumbnailUrl` (the poster), `uploadDate` —
 * when the video has them (core's lint names the missing ones), and
 * `contentUrl` (the first file), `encodingFormat`, `duration`, `description`,
 * `transcript`, pixel `width`/`height`.
 */
export function videoNode(node: Video, id: string): VideoObjectLeaf {
  const out: VideoObjectLeaf = { "@type": "VideoObject", "@id": id, name: node.title };
  put(out, "description", node.description);
  put(out, "thumbnailUrl", node.poster);
  put(out, "uploadDate", node.uploadDate);
  put(out, "contentUrl", node.sources[0]?.url);
  put(out, "encodingFormat", node.sources[0]?.mimeType);
  put(out, "duration", node.duration);
  put(out, "transcript", node.transcript);
  put(out, "width", pixels(node.width));
  put(out, "height", pixels(node.height));
  return out;
}

/** The `AudioObject` of an audio clip: `name`, `contentUrl`, `encodingFormat`, `duration`, `uploadDate`, `description`, `transcript`. */
export function audioNode(node: Audio, id: string): AudioObjectLeaf {
  const out: AudioObjectLeaf = { "@type": "AudioObject", "@id": id, name: node.title };
  put(out, "description", node.description);
  put(out, "contentUrl", node.sources[0]?.url);
  put(out, "encodingFormat", node.sources[0]?.mimeType);
  put(out, "duration", node.duration);
  put(out, "uploadDate", node.uploadDate);
  put(out, "transcript", node.transcript);
  return out;
}

/**
 * The node an embed implies, by its provider's kind: a video provider's
 * item is a `VideoObject` (`name`, `url`, `embedUrl`, `description`), a
 * social network's a `SocialMediaPosting` (`headline`, `url`, its words as
 * `text`). Maps, charts and unknown providers imply no type newsdoc can
 * vouch for: `undefined`.
 */
export function embedNode(
  node: Embed,
  id: string,
): VideoObjectLeaf | SocialMediaPostingLeaf | undefined {
  const kind = node.provider === undefined ? undefined : EMBED_PROVIDERS[node.provider].kind;
  if (kind === "video") {
    const out: VideoObjectLeaf = { "@type": "VideoObject", "@id": id, name: node.title };
    put(out, "url", node.url);
    put(out, "embedUrl", node.embedUrl);
    put(out, "description", node.fallback);
    return out;
  }
  if (kind === "social") {
    const out: SocialMediaPostingLeaf = {
      "@type": "SocialMediaPosting",
      "@id": id,
      headline: node.title,
    };
    put(out, "url", node.url);
    put(out, "text", node.fallback);
    return out;
  }
  return undefined;
}
