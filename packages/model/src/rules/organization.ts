import { addMonthsToDate } from "../date.js";
import { ASSOCIATIVE_FORMS, GROUPING_FORMS } from "../organization/legalForm.js";
import type { Lifecycle } from "../organization/lifecycle.js";
import type { Organization } from "../organization/organization.js";
import type { ValidateOptions } from "../validation.js";
import type { Rule } from "../validator.js";
import { WARNING } from "../validator.js";
import { checkGoverningBody } from "./board.js";
import { checkPast } from "./dates.js";

/** Options of `validateOrganization`. */
export interface ValidateOrganizationOptions extends ValidateOptions {
  /**
   * Fewest members a cooperative may have (`cooperative.members_min`). Default 5,
   * the number Law 112-12 sets for a cooperative of natural persons; set it to
   * the figure your statutes or the law give for other cases (e.g. a union).
   */
  readonly cooperativeMinMembers?: number;
}

/** Minimum share capital of a cooperative, in centimes (1,000 MAD; Law 112-12). */
export const COOPERATIVE_MIN_CAPITAL = 100_000;
/** Minimum value of a cooperative share, in centimes (100 MAD; Law 112-12). */
export const COOPERATIVE_MIN_SHARE = 10_000;
/** Default fewest members of a cooperative (Law 112-12). */
export const COOPERATIVE_DEFAULT_MIN_MEMBERS = 5;

/** Pairs of legal-life dates that must come in this order. */
const LIFECYCLE_ORDER: readonly (readonly [keyof Lifecycle, keyof Lifecycle])[] = [
  ["declaredOn", "provisionalReceiptOn"],
  ["provisionalReceiptOn", "finalReceiptOn"],
  ["declaredOn", "finalReceiptOn"],
  ["finalReceiptOn", "publicUtilityOn"],
  ["suspendedOn", "resumedOn"],
  ["declaredOn", "dissolvedOn"],
];

/** Dahir 1-58-376, art. 1: an association is formed by two or more persons. */
const founders: Rule<Organization> = (org, ctx) => {
  if (!ASSOCIATIVE_FORMS.includes(org.legalForm) || org.founders === undefined) return;
  if (org.founders.length < 2) {
    ctx.report("association.founders_min", ["founders"], { params: { count: org.founders.length } });
  }
};

/** Legal-life dates in order, after the founding date; recorded dates not after `asOf`. */
const lifecycle: Rule<Organization> = (org, ctx) => {
  const l = org.lifecycle;
  checkPast(ctx, [
    [org.foundedOn, ["foundedOn"]],
    ...(org.formerNames ?? []).map((f, i) => [f.until, ["formerNames", i, "until"]] as const),
  ]);
  if (l === undefined) return;
  checkPast(
    ctx,
    (Object.keys(l) as (keyof Lifecycle)[]).map((k) => [l[k], ["lifecycle", k]] as const),
  );
  for (const [a, b] of LIFECYCLE_ORDER) {
    const first = l[a];
    const second = l[b];
    if (first !== undefined && second !== undefined && second < first) {
      ctx.report("lifecycle.order", ["lifecycle", b], { params: { first: a, second: b }, value: second });
    }
  }
  if (org.foundedOn !== undefined) {
    for (const k of Object.keys(l) as (keyof Lifecycle)[]) {
      const d = l[k];
      if (d !== undefined && d < org.foundedOn) {
        ctx.report("lifecycle.order", ["lifecycle", k], { params: { first: "foundedOn", second: k }, value: d });
      }
    }
  }
};

/** Dahir 1-58-376, art. 5: changes are declared within one month. */
const declarations: Rule<Organization> = (org, ctx) => {
  (org.declarations ?? []).forEach((d, i) => {
    const path = ["declarations", i];
    checkPast(ctx, [
      [d.changedOn, [...path, "changedOn"]],
      [d.declaredOn, [...path, "declaredOn"]],
      [d.receiptOn, [...path, "receiptOn"]],
    ]);
    if (d.declaredOn !== undefined && d.declaredOn < d.changedOn) {
      ctx.report("association.declaration_before_change", [...path, "declaredOn"], { value: d.declaredOn });
      return;
    }
    if (!ASSOCIATIVE_FORMS.includes(org.legalForm)) return;
    const dueOn = addMonthsToDate(d.changedOn, 1);
    if (d.declaredOn !== undefined && d.declaredOn > dueOn) {
      ctx.report("association.declaration_late", [...path, "declaredOn"], {
        params: { dueOn },
        value: d.declaredOn,
        ...WARNING,
      });
    } else if (d.declaredOn === undefined && ctx.asOf !== undefined && ctx.asOf > dueOn) {
      ctx.report("association.declaration_overdue", path, { params: { dueOn }, ...WARNING });
    }
  });
};

/** Law 112-12: capital and share minimums; minimum member count (option). */
const cooperative: Rule<Organization, ValidateOrganizationOptions> = (org, ctx) => {
  const c = org.cooperative;
  if (c === undefined) return;
  if (org.legalForm !== "cooperative" && org.legalForm !== "cooperative-union") {
    ctx.report("organization.cooperative_details_forbidden", ["cooperative"], { value: org.legalForm });
    return;
  }
  for (const [money, field] of [
    [c.capital, "capital"],
    [c.shareValue, "shareValue"],
  ] as const) {
    if (money.currency !== "MAD")
      ctx.report("cooperative.currency", ["cooperative", field, "currency"], { value: money.currency });
  }
  if (c.capital.currency === "MAD" && c.capital.amount < COOPERATIVE_MIN_CAPITAL) {
    ctx.report("cooperative.capital_min", ["cooperative", "capital", "amount"], {
      params: { minimum: "1000 MAD" },
      value: c.capital.amount,
    });
  }
  if (c.shareValue.currency === "MAD" && c.shareValue.amount < COOPERATIVE_MIN_SHARE) {
    ctx.report("cooperative.share_min", ["cooperative", "shareValue", "amount"], {
      params: { minimum: "100 MAD" },
      value: c.shareValue.amount,
    });
  }
  const min = ctx.options.cooperativeMinMembers ?? COOPERATIVE_DEFAULT_MIN_MEMBERS;
  if (c.memberCount !== undefined && c.memberCount < min) {
    ctx.report("cooperative.members_min", ["cooperative", "memberCount"], {
      params: { minimum: min },
      value: c.memberCount,
    });
  }
};

/** Member organizations only for groupings; no organization is its own parent or member. */
const structure: Rule<Organization> = (org, ctx) => {
  if (
    org.memberOrganizationIds !== undefined &&
    org.memberOrganizationIds.length > 0 &&
    !GROUPING_FORMS.includes(org.legalForm)
  ) {
    ctx.report("organization.members_not_grouping", ["memberOrganizationIds"], { value: org.legalForm });
  }
  if (org.parentId === org.id) ctx.report("organization.self_reference", ["parentId"], { value: org.parentId });
  const selfIndex = org.memberOrganizationIds?.indexOf(org.id) ?? -1;
  if (selfIndex >= 0)
    ctx.report("organization.self_reference", ["memberOrganizationIds", selfIndex], { value: org.id });
};

/** Board rules on every embedded governing body. */
const bodies: Rule<Organization> = (org, ctx) => {
  (org.governingBodies ?? []).forEach((b, i) => {
    checkGoverningBody(b, ctx, ["governingBodies", i]);
  });
};

/**
 * Option check: `cooperativeMinMembers` is a non-negative integer.
 */
const options: Rule<Organization, ValidateOrganizationOptions> = (_org, ctx) => {
  const m = ctx.options.cooperativeMinMembers;
  if (m !== undefined && (typeof m !== "number" || !Number.isInteger(m) || m < 0)) {
    ctx.report("schema.invalid_option", [], { params: { option: "cooperativeMinMembers" }, value: m });
  }
};

/** The rules `validateOrganization` runs after the shape check. */
export const organizationRules: readonly Rule<Organization, ValidateOrganizationOptions>[] = [
  options,
  founders,
  lifecycle,
  declarations,
  cooperative,
  structure,
  bodies,
];
