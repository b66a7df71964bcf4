import {
  compareCodePoints,
  guardInput,
  isLocale,
  type Locale,
  localeOfOptions,
  type Organization,
  OrganizationSchema,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { canonicalJson, type FieldChoice } from "../storage/review.js";
import { type ReviewIssueCode, reviewIssue } from "./messages.js";

/**
 * The fields of an organization that a merge chooses (every field but `id`, which is the surviving id).
 */
export const MERGE_FIELDS = [
  "legalForm",
  "name",
  "acronym",
  "identifiers",
  "purpose",
  "fieldsOfAction",
  "targetGroups",
  "seat",
  "foundedOn",
  "lifecycle",
  "formerNames",
  "contacts",
  "bankAccount",
  "cooperative",
  "founders",
  "parentId",
  "memberOrganizationIds",
  "governingBodies",
  "declarations",
] as const satisfies readonly Exclude<keyof Organization, "id">[];

/** A field a merge chooses; see {@link MERGE_FIELDS}. */
export type MergeField = (typeof MERGE_FIELDS)[number];

/**
 * Survivorship rules: how a merge chooses a field's value among the records.
 *
 * - `survivor`: the surviving record's value (absent when it has none).
 * - `nonEmpty`: the first non-empty value, the surviving record first, then the others in id order.
 * - `longest`: per language, the longest text (text fields: `name`, `acronym`, `purpose`).
 * - `union`: every item of every record, without duplicates, the survivor's first (list fields).
 * - `earliest` / `latest`: the earliest or latest date (`foundedOn`).
 * - `mostRecentDeclaration`: the value of the record with the most recent declaration to the
 *   authorities (or, without declarations, the most recent mandate start on its governing bodies);
 *   records with neither come last, in `nonEmpty` order.
 */
export const SurvivorshipRule = z.enum([
  "survivor",
  "nonEmpty",
  "longest",
  "union",
  "earliest",
  "latest",
  "mostRecentDeclaration",
]);

/** A survivorship rule; see {@link SurvivorshipRule}. */
export type SurvivorshipRuleValue = z.infer<typeof SurvivorshipRule>;

/** Survivorship rules by field. */
export type SurvivorshipRules = { readonly [F in MergeField]: SurvivorshipRuleValue };

/**
 * The default survivorship rules: the legal form of the surviving record; the longest name,
 * acronym and purpose per language; the union of identifiers, contacts, fields of action, target
 * groups, former names, founders, member organizations and declarations; the earliest founding
 * date; the board and the seat of the record with the most recent declaration; otherwise the first
 * non-empty value.
 */
export const DEFAULT_SURVIVORSHIP: SurvivorshipRules = Object.freeze({
  legalForm: "survivor",
  name: "longest",
  acronym: "longest",
  identifiers: "union",
  purpose: "longest",
  fieldsOfAction: "union",
  targetGroups: "union",
  seat: "mostRecentDeclaration",
  foundedOn: "earliest",
  lifecycle: "nonEmpty",
  formerNames: "union",
  contacts: "union",
  bankAccount: "nonEmpty",
  cooperative: "nonEmpty",
  founders: "union",
  parentId: "nonEmpty",
  memberOrganizationIds: "union",
  governingBodies: "mostRecentDeclaration",
  declarations: "union",
});

const TEXT_FIELDS: ReadonlySet<MergeField> = new Set(["name", "acronym", "purpose"]);
const DATE_FIELDS: ReadonlySet<MergeField> = new Set(["foundedOn"]);
const LIST_FIELDS: ReadonlySet<MergeField> = new Set([
  "identifiers",
  "fieldsOfAction",
  "targetGroups",
  "formerNames",
  "contacts",
  "founders",
  "memberOrganizationIds",
  "governingBodies",
  "declarations",
]);

/** Whether a rule can choose a field's value. */
function applies(field: MergeField, rule: SurvivorshipRuleValue): boolean {
  switch (rule) {
    case "longest":
      return TEXT_FIELDS.has(field);
    case "union":
      return LIST_FIELDS.has(field);
    case "earliest":
    case "latest":
      return DATE_FIELDS.has(field);
    default:
      return true;
  }
}

/**
 * Options of {@link mergeOrganizations}.
 *
 * @example
 * ```ts
 * const options: MergeOptions = { survivorId: "org-12", rules: { foundedOn: "latest", governingBodies: "survivor" } };
 * ```
 */
export interface MergeOptions {
  /** The id that survives; default the smallest id (code-point order). */
  readonly survivorId?: string | undefined;
  /** Rules that replace the defaults of {@link DEFAULT_SURVIVORSHIP}, by field. */
  readonly rules?: Partial<SurvivorshipRules> | undefined;
  /** Language of the issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

/** Schema of {@link MergeOptions}. */
export const MergeOptionsSchema = z.strictObject({
  survivorId: z.string().min(1).max(200).optional(),
  rules: z.strictObject(Object.fromEntries(MERGE_FIELDS.map((f) => [f, SurvivorshipRule.optional()]))).optional(),
  locale: z.string().refine(isLocale).optional(),
});

/** What {@link mergeOrganizations} gives: the merged organization and why each field holds its value. */
export interface MergeResult {
  /** The merged organization, under the surviving id; valid against `OrganizationSchema`. */
  readonly organization: Organization;
  /** The surviving id. */
  readonly survivorId: string;
  /** The other ids, in code-point order. */
  readonly mergedIds: readonly string[];
  /**
   * One entry per field that has a value (per language for text fields, e.g. `name.fr`),
   * in the order of {@link MERGE_FIELDS}: the rule and the record(s) the value came from.
   */
  readonly explanation: readonly FieldChoice[];
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/** The date a record was last declared or renewed: its latest declaration, else its latest mandate start. */
function recency(org: Organization): string | undefined {
  let best: string | undefined;
  const see = (d: string | undefined) => {
    if (d !== undefined && (best === undefined || d > best)) best = d;
  };
  for (const d of org.declarations ?? []) see(d.declaredOn ?? d.receiptOn ?? d.changedOn);
  if (best !== undefined) return best;
  for (const body of org.governingBodies ?? []) for (const m of body.mandates) see(m.electedOn ?? m.startOn);
  return best;
}

/** The key two items of a list are the same by: identifiers by scheme and id, contacts by kind and value. */
function itemKey(field: MergeField, item: unknown): string {
  if (field === "identifiers") {
    const i = item as { scheme: string; id: string };
    return `${i.scheme}:${i.id}`;
  }
  if (field === "contacts") {
    const c = item as { kind: string; value: string };
    return `${c.kind}:${c.value.trim().toLowerCase()}`;
  }
  return canonicalJson(item);
}

type Chosen = { readonly value: unknown; readonly choices: FieldChoice[] };

/** Choose one field's value among the records (survivor first, then the others in id order). */
function choose(field: MergeField, rule: SurvivorshipRuleValue, ordered: readonly Organization[]): Chosen {
  const get = (o: Organization): unknown => o[field];
  const single = (o: Organization | undefined): Chosen =>
    o === undefined || isEmpty(get(o))
      ? { value: undefined, choices: [] }
      : { value: get(o), choices: [{ field, rule, source: o.id, sources: [o.id] }] };
  const withValue = ordered.filter((o) => !isEmpty(get(o)));
  switch (rule) {
    case "survivor":
      return single(ordered[0]);
    case "nonEmpty":
      return single(withValue[0]);
    case "earliest":
    case "latest": {
      let best: Organization | undefined;
      for (const o of withValue) {
        const d = get(o) as string;
        const b = best === undefined ? undefined : (get(best) as string);
        if (b === undefined || (rule === "earliest" ? d < b : d > b)) best = o;
      }
      return single(best);
    }
    case "mostRecentDeclaration": {
      let best: Organization | undefined;
      let bestDate: string | undefined;
      for (const o of withValue) {
        const d = recency(o);
        if (best === undefined || (d !== undefined && (bestDate === undefined || d > bestDate))) {
          best = o;
          bestDate = d;
        }
      }
      return single(best);
    }
    case "longest": {
      const out: Record<string, string> = {};
      const choices: FieldChoice[] = [];
      for (const lang of ["ar", "fr", "en", "zgh"] as const) {
        let best: Organization | undefined;
        let bestText: string | undefined;
        for (const o of withValue) {
          const t = (get(o) as Partial<Record<string, string>>)[lang];
          if (t !== undefined && (bestText === undefined || [...t].length > [...bestText].length)) {
            best = o;
            bestText = t;
          }
        }
        if (best !== undefined && bestText !== undefined) {
          out[lang] = bestText;
          choices.push({ field: `${field}.${lang}`, rule, source: best.id, sources: [best.id] });
        }
      }
      return choices.length === 0 ? { value: undefined, choices } : { value: out, choices };
    }
    case "union": {
      const seen = new Set<string>();
      const items: unknown[] = [];
      const sources: string[] = [];
      for (const o of withValue) {
        let added = false;
        for (const item of get(o) as readonly unknown[]) {
          const key = itemKey(field, item);
          if (seen.has(key)) continue;
          seen.add(key);
          items.push(item);
          added = true;
        }
        if (added) sources.push(o.id);
      }
      const first = sources[0];
      return first === undefined
        ? { value: undefined, choices: [] }
        : { value: items, choices: [{ field, rule, source: first, sources }] };
    }
  }
}

/**
 * Merge records of one organization into one, field by field, with survivorship rules, and explain
 * each field's value.
 *
 * @remarks The surviving id (default: the smallest, code-point order) keeps its id; the other
 * records are read after it in id order, so the result does not depend on the order of `records`.
 * Each field is chosen by its rule ({@link DEFAULT_SURVIVORSHIP}, overridden by `options.rules`;
 * see {@link SurvivorshipRule}). The merged organization is checked against `OrganizationSchema`:
 * a union with more items than a field allows, say, gives `review.merged_invalid` naming the field
 * (choose another rule for it) instead of a record the store would refuse. Pure and deterministic;
 * never throws.
 * @param records - two or more valid organizations with distinct ids.
 * @param options - {@link MergeOptions}.
 * @returns the merged organization, the merged-away ids and the explanation; or `review.invalid_records`,
 * `review.invalid_option`, `review.unknown_survivor`, `review.rule_not_applicable` or `review.merged_invalid`.
 * @example
 * ```ts
 * const r = mergeOrganizations([a, b], { rules: { governingBodies: "survivor" } });
 * if (r.ok) for (const c of r.value.explanation) console.log(c.field, c.rule, c.source);
 * ```
 */
export function mergeOrganizations(
  records: readonly Organization[],
  options: MergeOptions = {},
): Result<MergeResult, ReviewIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    const fail = (
      code: ReviewIssueCode,
      path: (string | number)[],
      params: Record<string, string | number> = {},
    ): Result<MergeResult, ReviewIssueCode> => ({ ok: false, issues: [reviewIssue(code, locale, path, params)] });
    const checked = MergeOptionsSchema.safeParse(options ?? {});
    if (!checked.success) {
      const first = checked.error.issues[0];
      const option = first?.code === "unrecognized_keys" ? first.keys[0] : first?.path.join(".");
      return fail("review.invalid_option", ["options"], { option: String(option || "options") });
    }
    if (!Array.isArray(records) || records.length < 2) return fail("review.invalid_records", [], { index: 0 });
    const ids = new Set<string>();
    for (const [i, r] of records.entries()) {
      if (!OrganizationSchema.safeParse(r).success || ids.has((r as Organization).id)) {
        return fail("review.invalid_records", [i], { index: i });
      }
      ids.add((r as Organization).id);
    }
    const sorted = [...records].sort((x, y) => compareCodePoints(x.id, y.id));
    const survivorId = checked.data.survivorId ?? (sorted[0] as Organization).id;
    const survivor = sorted.find((o) => o.id === survivorId);
    if (survivor === undefined) return fail("review.unknown_survivor", ["survivorId"], { id: survivorId });
    const ordered = [survivor, ...sorted.filter((o) => o !== survivor)];
    const rules: SurvivorshipRules = { ...DEFAULT_SURVIVORSHIP, ...(checked.data.rules as Partial<SurvivorshipRules>) };
    const merged: Record<string, unknown> = { id: survivorId };
    const explanation: FieldChoice[] = [];
    for (const field of MERGE_FIELDS) {
      const rule = rules[field];
      if (!applies(field, rule)) return fail("review.rule_not_applicable", ["rules", field], { field, rule });
      const { value, choices } = choose(field, rule, ordered);
      if (value !== undefined) merged[field] = structuredClone(value);
      explanation.push(...choices);
    }
    const valid = OrganizationSchema.safeParse(merged);
    if (!valid.success) {
      const field = String(valid.error.issues[0]?.path[0] ?? "");
      return fail("review.merged_invalid", [field], { field });
    }
    return {
      ok: true,
      value: {
        organization: merged as Organization,
        survivorId,
        mergedIds: ordered.slice(1).map((o) => o.id),
        explanation,
      },
    };
  });
}
