import { type ClaimId, defineNode } from "@newsdoc/core";
import { z } from "zod";

/**
 * A reader poll: a question, its answers, and when voting closes. A custom
 * block node: newsdoc has no poll, so this example adds one.
 */
export interface Poll {
  /** Always `"poll"`. */
  type: "poll";
  /** The question readers answer. */
  question: string;
  /** The answers to choose from, two or more, each once. */
  options: string[];
  /** When voting closes: ISO 8601 with offset. */
  closes?: string;
  /** The claim (in `article.claims`) the poll asks about. */
  claim?: ClaimId;
}

// The type side: every exhaustive handler map must now handle `poll`.
declare module "@newsdoc/core" {
  interface CustomBlocks {
    poll: Poll;
  }
}

/** The poll's schema: strict, like newsdoc's own, so a misspelt key is an error. */
export const PollSchema = z.strictObject({
  type: z.literal("poll"),
  question: z.string().trim().min(1, "A poll needs a question."),
  options: z
    .array(z.string().trim().min(1, "An answer cannot be empty."))
    .min(2, "A poll needs at least two answers.")
    .refine((options) => new Set(options).size === options.length, "Each answer only once."),
  closes: z.iso.datetime({ offset: true }).exactOptional(),
  claim: z.string().exactOptional(),
});

/**
 * The runtime side: the schema `parseArticle(input, { nodes: [pollNode] })`
 * checks polls with, the reference the walkers follow (`claim` → the
 * claims registry), and the poll's plain text (for JSON-LD's word count
 * and `plainText`).
 */
export const pollNode = defineNode<Poll>({
  type: "poll",
  schema: PollSchema,
  references: { claim: { registry: "claims", role: "a poll's claim" } },
  text: (poll) => [poll.question, ...poll.options].join("\n"),
});
