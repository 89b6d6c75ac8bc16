import type { EntityId } from "./entity.js";
import type { Inline } from "./inline.js";
import type { ImageRendition } from "./publishing.js";

/** Who made an image and who provided it. */
export interface Credit {
  /** The credit line as printed: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters". */
  text: string;
  /** Who made it (Person or Organization ids). */
  creators?: EntityId[];
  /** Who distributed it (Organization ids). */
  providers?: EntityId[];
}

/** An image with its caption and credit. The file may be unknown (no `url`). */
export interface Image {
  /** The image file (absolute http(s) URL). */
  url?: string;
  /** Text alternative for people who cannot see it. */
  alt?: string;
  /** The caption, as inline nodes (mentions allowed). */
  caption?: Inline[];
  credit?: Credit;
  /** Pixel width. */
  width?: number;
  /** Pixel height. */
  height?: number;
  /** What it shows (entity ids: an Event, people, places). */
  about?: EntityId[];
  /** The same picture in other sizes or crops (16×9, 4×3, 1×1), for `srcset` and the JSON-LD image list. */
  renditions?: ImageRendition[];
}
