import type { IsoDate } from "@madani/model";
import { type Actual, currentActual } from "../indicator/progress.js";
import type { Plan, PlanIndicator } from "../plan/plan.js";

/** What one member organization's indicator contributes to a network indicator. */
export interface MemberContribution {
  /** The member's plan id and organization id. */
  readonly planId: string;
  readonly organizationId: string;
  readonly indicatorId: string;
  /** The member indicator's current actual, or `undefined` (missing indicator or no approved data). */
  readonly actual: Actual | undefined;
  /** Why the member does not count, when it does not. */
  readonly skipped?: "missing-indicator" | "no-data" | "no-ratio" | "measure-mismatch";
}

/** The network indicator's actual and the contribution of each member. */
export interface NetworkActual {
  /** Summed counts, or for percentages and ratios the ratio of summed numerators and denominators; `undefined` without data. */
  readonly actual: Actual | undefined;
  readonly contributions: readonly MemberContribution[];
}

/**
 * The actual of a network's indicator from its member organizations' indicators.
 *
 * @param network - the network plan's indicator (its `measure` decides how members combine).
 * @param members - each member's plan and the id of its indicator that contributes.
 * @param asOf - the date to read the members' current actuals on.
 * @returns the network actual and the per-member contributions.
 * @remarks Counts (measure `number`) are summed. Percentages and ratios are recomputed from the
 * summed numerators and denominators, never averaged: a member whose percentage or ratio has
 * no numerator and denominator is skipped (`no-ratio`). A member indicator with another
 * measure is skipped (`measure-mismatch`). Other measures cannot be combined across
 * organizations: the actual is `undefined` and every member is listed.
 * @example
 * ```ts
 * const r = networkIndicatorActual({ indicator: netInd }, [{ plan: planA, indicatorId: "a1" }, { plan: planB, indicatorId: "b1" }], "2025-12-31");
 * r.actual; // { value: 40, numerator: 40, denominator: 100 }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function networkIndicatorActual(
  network: { readonly indicator: PlanIndicator },
  members: readonly { readonly plan: Plan; readonly indicatorId: string }[],
  asOf: IsoDate,
): NetworkActual {
  const measure = network.indicator.measure;
  const contributions: MemberContribution[] = [];
  let sum = 0;
  let numerator = 0;
  let denominator = 0;
  let counted = 0;
  for (const m of members) {
    const base = { planId: m.plan.id, organizationId: m.plan.organizationId, indicatorId: m.indicatorId };
    const indicator = m.plan.indicators.find((i) => i.id === m.indicatorId);
    if (indicator === undefined) {
      contributions.push({ ...base, actual: undefined, skipped: "missing-indicator" });
      continue;
    }
    const actual = currentActual(indicator, asOf);
    if (indicator.measure !== measure) {
      contributions.push({ ...base, actual, skipped: "measure-mismatch" });
      continue;
    }
    if (actual === undefined) {
      contributions.push({ ...base, actual, skipped: "no-data" });
      continue;
    }
    if (measure === "percentage" || measure === "ratio") {
      if (actual.numerator === undefined || actual.denominator === undefined) {
        contributions.push({ ...base, actual, skipped: "no-ratio" });
        continue;
      }
      numerator += actual.numerator;
      denominator += actual.denominator;
    } else {
      sum += actual.value;
    }
    counted++;
    contributions.push({ ...base, actual });
  }
  let actual: Actual | undefined;
  if (measure === "number" && counted > 0) actual = { value: sum };
  else if (measure === "percentage" && denominator > 0)
    actual = { value: (numerator / denominator) * 100, numerator, denominator };
  else if (measure === "ratio" && denominator > 0) actual = { value: numerator / denominator, numerator, denominator };
  return { actual, contributions };
}
