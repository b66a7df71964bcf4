import { FieldOfAction, type FieldOfActionValue } from "@madani/model";
import { percentOf } from "../format/shares.js";
import type { GeneralAssemblyInput } from "./input.js";

/**
 * Activities and beneficiaries of one field of action.
 *
 * @example
 * ```ts
 * const row: FieldSummary = { field: "digital", activities: 2, beneficiaries: 51 };
 * ```
 */
export interface FieldSummary {
  readonly field: FieldOfActionValue;
  /** Number of activities in the field. */
  readonly activities: number;
  /** Sum of their beneficiaries (activities without a count add 0). */
  readonly beneficiaries: number;
}

/**
 * Beneficiaries of the period, added over the activities.
 *
 * @example
 * ```ts
 * const b: BeneficiaryCounts = { total: 120, female: 70, male: 40, unspecified: 10, children: 15 };
 * ```
 */
export interface BeneficiaryCounts {
  readonly total: number;
  readonly female: number;
  readonly male: number;
  /** Beneficiaries whose sex is not given: `total − female − male`, activity by activity. */
  readonly unspecified: number;
  /** Children among the beneficiaries, where given (they are also counted by sex). */
  readonly children: number;
}

/**
 * The figures of the moral report, computed from the activities, agreements
 * and income lines of a general-assembly input.
 *
 * @example
 * ```ts
 * const s: ActivitySummary = summarizeActivities(input);
 * s.byField[0]?.field;
 * ```
 */
export interface ActivitySummary {
  readonly activityCount: number;
  readonly beneficiaries: BeneficiaryCounts;
  /**
   * Female beneficiaries in percent of all beneficiaries, rounded half up to
   * one decimal; `undefined` when there are no beneficiaries.
   */
  readonly femaleShare: number | undefined;
  /** Distinct partners involved in the period, sorted by id. */
  readonly partnerIds: readonly string[];
  /** One row per field with activities: most activities first, then most beneficiaries, then the enumeration's order. */
  readonly byField: readonly FieldSummary[];
}

/**
 * Count the activities, beneficiaries and partners of a general-assembly input.
 *
 * @param input - an input checked by `validateGeneralAssemblyInput`.
 * @returns the counts the moral report shows.
 * @remarks Beneficiaries are added over activities, so a person who attended two
 * activities counts twice, as activity reports usually count them. The female
 * share is taken of all beneficiaries, those of unknown sex included, so it is
 * never overstated. Partners are the distinct organizations, other than the
 * association itself, that are partners of an activity, parties to a listed
 * agreement, or funders of an income line.
 * @example
 * ```ts
 * const s = summarizeActivities(input);
 * console.log(s.activityCount, s.beneficiaries.total, s.femaleShare);
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function summarizeActivities(input: GeneralAssemblyInput): ActivitySummary {
  const activities = input.activities ?? [];
  let total = 0;
  let female = 0;
  let male = 0;
  let children = 0;
  const fields = new Map<FieldOfActionValue, { activities: number; beneficiaries: number }>();
  for (const a of activities) {
    const b = a.beneficiaries;
    total += b?.total ?? 0;
    female += b?.female ?? 0;
    male += b?.male ?? 0;
    children += b?.children ?? 0;
    const f = fields.get(a.field) ?? { activities: 0, beneficiaries: 0 };
    fields.set(a.field, { activities: f.activities + 1, beneficiaries: f.beneficiaries + (b?.total ?? 0) });
  }
  const order = new Map(FieldOfAction.values.map((v, i) => [v, i]));
  const byField = [...fields.entries()]
    .map(([field, f]) => ({ field, ...f }))
    .sort(
      (x, y) =>
        y.activities - x.activities ||
        y.beneficiaries - x.beneficiaries ||
        (order.get(x.field) ?? 0) - (order.get(y.field) ?? 0),
    );
  const partners = new Set<string>();
  for (const a of activities) for (const id of a.partnerIds ?? []) partners.add(id);
  for (const agreement of input.agreements ?? []) for (const p of agreement.parties) partners.add(p.organizationId);
  for (const line of input.income ?? []) if (line.funderId !== undefined) partners.add(line.funderId);
  partners.delete(input.organization.id);
  return {
    activityCount: activities.length,
    beneficiaries: { total, female, male, unspecified: total - female - male, children },
    femaleShare: percentOf(female, total),
    partnerIds: [...partners].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    byField,
  };
}
