import type { EntityId } from "@newsdoc/core/kit";
import type { Construction } from "./construction.js";

/** Who may have said a quote, how sure annotate is, and why. */
export interface SpeakerProposal {
  /** The registry entity (a Person or Organization); absent when the words name no such entity. */
  readonly entity?: EntityId;
  /** The words that name the speaker ("Peskov", "a spokesperson for the Ministry of Defence", "he"). */
  readonly text: string;
  /** 0–1; 0 when `entity` is absent. */
  readonly confidence: number;
  /** Which construction matched. */
  readonly construction: Construction;
  /** The reporting verb as printed ("added", "told", "said"), when the construction has one. */
  readonly verb?: string;
  /** Why no entity: the words name nothing in the registry, a place, or more than one entity. */
  readonly unresolved?:
    | "not-in-registry"
    | "not-a-person-or-organization"
    | "ambiguous"
    | "pronoun-ambiguous";
  /** For `ambiguous`: the entities the words may denote. */
  readonly candidates?: readonly EntityId[];
}
