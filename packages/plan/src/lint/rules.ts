import type { IssuePath, MessageParams, MessageTemplate, Money, Severity } from "@madani/model";
import { brokenDown, groupsOf } from "../indicator/breakdown.js";
import { additive, periodBreakdowns } from "../indicator/category.js";
import type { Indicator } from "../indicator/indicator.js";
import { hcpPlace } from "../indicator/places.js";
import { lifeOfProjectTarget } from "../indicator/progress.js";
import type { Plan } from "../plan/plan.js";
import { tiersOf } from "../plan/tier.js";
import { isOverdue } from "../schedule/overdue.js";
import type { LintCode } from "./messages.js";

/** The stable names of the rules of {@link lintPlan}. */
export type LintRuleName =
  | "objective-has-indicator"
  | "indicator-complete"
  | "targets-in-plan-period"
  | "activities-in-plan-period"
  | "activity-has-responsible"
  | "unique-codes"
  | "weights-sum-100"
  | "budget-consistent"
  | "no-dependency-cycle"
  | "maintain-has-band"
  | "percentage-has-ratio"
  | "activity-not-overdue"
  | "place-is-hcp-code"
  | "breakdowns-agree"
  | "category-targets-sum";

/**
 * The description of one lint rule, for apps that list or configure the rules.
 *
 * @example
 * ```ts
 * const info: LintRuleInfo | undefined = LINT_RULES.find((r) => r.name === "unique-codes");
 * ```
 */
export interface LintRuleInfo {
  /** Stable name, accepted by the `rules` option of {@link lintPlan}. */
  readonly name: LintRuleName;
  /** Severity of every finding of the rule. */
  readonly severity: Severity;
  /** The issue codes the rule can report, all keys of {@link lintMessages}. */
  readonly codes: readonly LintCode[];
  /** What the rule checks, in ar, fr and en. */
  readonly description: MessageTemplate;
}

/** What a rule check receives: the plan, the date of the check, and a way to report findings. */
export interface RuleContext {
  readonly asOf: string | undefined;
  report(code: LintCode, path: IssuePath, params?: MessageParams): void;
}

type Check = (plan: Plan, ctx: RuleContext) => void;

/** Tolerance of the weights sum, for weights such as 33.33 + 33.33 + 33.34. */
const WEIGHT_TOLERANCE = 1e-6;

/** Every element of a tier above the last element tier has an indicator on itself or below it. */
const objectiveHasIndicator: Check = (plan, ctx) => {
  const elementTiers = tiersOf(plan.template).slice(0, -1);
  const lastTier = elementTiers.at(-1)?.key;
  const children = new Map<string, string[]>();
  for (const e of plan.elements) {
    if (e.parentId === undefined) continue;
    const list = children.get(e.parentId) ?? [];
    list.push(e.id);
    children.set(e.parentId, list);
  }
  const withOwn = new Set(plan.indicators.map((i) => i.elementId));
  const memo = new Map<string, boolean>();
  const covered = (id: string, seen: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false; // a parent cycle cannot pass validatePlan; stay safe anyway
    seen.add(id);
    const result = withOwn.has(id) || (children.get(id) ?? []).some((c) => covered(c, seen));
    memo.set(id, result);
    return result;
  };
  plan.elements.forEach((e, i) => {
    if (e.tier === lastTier) return;
    if (!covered(e.id, new Set())) ctx.report("lint.objective_without_indicator", ["elements", i], { code: e.code });
  });
};

/** Every indicator has a baseline, a target, a unit (numbers), a data source, a frequency and a responsible. */
const indicatorComplete: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    const at: IssuePath = ["indicators", i];
    const missing = (code: LintCode, field: string, path: IssuePath = [...at, field]): void => {
      ctx.report(code, path, { code: ind.code, missing: field });
    };
    if (ind.baseline === undefined) missing("lint.indicator_missing_baseline", "baseline");
    if (!ind.periods.some((p) => p.target !== undefined))
      missing("lint.indicator_missing_target", "target", [...at, "periods"]);
    if (ind.measure === "number" && ind.unit === undefined) missing("lint.indicator_missing_unit", "unit");
    if (ind.dataSource === undefined) missing("lint.indicator_missing_data_source", "dataSource");
    if (ind.frequency === undefined) missing("lint.indicator_missing_frequency", "frequency");
    if (ind.responsible === undefined || ind.responsible.trim() === "") {
      missing("lint.indicator_missing_responsible", "responsible");
    }
  });
};

function outside(plan: Plan, startOn: string, endOn: string): boolean {
  return startOn < plan.period.startOn || endOn > plan.period.endOn;
}

/** Periods that carry a target lie inside the plan period. */
const targetsInPlanPeriod: Check = (plan, ctx) => {
  const { startOn: planStart, endOn: planEnd } = plan.period;
  plan.indicators.forEach((ind, i) => {
    ind.periods.forEach((p, j) => {
      if (p.target !== undefined && outside(plan, p.startOn, p.endOn)) {
        ctx.report("lint.target_outside_period", ["indicators", i, "periods", j], {
          code: ind.code,
          start: p.startOn,
          end: p.endOn,
          planStart,
          planEnd,
        });
      }
    });
  });
};

/** Activities start and end inside the plan period. */
const activitiesInPlanPeriod: Check = (plan, ctx) => {
  const { startOn: planStart, endOn: planEnd } = plan.period;
  plan.activities.forEach((a, i) => {
    if (outside(plan, a.startOn, a.endOn)) {
      ctx.report("lint.activity_outside_period", ["activities", i], {
        code: a.code,
        start: a.startOn,
        end: a.endOn,
        planStart,
        planEnd,
      });
    }
  });
};

/** Every activity names its responsible. */
const activityHasResponsible: Check = (plan, ctx) => {
  plan.activities.forEach((a, i) => {
    if (a.responsible === undefined) {
      ctx.report("lint.activity_without_responsible", ["activities", i, "responsible"], { code: a.code });
    }
  });
};

/** Codes are unique across elements, indicators and activities together; every repeat is reported. */
const uniqueCodes: Check = (plan, ctx) => {
  const seen = new Set<string>();
  const check = (items: readonly { code: string }[], key: string): void => {
    items.forEach((item, i) => {
      if (seen.has(item.code)) ctx.report("lint.duplicate_code", [key, i, "code"], { code: item.code });
      seen.add(item.code);
    });
  };
  check(plan.elements, "elements");
  check(plan.indicators, "indicators");
  check(plan.activities, "activities");
};

interface WeightGroup {
  readonly parent: string;
  readonly members: { readonly weight?: number | undefined; readonly index: number }[];
}

function checkWeights(
  groups: Iterable<WeightGroup>,
  key: "elements" | "indicators",
  sumCode: LintCode,
  incompleteCode: LintCode,
  ctx: RuleContext,
): void {
  for (const { parent, members } of groups) {
    const weighted = members.filter((m) => m.weight !== undefined);
    const first = weighted[0];
    if (first === undefined) continue;
    const path: IssuePath = [key, first.index, "weight"];
    if (weighted.length < members.length) {
      ctx.report(incompleteCode, path, { parent, missing: members.length - weighted.length });
      continue;
    }
    const sum = weighted.reduce((s, m) => s + (m.weight ?? 0), 0);
    if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) ctx.report(sumCode, path, { parent, sum: Number(sum.toFixed(6)) });
  }
}

function group<T>(items: readonly T[], keyOf: (item: T) => string, weightOf: (item: T) => number | undefined) {
  const groups = new Map<string, WeightGroup>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    let g = groups.get(key);
    if (g === undefined) {
      g = { parent: key, members: [] };
      groups.set(key, g);
    }
    g.members.push({ weight: weightOf(item), index });
  });
  return groups.values();
}

/** Weighted siblings sum to 100: elements under one parent (or the top level), indicators of one element. */
const weightsSum100: Check = (plan, ctx) => {
  const codeOf = new Map(plan.elements.map((e) => [e.id, e.code]));
  const label = (id: string | undefined): string => (id === undefined ? plan.id : (codeOf.get(id) ?? id));
  checkWeights(
    group(
      plan.elements,
      (e) => label(e.parentId),
      (e) => e.weight,
    ),
    "elements",
    "lint.element_weights_sum",
    "lint.element_weights_incomplete",
    ctx,
  );
  checkWeights(
    group(
      plan.indicators,
      (ind) => label(ind.elementId),
      (ind) => ind.weight,
    ),
    "indicators",
    "lint.indicator_weights_sum",
    "lint.indicator_weights_incomplete",
    ctx,
  );
};

/** A money amount for a message: major units with two decimals and the currency, e.g. `300.00 EUR`. */
function money(m: Money): string {
  return `${(m.amount / 100).toFixed(2)} ${m.currency}`;
}

/** Per budget line: committed ≤ planned; spent ≤ committed when committed is given. */
const budgetConsistent: Check = (plan, ctx) => {
  plan.activities.forEach((a, i) => {
    (a.budget ?? []).forEach((line, j) => {
      const at: IssuePath = ["activities", i, "budget", j];
      const { planned, committed, spent } = line;
      if (committed !== undefined && committed.currency === planned.currency && committed.amount > planned.amount) {
        ctx.report("lint.committed_over_planned", [...at, "committed"], {
          code: a.code,
          year: line.year,
          planned: money(planned),
          committed: money(committed),
        });
      }
      if (
        spent !== undefined &&
        committed !== undefined &&
        spent.currency === committed.currency &&
        spent.amount > committed.amount
      ) {
        ctx.report("lint.spent_over_committed", [...at, "spent"], {
          code: a.code,
          year: line.year,
          committed: money(committed),
          spent: money(spent),
        });
      }
    });
  });
};

/**
 * The elementary cycles found by a depth-first search of the dependency graph: one
 * per back edge, as activity ids in dependency order, the first id repeated at the end.
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function dependencyCycles(activities: Plan["activities"]): string[][] {
  const deps = new Map<string, string[]>();
  for (const a of activities)
    deps.set(
      a.id,
      (a.dependsOn ?? []).map((d) => d.activityId),
    );
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (root: string): void => {
    // Iterative depth-first search, so that long dependency chains cannot overflow the call stack.
    const frames: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "active");
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) break;
      const next = (deps.get(frame.id) ?? [])[frame.next];
      if (next === undefined) {
        state.set(frame.id, "done");
        stack.pop();
        frames.pop();
        continue;
      }
      frame.next += 1;
      if (!deps.has(next)) continue; // unknown activity: reported by validatePlan
      const s = state.get(next);
      if (s === "active") {
        cycles.push([...stack.slice(stack.indexOf(next)), next]);
      } else if (s === undefined) {
        state.set(next, "active");
        stack.push(next);
        frames.push({ id: next, next: 0 });
      }
    }
  };
  for (const a of activities) if (!state.has(a.id)) visit(a.id);
  return cycles;
}

/** The finish-to-start dependencies between activities form no cycle. */
const noDependencyCycle: Check = (plan, ctx) => {
  const indexOf = new Map(plan.activities.map((a, i) => [a.id, i]));
  for (const cycle of dependencyCycles(plan.activities)) {
    const first = cycle[0] ?? "";
    ctx.report("lint.dependency_cycle", ["activities", indexOf.get(first) ?? 0, "dependsOn"], {
      cycle: cycle.join(" → "),
      ids: cycle.slice(0, -1).join(","),
    });
  }
};

/** A `maintain` indicator gives the band it must stay within. */
const maintainHasBand: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    if (ind.direction === "maintain" && ind.band === undefined) {
      ctx.report("lint.maintain_without_band", ["indicators", i, "band"], { code: ind.code });
    }
  });
};

/** Every value of a percentage or ratio indicator gives its numerator and denominator. */
const percentageHasRatio: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    if (ind.measure !== "percentage" && ind.measure !== "ratio") return;
    ind.values.forEach((v, j) => {
      if (v.numerator === undefined || v.denominator === undefined) {
        ctx.report("lint.percentage_without_ratio", ["indicators", i, "values", j], { code: ind.code, value: v.id });
      }
    });
  });
};

/** With `asOf`: an activity whose end date has passed is done or cancelled (see `isOverdue`). */
const activityNotOverdue: Check = (plan, ctx) => {
  const { asOf } = ctx;
  if (asOf === undefined) return;
  plan.activities.forEach((a, i) => {
    if (isOverdue(a, asOf)) {
      ctx.report("lint.activity_overdue", ["activities", i, "status"], {
        code: a.code,
        end: a.endOn,
        asOf,
        status: a.status,
      });
    }
  });
};

/** Every place (of a value, a category target or a category baseline) is the HCP code of a région, province or commune. */
const placeIsHcpCode: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    const check = (place: string | undefined, path: IssuePath): void => {
      if (place !== undefined && hcpPlace(place) === undefined)
        ctx.report("lint.place_not_hcp", [...path, "place"], { code: ind.code, place });
    };
    ind.values.forEach((v, j) => {
      check(v.place, ["indicators", i, "values", j]);
    });
    ind.periods.forEach((p, j) => {
      (p.targetsBy ?? []).forEach((t, k) => {
        check(t.place, ["indicators", i, "periods", j, "targetsBy", k]);
      });
    });
    (ind.lopTargetsBy ?? []).forEach((t, k) => {
      check(t.place, ["indicators", i, "lopTargetsBy", k]);
    });
    (ind.baselinesBy ?? []).forEach((b, k) => {
      check(b.place, ["indicators", i, "baselinesBy", k]);
    });
  });
};

/** A breakdown as a message names it: its dimensions and `place`, joined by ` × `; `total` for none. */
function breakdownName(dimensions: readonly string[], place: boolean): string {
  const parts = place ? [...dimensions, "place"] : [...dimensions];
  return parts.length === 0 ? "total" : parts.join(" × ");
}

/** Equal up to floating-point rounding. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether the breakdowns of an indicator's periods must add up to the same total: counts summed, and rates. */
const comparable = (ind: Indicator): boolean =>
  additive(ind) || ind.measure === "percentage" || ind.measure === "ratio";

/**
 * When values come in several breakdowns of one total (the breakdown rule applies), every breakdown of a period
 * gives the period's total.
 */
const breakdownsAgree: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    if (!comparable(ind) || !brokenDown(ind)) return;
    ind.periods.forEach((p, j) => {
      const breakdowns = periodBreakdowns(ind, p.id);
      const total = breakdowns.find((b) => b.total)?.actual;
      if (breakdowns.length < 2 || total === undefined) return;
      const totalOf = breakdowns.find((b) => b.total);
      for (const b of breakdowns) {
        if (b.total || b.actual === undefined || same(b.actual.value, total.value)) continue;
        ctx.report("lint.breakdown_disagrees", ["indicators", i, "periods", j], {
          code: ind.code,
          period: p.id,
          breakdown: breakdownName(b.dimensions, b.place),
          value: Number(b.actual.value.toPrecision(12)),
          total: Number(total.value.toPrecision(12)),
          totalBreakdown: breakdownName(totalOf?.dimensions ?? [], totalOf?.place ?? false),
        });
      }
    });
  });
};

/** For counts: the targets of each breakdown of a period (and of the life of the project) add up to the total target. */
const categoryTargetsSum: Check = (plan, ctx) => {
  plan.indicators.forEach((ind, i) => {
    if (!additive(ind)) return;
    const check = (
      entries: readonly {
        disaggregation?: Record<string, string> | undefined;
        place?: string | undefined;
        target: number;
      }[],
      target: number | undefined,
      report: (params: MessageParams) => void,
    ): void => {
      if (target === undefined) return;
      for (const g of groupsOf(entries)) {
        const sum = g.items.reduce((s, t) => s + t.target, 0);
        if (!same(sum, target))
          report({
            code: ind.code,
            breakdown: breakdownName(g.dimensions, g.place),
            sum: Number(sum.toPrecision(12)),
            target,
          });
      }
    };
    ind.periods.forEach((p, j) => {
      if (p.targetsBy === undefined) return;
      check(p.targetsBy, p.target, (params) => {
        ctx.report("lint.category_targets_sum", ["indicators", i, "periods", j, "targetsBy"], {
          ...params,
          period: p.id,
        });
      });
    });
    if (ind.lopTargetsBy !== undefined)
      check(ind.lopTargetsBy, lifeOfProjectTarget(ind, plan.period.endOn)?.value, (params) => {
        ctx.report("lint.category_lop_targets_sum", ["indicators", i, "lopTargetsBy"], params);
      });
  });
};

interface RuleDefinition extends LintRuleInfo {
  readonly check: Check;
}

const DEFINITIONS: readonly RuleDefinition[] = [
  {
    name: "objective-has-indicator",
    severity: "warning",
    codes: ["lint.objective_without_indicator"],
    description: {
      ar: "كل عنصر فوق مستوى النتائج (محور، هدف) يتوفر على مؤشر في مستواه أو في العناصر المتفرعة عنه.",
      fr: "Chaque élément au-dessus du niveau des résultats (axe, objectif) a un indicateur, à son niveau ou dans ses sous-éléments.",
      en: "Every element above the result tier (axis, objective) has an indicator, on itself or below it.",
    },
    check: objectiveHasIndicator,
  },
  {
    name: "indicator-complete",
    severity: "warning",
    codes: [
      "lint.indicator_missing_baseline",
      "lint.indicator_missing_target",
      "lint.indicator_missing_unit",
      "lint.indicator_missing_data_source",
      "lint.indicator_missing_frequency",
      "lint.indicator_missing_responsible",
    ],
    description: {
      ar: "كل مؤشر يتوفر على قيمة مرجعية وقيمة مستهدفة ووحدة قياس (للأعداد) ومصدر للمعطيات ووتيرة ومسؤول.",
      fr: "Chaque indicateur a une valeur de référence, une cible, une unité (nombres), une source de données, une fréquence et un responsable.",
      en: "Every indicator has a baseline, a target, a unit (numbers), a data source, a frequency and a responsible person.",
    },
    check: indicatorComplete,
  },
  {
    name: "targets-in-plan-period",
    severity: "warning",
    codes: ["lint.target_outside_period"],
    description: {
      ar: "فترات القيم المستهدفة للمؤشرات داخل مدة المخطط.",
      fr: "Les périodes des cibles des indicateurs sont dans la période du plan.",
      en: "The periods of indicator targets lie inside the plan period.",
    },
    check: targetsInPlanPeriod,
  },
  {
    name: "activities-in-plan-period",
    severity: "warning",
    codes: ["lint.activity_outside_period"],
    description: {
      ar: "تواريخ بداية ونهاية الأنشطة داخل مدة المخطط.",
      fr: "Les activités commencent et finissent dans la période du plan.",
      en: "Activities start and end inside the plan period.",
    },
    check: activitiesInPlanPeriod,
  },
  {
    name: "activity-has-responsible",
    severity: "warning",
    codes: ["lint.activity_without_responsible"],
    description: {
      ar: "لكل نشاط مسؤول.",
      fr: "Chaque activité a un responsable.",
      en: "Every activity has a responsible person.",
    },
    check: activityHasResponsible,
  },
  {
    name: "unique-codes",
    severity: "error",
    codes: ["lint.duplicate_code"],
    description: {
      ar: "رموز العناصر والمؤشرات والأنشطة فريدة.",
      fr: "Les codes des éléments, indicateurs et activités sont uniques.",
      en: "Codes of elements, indicators and activities are unique.",
    },
    check: uniqueCodes,
  },
  {
    name: "weights-sum-100",
    severity: "error",
    codes: [
      "lint.element_weights_sum",
      "lint.element_weights_incomplete",
      "lint.indicator_weights_sum",
      "lint.indicator_weights_incomplete",
    ],
    description: {
      ar: "إذا كان لبعض العناصر الشقيقة (أو لبعض مؤشرات عنصر واحد) وزن، فلكلها وزن ومجموعها 100.",
      fr: "Si des éléments frères (ou des indicateurs d'un même élément) ont un poids, tous en ont un et leur somme vaut 100.",
      en: "If some sibling elements (or some indicators of one element) have a weight, all have one and they sum to 100.",
    },
    check: weightsSum100,
  },
  {
    name: "budget-consistent",
    severity: "error",
    codes: ["lint.committed_over_planned", "lint.spent_over_committed"],
    description: {
      ar: "في كل بند من الميزانية: الملتزم به لا يفوق المبرمج، والمصروف لا يفوق الملتزم به.",
      fr: "Sur chaque ligne budgétaire : l'engagé ne dépasse pas le prévu, le dépensé ne dépasse pas l'engagé.",
      en: "On every budget line: committed does not exceed planned, spent does not exceed committed.",
    },
    check: budgetConsistent,
  },
  {
    name: "no-dependency-cycle",
    severity: "error",
    codes: ["lint.dependency_cycle"],
    description: {
      ar: "تبعيات الأنشطة لا تشكل حلقة مغلقة.",
      fr: "Les dépendances entre activités ne forment pas de cycle.",
      en: "Dependencies between activities form no cycle.",
    },
    check: noDependencyCycle,
  },
  {
    name: "maintain-has-band",
    severity: "error",
    codes: ["lint.maintain_without_band"],
    description: {
      ar: "كل مؤشر يهدف إلى المحافظة على مستوى معين يحدد مجاله.",
      fr: "Chaque indicateur de maintien donne sa fourchette.",
      en: "Every indicator that maintains a level gives its band.",
    },
    check: maintainHasBand,
  },
  {
    name: "percentage-has-ratio",
    severity: "error",
    codes: ["lint.percentage_without_ratio"],
    description: {
      ar: "كل قيمة لمؤشر مئوي أو لمؤشر نسبة تتضمن البسط والمقام.",
      fr: "Chaque valeur d'un indicateur en pourcentage ou en ratio donne son numérateur et son dénominateur.",
      en: "Every value of a percentage or ratio indicator gives its numerator and denominator.",
    },
    check: percentageHasRatio,
  },
  {
    name: "activity-not-overdue",
    severity: "warning",
    codes: ["lint.activity_overdue"],
    description: {
      ar: "عند تحديد تاريخ المراجعة: كل نشاط انتهى أجله منجز أو ملغى (النشاط المؤجل تُحدَّد له تواريخ جديدة).",
      fr: "Avec une date d'examen : chaque activité dont la fin est passée est réalisée ou annulée (une activité reportée reçoit de nouvelles dates).",
      en: "With a review date: every activity past its end date is done or cancelled (a postponed one gets new dates).",
    },
    check: activityNotOverdue,
  },
  {
    name: "place-is-hcp-code",
    severity: "error",
    codes: ["lint.place_not_hcp"],
    description: {
      ar: "كل مكان (لقيمة أو لقيمة مستهدفة أو مرجعية حسب الفئة) رمز جهة أو إقليم أو جماعة حسب المندوبية السامية للتخطيط.",
      fr: "Chaque lieu (d'une valeur, d'une cible ou d'une valeur de référence par catégorie) est le code HCP d'une région, d'une province ou d'une commune.",
      en: "Every place (of a value, or of a target or baseline by category) is the HCP code of a région, province or commune.",
    },
    check: placeIsHcpCode,
  },
  {
    name: "breakdowns-agree",
    severity: "warning",
    codes: ["lint.breakdown_disagrees"],
    description: {
      ar: "عندما تُدخل قيم فترة واحدة حسب أكثر من تفصيل (حسب الجنس ثم حسب الإقليم)، يعطي كل تفصيل نفس المجموع.",
      fr: "Quand les valeurs d'une période sont saisies selon plusieurs ventilations (par sexe, puis par province), chacune donne le même total.",
      en: "When the values of a period are entered in several breakdowns (by sex, and again by province), each gives the same total.",
    },
    check: breakdownsAgree,
  },
  {
    name: "category-targets-sum",
    severity: "warning",
    codes: ["lint.category_targets_sum", "lint.category_lop_targets_sum"],
    description: {
      ar: "بالنسبة للأعداد: مجموع القيم المستهدفة لفئات كل تفصيل يساوي القيمة المستهدفة الإجمالية للفترة أو للمشروع.",
      fr: "Pour les nombres : les cibles des catégories de chaque ventilation totalisent la cible de la période ou de fin de projet.",
      en: "For counts: the targets of the categories of each breakdown add up to the total target of the period or of the project.",
    },
    check: categoryTargetsSum,
  },
];

/** The rule checks in {@link LINT_RULES} order (internal to the lint folder). */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = DEFINITIONS;

/**
 * The rules of {@link lintPlan}: name, severity, issue codes and a description in ar, fr and en.
 *
 * @remarks Names and codes are stable. Apps list these to let users pick rules
 * (the `rules` option of {@link lintPlan}). Frozen.
 * @example
 * ```ts
 * for (const r of LINT_RULES) console.log(r.name, r.severity, r.description.fr);
 * ```
 */
export const LINT_RULES: readonly LintRuleInfo[] = Object.freeze(
  DEFINITIONS.map(({ name, severity, codes, description }) =>
    Object.freeze({ name, severity, codes: Object.freeze([...codes]), description: Object.freeze({ ...description }) }),
  ),
);
