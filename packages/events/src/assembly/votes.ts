import { atBoundary, type BoundaryIssueCode, defineEnumeration, makeIssue, type Result } from "@madani/model";
import * as z from "zod";
import type { AssemblyIssueCode } from "./messages.js";
import { assemblyMessages } from "./messages.js";
import { type AssemblyOptions, invalidInput } from "./quorum.js";

/**
 * Majorities a decision of a general assembly may require, with labels in ar, fr and en.
 *
 * @remarks
 * - `simple`: more votes for than against; abstentions do not count.
 * - `absolute`: more than half of the voters (members present or represented
 *   when given, else of the votes cast, abstentions included).
 * - `two-thirds`: at least two thirds of the same base (statutes changes,
 *   dissolution, in most statutes).
 * @example
 * ```ts
 * labelOf(Majority, "two-thirds", "ar"); // "أغلبية الثلثين"
 * ```
 */
export const Majority = defineEnumeration("majority", {
  simple: { ar: "الأغلبية النسبية", fr: "Majorité simple", en: "Simple majority" },
  absolute: { ar: "الأغلبية المطلقة", fr: "Majorité absolue", en: "Absolute majority" },
  "two-thirds": { ar: "أغلبية الثلثين", fr: "Majorité des deux tiers", en: "Two-thirds majority" },
});

/** A majority; see {@link Majority}. */
export type MajorityValue = (typeof Majority.values)[number];

const count = z.int().min(0).max(10_000_000);

/**
 * Schema of a vote: the majority required and the votes for, against and
 * abstaining; `voters` (members present or represented) when known.
 */
export const VoteSchema = z.strictObject({
  majority: Majority.schema,
  for: count,
  against: count,
  abstain: count.optional(),
  voters: count.optional(),
});

/** A vote; see {@link VoteSchema}. */
export type Vote = z.infer<typeof VoteSchema>;

/** The outcome of a vote. */
export interface VoteOutcome {
  /** Whether the motion is adopted. */
  readonly adopted: boolean;
  /** The fewest votes for that would adopt it with the same base. */
  readonly required: number;
  /** Votes cast: for + against + abstentions. */
  readonly cast: number;
  /** The base the majority is computed on (votes for and against for `simple`). */
  readonly base: number;
}

/**
 * Tally a vote with a simple, absolute or two-thirds majority.
 *
 * @param input - the vote (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns whether it is adopted and the votes it needed, or issues
 * `assembly.invalid_input`, `assembly.votes_exceed_voters`.
 * @remarks Integer arithmetic: absolute majority is `2 × for > base`,
 * two thirds `3 × for ≥ 2 × base`. A tie is never a simple majority.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * tallyVote({ majority: "two-thirds", for: 20, against: 8, abstain: 2 }); // adopted: true (20 ≥ 20)
 * ```
 */
export function tallyVote(
  input: unknown,
  options: AssemblyOptions = {},
): Result<VoteOutcome, AssemblyIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = VoteSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error, locale);
    const v = parsed.data;
    const cast = v.for + v.against + (v.abstain ?? 0);
    if (v.voters !== undefined && cast > v.voters) {
      return {
        ok: false,
        issues: [
          makeIssue(assemblyMessages, "assembly.votes_exceed_voters", locale, ["voters"], {
            params: { cast, voters: v.voters },
          }),
        ],
      };
    }
    const base = v.majority === "simple" ? v.for + v.against : (v.voters ?? cast);
    let required: number;
    switch (v.majority) {
      case "simple":
        required = v.against + 1;
        break;
      case "absolute":
        required = Math.floor(base / 2) + 1;
        break;
      case "two-thirds":
        required = Math.floor((2 * base + 2) / 3);
        break;
    }
    return { ok: true, value: { adopted: v.for >= required && v.for > 0, required, cast, base } };
  });
}
