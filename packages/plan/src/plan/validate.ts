import {
  createValidator,
  type IssuePath,
  type Money,
  type Rule,
  type RuleContext,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import { type PlanIssueCode, type PlanRuleCode, planMessages } from "./messages.js";
import { type Plan, PlanSchema } from "./plan.js";
import { type Tier, tiersOf } from "./tier.js";

type Ctx = RuleContext<ValidateOptions, PlanRuleCode>;
type PlanRule = Rule<Plan, ValidateOptions, PlanRuleCode>;

function reportUnknown(ctx: Ctx, code: PlanRuleCode, id: string, path: IssuePath): void {
  ctx.report(code, path, { params: { id }, value: id });
}

/** Unique ids in the shared space of elements, indicators and activities, and within each other list. */
const uniqueIds: PlanRule = (plan, ctx) => {
  const check = (items: readonly { id: string }[], key: IssuePath, taken: Set<string>): void => {
    items.forEach((item, i) => {
      if (taken.has(item.id)) reportUnknown(ctx, "plan.duplicate_id", item.id, [...key, i, "id"]);
      taken.add(item.id);
    });
  };
  const framework = new Set<string>();
  check(plan.elements, ["elements"], framework);
  check(plan.indicators, ["indicators"], framework);
  check(plan.activities, ["activities"], framework);
  plan.activities.forEach((a, i) => {
    check(a.milestones ?? [], ["activities", i, "milestones"], new Set());
  });
  const c = plan.communication;
  if (c !== undefined) {
    check(c.audiences, ["communication", "audiences"], new Set());
    check(c.messages, ["communication", "messages"], new Set());
    check(c.channels, ["communication", "channels"], new Set());
  }
  check(plan.contributions ?? [], ["contributions"], new Set());
  check(plan.funders ?? [], ["funders"], new Set());
  check(plan.transactions ?? [], ["transactions"], new Set());
};

/** Every reference names an element, activity or audience of the plan, and a funder when the plan lists them. */
const references: PlanRule = (plan, ctx) => {
  const elements = new Set(plan.elements.map((e) => e.id));
  const activities = new Set(plan.activities.map((a) => a.id));
  const element = (id: string | undefined, path: IssuePath): void => {
    if (id !== undefined && !elements.has(id)) reportUnknown(ctx, "plan.unknown_element", id, path);
  };
  const activity = (id: string, path: IssuePath): void => {
    if (!activities.has(id)) reportUnknown(ctx, "plan.unknown_activity", id, path);
  };
  plan.elements.forEach((e, i) => {
    element(e.parentId, ["elements", i, "parentId"]);
  });
  plan.indicators.forEach((ind, i) => {
    element(ind.elementId, ["indicators", i, "elementId"]);
  });
  plan.activities.forEach((a, i) => {
    element(a.elementId, ["activities", i, "elementId"]);
    (a.dependsOn ?? []).forEach((d, j) => {
      activity(d.activityId, ["activities", i, "dependsOn", j, "activityId"]);
    });
  });
  (plan.contributions ?? []).forEach((c, i) => {
    element(c.elementId, ["contributions", i, "elementId"]);
  });
  // A transaction pays for an activity of the plan and, within it, one of its milestones.
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  (plan.transactions ?? []).forEach((t, i) => {
    if (t.activityId !== undefined) activity(t.activityId, ["transactions", i, "activityId"]);
    if (t.milestoneId === undefined) return;
    const owner = t.activityId === undefined ? undefined : byId.get(t.activityId);
    if (!(owner?.milestones ?? []).some((m) => m.id === t.milestoneId))
      reportUnknown(ctx, "plan.unknown_milestone", t.milestoneId, ["transactions", i, "milestoneId"]);
  });
  if (plan.funders !== undefined) {
    const funders = new Set(plan.funders.map((f) => f.id));
    plan.activities.forEach((a, i) => {
      (a.budget ?? []).forEach((line, j) => {
        if (line.funderId !== undefined && !funders.has(line.funderId)) {
          reportUnknown(ctx, "plan.unknown_funder", line.funderId, ["activities", i, "budget", j, "funderId"]);
        }
      });
    });
  }
  const c = plan.communication;
  if (c !== undefined) {
    const audiences = new Set(c.audiences.map((a) => a.id));
    c.messages.forEach((m, i) => {
      m.audienceIds.forEach((id, j) => {
        if (!audiences.has(id)) {
          reportUnknown(ctx, "plan.unknown_audience", id, ["communication", "messages", i, "audienceIds", j]);
        }
      });
    });
    c.actionActivityIds.forEach((id, i) => {
      activity(id, ["communication", "actionActivityIds", i]);
    });
  }
};

/** The tiers of the template, or `undefined` when a custom template does not give usable tiers. */
function usableTiers(plan: Plan, ctx: Ctx): readonly Tier[] | undefined {
  const tiers = tiersOf(plan.template);
  let usable = true;
  if (plan.template.kind === "custom" && tiers.length < 2) {
    ctx.report("plan.custom_template_tiers", ["template", "tiers"]);
    usable = false;
  }
  if (plan.template.kind === "custom") {
    const seen = new Set<string>();
    tiers.forEach((t, i) => {
      if (seen.has(t.key)) {
        ctx.report("plan.duplicate_tier_key", ["template", "tiers", i, "key"], {
          params: { key: t.key },
          value: t.key,
        });
        usable = false;
      }
      seen.add(t.key);
    });
  }
  return usable ? tiers : undefined;
}

/** Elements sit on the template's tiers, each child on the tier just below its parent's; activities hang below the last element tier. */
const tiers: PlanRule = (plan, ctx) => {
  const all = usableTiers(plan, ctx);
  if (all === undefined) return;
  const elementTiers = all.slice(0, -1).map((t) => t.key);
  const rank = new Map(elementTiers.map((key, i) => [key, i]));
  const byId = new Map(plan.elements.map((e) => [e.id, e]));
  const top = elementTiers[0];
  const last = elementTiers.at(-1);
  plan.elements.forEach((e, i) => {
    const r = rank.get(e.tier);
    if (r === undefined) {
      ctx.report("plan.unknown_tier", ["elements", i, "tier"], {
        params: { tier: e.tier, tiers: elementTiers.join(", ") },
        value: e.tier,
      });
      return;
    }
    if (r === 0) {
      if (e.parentId !== undefined) {
        ctx.report("plan.top_tier_with_parent", ["elements", i, "parentId"], { params: { tier: e.tier } });
      }
      return;
    }
    const expected = elementTiers[r - 1] ?? "";
    if (e.parentId === undefined) {
      ctx.report("plan.parent_required", ["elements", i, "parentId"], { params: { tier: e.tier, expected } });
      return;
    }
    const parent = byId.get(e.parentId);
    // An unknown parent is reported by `references`; a parent on an unknown tier by its own element.
    if (parent === undefined || !rank.has(parent.tier)) return;
    if (parent.tier !== expected) {
      ctx.report("plan.tier_mismatch", ["elements", i, "tier"], {
        params: { tier: e.tier, parentTier: parent.tier, expected },
        value: e.tier,
      });
    }
  });
  if (last === undefined || top === undefined) return;
  plan.activities.forEach((a, i) => {
    const element = byId.get(a.elementId);
    if (element === undefined || !rank.has(element.tier)) return;
    if (element.tier !== last) {
      ctx.report("plan.activity_tier_mismatch", ["activities", i, "elementId"], {
        params: { tier: element.tier, expected: last },
        value: a.elementId,
      });
    }
  });
};

/** Periods end on or after they start: the plan's and every activity's. */
const dates: PlanRule = (plan, ctx) => {
  const check = (startOn: string, endOn: string, path: IssuePath): void => {
    if (endOn < startOn)
      ctx.report("plan.end_before_start", path, { params: { start: startOn, end: endOn }, value: endOn });
  };
  check(plan.period.startOn, plan.period.endOn, ["period", "endOn"]);
  plan.activities.forEach((a, i) => {
    check(a.startOn, a.endOn, ["activities", i, "endOn"]);
  });
};

/** Every budget amount is in the currency of the first one. */
const currency: PlanRule = (plan, ctx) => {
  let expected: string | undefined;
  const check = (m: Money | undefined, path: IssuePath): void => {
    if (m === undefined) return;
    expected ??= m.currency;
    if (m.currency !== expected) {
      ctx.report("plan.currency_mismatch", [...path, "currency"], {
        params: { expected, currency: m.currency },
        value: m.currency,
      });
    }
  };
  plan.activities.forEach((a, i) => {
    (a.budget ?? []).forEach((line, j) => {
      const at: IssuePath = ["activities", i, "budget", j];
      check(line.planned, [...at, "planned"]);
      check(line.committed, [...at, "committed"]);
      check(line.spent, [...at, "spent"]);
      check(line.original, [...at, "original"]);
      (line.revisions ?? []).forEach((r, k) => {
        check(r.planned, [...at, "revisions", k, "planned"]);
      });
    });
  });
  (plan.transactions ?? []).forEach((t, i) => {
    check(t.amount, ["transactions", i, "amount"]);
  });
};

/**
 * A revised budget line keeps its history: its original amount, then revisions in date order, the last of which
 * is the amount planned now.
 */
const budgetRevisions: PlanRule = (plan, ctx) => {
  plan.activities.forEach((a, i) => {
    (a.budget ?? []).forEach((line, j) => {
      const revisions = line.revisions ?? [];
      const at: IssuePath = ["activities", i, "budget", j];
      const last = revisions[revisions.length - 1];
      if (last === undefined) return;
      if (line.original === undefined)
        ctx.report("plan.budget_revision_mismatch", [...at, "original"], { params: { reason: "original" } });
      if (last.planned.amount !== line.planned.amount || last.planned.currency !== line.planned.currency)
        ctx.report("plan.budget_revision_mismatch", [...at, "planned"], { params: { reason: "planned" } });
      revisions.forEach((r, k) => {
        const previous = revisions[k - 1];
        if (previous !== undefined && r.on < previous.on)
          ctx.report("plan.budget_revision_mismatch", [...at, "revisions", k, "on"], {
            params: { reason: "order" },
            value: r.on,
          });
      });
    });
  });
};

/** SDG targets belong to their goal ("16.3" to goal 16). */
const sdg: PlanRule = (plan, ctx) => {
  plan.elements.forEach((e, i) => {
    (e.sdg ?? []).forEach((ref, j) => {
      if (ref.target !== undefined && ref.target.split(".")[0] !== String(ref.goal)) {
        ctx.report("plan.sdg_target_mismatch", ["elements", i, "sdg", j, "target"], {
          params: { goal: ref.goal, target: ref.target },
          value: ref.target,
        });
      }
    });
  });
};

/** A rejected contribution says why. */
const contributions: PlanRule = (plan, ctx) => {
  (plan.contributions ?? []).forEach((c, i) => {
    if (c.handling === "rejected" && c.reason === undefined) {
      ctx.report("plan.rejection_without_reason", ["contributions", i, "reason"]);
    }
  });
};

const validator = createValidator(
  PlanSchema,
  [uniqueIds, references, tiers, dates, currency, budgetRevisions, sdg, contributions],
  planMessages,
);

/**
 * Check a strategic plan: its shape ({@link PlanSchema}) and the rules across its fields.
 *
 * @param input - any value (parsed JSON, a form, a stored document).
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns `{ ok: true, value, warnings }` with the checked plan, or `{ ok: false, issues }`.
 * Never throws on bad input.
 * @remarks Besides the shape, with their codes (all errors):
 * - `plan.duplicate_id`: ids are unique across elements, indicators and activities
 *   together, and within milestones of an activity, audiences, messages, channels, contributions, funders;
 * - `plan.unknown_element` (`parentId`, indicator and activity `elementId`, contribution
 *   `elementId`), `plan.unknown_activity` (`dependsOn[].activityId`, `actionActivityIds`),
 *   `plan.unknown_audience` (`messages[].audienceIds`), `plan.unknown_funder` (a budget line's
 *   `funderId`, when the plan lists its `funders`);
 * - `plan.custom_template_tiers`: a custom template lists at least two tiers (one for
 *   elements, then the activity tier); `plan.duplicate_tier_key`;
 * - `plan.unknown_tier`: an element's tier is a tier of the template other than the
 *   activity tier; `plan.top_tier_with_parent`: top-tier elements have no parent;
 *   `plan.parent_required`: other elements have one; `plan.tier_mismatch`: a child sits
 *   on the tier just below its parent's;
 * - `plan.activity_tier_mismatch`: an activity attaches to an element of the tier just
 *   above the activity tier (expected results in the default template, outputs in the EU logframe);
 * - `plan.end_before_start`: the plan period and every activity end on or after they start;
 * - `plan.currency_mismatch`: every budget amount (and every transaction) is in the currency of the first one;
 * - `plan.budget_revision_mismatch`: a revised budget line keeps its `original` amount, its revisions are in
 *   date order and the last one's amount is `planned`;
 * - `plan.unknown_milestone`: a transaction's `milestoneId` is a milestone of its `activityId`;
 * - `plan.sdg_target_mismatch`: an SDG target belongs to its goal;
 * - `plan.rejection_without_reason`: a rejected contribution gives its reason.
 *
 * Quality rules (indicators complete, activities inside the period, weights, cycles)
 * belong to the plan linter, not to validation.
 * @example
 * ```ts
 * const r = validatePlan(input, { locale: "ar" });
 * if (!r.ok) for (const i of r.issues) console.log(i.code, i.path.join("."), i.message);
 * ```
 */
export function validatePlan(input: unknown, options?: ValidateOptions): ValidationResult<Plan, PlanIssueCode> {
  return validator(input, options);
}
