import type { Image } from "../model/image.js";
import { m } from "./builders.js";

/**
 * The lead image of the example article: the source prints its caption and
 * credit but gives no file, alt text or size, so `url`, `alt`, `width` and
 * `height` stay empty (and lint says so). It shows the Kremlin meeting of
 * June 29, 2015, the one date the source fixes.
 */
export const leadImage: Image = {
  caption: [
    "Russian President ",
    m("putin", "Vladimir Putin"),
    " (R), Foreign Minister ",
    m("lavrov", "Sergei Lavrov"),
    " (L) and Syrian Foreign Minister ",
    m("muallem", "Walid al-Muallem"),
    " (back to camera) attend a ",
    m("kremlin-meeting", "meeting at the Kremlin"),
    " in ",
    m("moscow", "Moscow"),
    ", ",
    m("russia", "Russia"),
    ", June 29, 2015. ",
    m("muallem", "Muallem"),
    " said on a visit to ",
    m("moscow", "Moscow"),
    " on Monday that top ally ",
    m("russia", "Russia"),
    " had promised to send political, economic and military aid to his country.",
  ],
  credit: {
    text: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters",
    creators: ["nikolsky"],
    providers: ["ria-novosti", "kremlin", "reuters"],
  },
  about: ["kremlin-meeting"],
};
