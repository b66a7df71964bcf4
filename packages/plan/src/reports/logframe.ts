import type { Money } from "@madani/model";
import { type Column, createReport, type ReportDocument, type Row } from "@madani/report";
import { lifeOfProjectTarget } from "../indicator/progress.js";
import type { Activity, Element, Plan, PlanIndicator } from "../plan/plan.js";
import { tiersOf } from "../plan/tier.js";
import { numberText, type PlanReportOptions, planLabel, tableId, textOf } from "./labels.js";

/**
 * The tree of a plan's results framework: its top-level elements and the children
 * of each element, in the plan's order.
 *
 * @param plan - the plan.
 * @returns `top` (elements without a known parent) and `childrenOf` by element id.
 * @example
 * ```ts
 * elementTree(plan).top.map((e) => e.code); // ["A1", "A2", "A3"]
 * ```
 */
export function elementTree(plan: Plan): {
  readonly top: readonly Element[];
  readonly childrenOf: ReadonlyMap<string, readonly Element[]>;
} {
  const ids = new Set(plan.elements.map((e) => e.id));
  const childrenOf = new Map<string, Element[]>();
  const top: Element[] = [];
  for (const e of plan.elements) {
    if (e.parentId === undefined || !ids.has(e.parentId)) top.push(e);
    else childrenOf.set(e.parentId, [...(childrenOf.get(e.parentId) ?? []), e]);
  }
  return { top, childrenOf };
}

function plannedBudget(activity: Activity): Money | null {
  const lines = activity.budget ?? [];
  const first = lines[0];
  if (first === undefined) return null;
  return { amount: lines.reduce((s, l) => s + l.planned.amount, 0), currency: first.planned.currency };
}

/**
 * The logframe matrix of a plan as a report document: one table per top-level
 * element, with the level, narrative, indicators, means of verification and
 * assumptions of every element in tree order, and the activities as the last level
 * with their dates and planned budget.
 *
 * @param plan - a valid plan.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller).
 * @returns the report document (format `madani.report/1`).
 * @remarks Level labels come from the plan's template (`tiersOf`). The indicators
 * cell lists code, name, baseline and final target of each indicator of the element;
 * means of verification are the element's, then the data sources of its indicators.
 * An activity's budget is the sum of its planned lines.
 * @example
 * ```ts
 * const doc = toLogframe(plan, { language: "fr", generatedAt: "2026-01-10T10:00:00+01:00" });
 * validateReportDocument(doc).ok; // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function toLogframe(plan: Plan, options: PlanReportOptions): ReportDocument {
  const lang = options.language;
  const tiers = tiersOf(plan.template);
  const tierLabel = new Map(tiers.map((t) => [t.key, textOf(t.label, lang)]));
  const activityTier = tiers[tiers.length - 1];
  const activityLabel = activityTier === undefined ? planLabel("col.activity", lang) : textOf(activityTier.label, lang);
  const indicatorsOf = new Map<string, PlanIndicator[]>();
  for (const i of plan.indicators) indicatorsOf.set(i.elementId, [...(indicatorsOf.get(i.elementId) ?? []), i]);
  const activitiesOf = new Map<string, Activity[]>();
  for (const a of plan.activities) activitiesOf.set(a.elementId, [...(activitiesOf.get(a.elementId) ?? []), a]);
  const { top, childrenOf } = elementTree(plan);
  const join = (items: readonly string[]) => [...new Set(items.filter((s) => s !== ""))].join(" ; ");

  const columns: Column[] = [
    { key: "level", label: planLabel("col.level", lang), type: "text" },
    { key: "code", label: planLabel("col.code", lang), type: "text" },
    { key: "narrative", label: planLabel("col.narrative", lang), type: "text" },
    { key: "indicators", label: planLabel("col.indicators", lang), type: "text" },
    { key: "verification", label: planLabel("col.verification", lang), type: "text" },
    { key: "assumptions", label: planLabel("col.assumptions", lang), type: "text" },
    { key: "startOn", label: planLabel("col.startOn", lang), type: "date" },
    { key: "endOn", label: planLabel("col.endOn", lang), type: "date" },
    { key: "budget", label: planLabel("col.budget", lang), type: "money" },
  ];

  const rowsOf = (root: Element): Row[] => {
    const rows: Row[] = [];
    const seen = new Set<string>();
    const visit = (e: Element): void => {
      if (seen.has(e.id)) return;
      seen.add(e.id);
      const indicators = indicatorsOf.get(e.id) ?? [];
      rows.push({
        level: tierLabel.get(e.tier) ?? e.tier,
        code: e.code,
        narrative: textOf(e.title, lang),
        indicators: join(
          indicators.map((i) =>
            planLabel("indicator.summary", lang, {
              code: i.code,
              name: textOf(i.name, lang),
              baseline: numberText(i.baseline?.value),
              target: numberText(lifeOfProjectTarget(i, plan.period.endOn)?.value),
            }),
          ),
        ),
        verification: join([
          ...(e.meansOfVerification ?? []).map((t) => textOf(t, lang)),
          ...indicators.map((i) => textOf(i.dataSource, lang)),
        ]),
        assumptions: join((e.assumptions ?? []).map((t) => textOf(t, lang))),
      });
      for (const child of childrenOf.get(e.id) ?? []) visit(child);
      for (const a of activitiesOf.get(e.id) ?? []) {
        rows.push({
          level: activityLabel,
          code: a.code,
          narrative: textOf(a.title, lang),
          startOn: a.startOn,
          endOn: a.endOn,
          budget: plannedBudget(a),
        });
      }
    };
    visit(root);
    return rows;
  };

  const report = createReport({
    title: planLabel("logframe.title", lang, { plan: textOf(plan.title, lang) }),
    period: { startOn: plan.period.startOn, endOn: plan.period.endOn },
    language: lang,
    generatedAt: options.generatedAt,
  });
  if (top.length === 0) report.section(textOf(plan.title, lang), (s) => s.note(planLabel("logframe.empty", lang)));
  top.forEach((root, index) => {
    report.section(
      `${root.code} — ${textOf(root.title, lang)}`,
      (s) =>
        s.table({
          id: tableId("logframe", index, root.code),
          title: planLabel("logframe.matrix", lang, { code: root.code }),
          columns,
          rows: rowsOf(root),
        }),
      tableId("axis", index, root.code),
    );
  });
  return report.build();
}
