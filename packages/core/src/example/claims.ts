import type { Claim, StanceKind } from "../model/claim.js";
import type { ExampleEntityId } from "./entities.js";
import type { ExampleQuoteId } from "./quotes.js";

/** The id of a claim of the example article. */
export type ExampleClaimId = "russian-troops-in-syria";

/** A stance whose party and quote must be ones of the example. */
interface StanceDraft {
  stance: StanceKind;
  by: ExampleEntityId;
  quote?: ExampleQuoteId;
}

const stance = (kind: StanceKind, by: ExampleEntityId, quote?: ExampleQuoteId): StanceDraft =>
  quote === undefined ? { stance: kind, by } : { stance: kind, by, quote };

/**
 * The claim the example article is built around, and who takes which side
 * on it (`article.claims`), in the order the text gives each side. A stance
 * links the quote in which the party takes it; the media's have none, as the
 * text reports what they published, not what they said.
 *
 * @example
 * ```ts
 * import { claims } from "@newsdoc/core/example";
 * claims[0]?.stances.filter((s) => s.stance === "denies").map((s) => s.by);
 * // ["defence-ministry", "russian-government", "muallem", "eastern-military-district"]
 * ```
 */
export const claims: Claim[] = [
  {
    id: "russian-troops-in-syria",
    statement: "Russian troops are being sent to fight in Syria",
    stances: [
      stance("denies", "defence-ministry", "q-defence-ministry-denies"),
      stance("neither", "peskov", "q-peskov-would-consider"),
      // "published evidence purporting to show Russian military intervention
      // in Syria in the form of equipment and troops"
      stance("asserts", "israeli-media"),
      stance("asserts", "uk-media"),
      stance("neither", "white-house-spokesperson", "q-white-house-monitoring"),
      stance("denies", "russian-government", "q-government-denies"),
      stance("denies", "muallem", "q-muallem-dismisses"),
      stance("cannotVerify", "newsweek", "q-newsweek-cannot-verify"),
      stance("denies", "eastern-military-district", "q-eastern-military-district-denies"),
    ],
  } satisfies Omit<Claim, "id" | "stances"> & { id: ExampleClaimId; stances: StanceDraft[] },
];
