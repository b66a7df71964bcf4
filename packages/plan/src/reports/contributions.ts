import { labelOf } from "@madani/model";
import { createReport, type ReportDocument, type Row, type Status, type Tone } from "@madani/report";
import { ContributionHandling, type ContributionHandlingValue, type Plan } from "../plan/plan.js";
import { type PlanReportOptions, planLabel, tableId, textOf } from "./labels.js";

const HANDLING_TONES: Readonly<Record<ContributionHandlingValue, Tone>> = {
  adopted: "positive",
  merged: "info",
  rejected: "negative",
  pending: "neutral",
};

/**
 * The `status` cell of a contribution's handling.
 *
 * @param handling - how the contribution was handled.
 * @param language - the report's language.
 * @returns the label of {@link ContributionHandling} with a tone: adopted positive,
 * merged info, rejected negative, pending neutral.
 * @example
 * ```ts
 * handlingStatus("rejected", "fr"); // { label: "Rejetée", tone: "negative" }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function handlingStatus(handling: ContributionHandlingValue, language: PlanReportOptions["language"]): Status {
  return { label: labelOf(ContributionHandling, handling, language), tone: HANDLING_TONES[handling] };
}

/**
 * The report of a plan's participatory preparation as a report document: counts of
 * contributions by handling, a table of counts by stakeholder group, and for each
 * workshop the contributions with their stakeholder group, proposal, the element they
 * concern, their handling and the reason of a rejection.
 *
 * @param plan - a valid plan.
 * @param options - `language`, `generatedAt` (ISO with an offset, from the caller).
 * @returns the report document (format `madani.report/1`).
 * @remarks Authors are personal data and are never shown. Workshops and stakeholder
 * groups are listed in the order they first appear.
 * @example
 * ```ts
 * const doc = contributionsReport(plan, { language: "ar", generatedAt: "2026-01-10T10:00:00+01:00" });
 * validateReportDocument(doc).ok; // true
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function contributionsReport(plan: Plan, options: PlanReportOptions): ReportDocument {
  const lang = options.language;
  const contributions = plan.contributions ?? [];
  const elements = new Map(plan.elements.map((e) => [e.id, e]));
  const report = createReport({
    title: planLabel("contributions.title", lang, { plan: textOf(plan.title, lang) }),
    period: { startOn: plan.period.startOn, endOn: plan.period.endOn },
    language: lang,
    generatedAt: options.generatedAt,
  });
  const handlings = ContributionHandling.values;
  const count = (h: ContributionHandlingValue, list = contributions) => list.filter((c) => c.handling === h).length;

  report.section(
    planLabel("contributions.summary", lang),
    (s) => {
      s.figures([
        { label: planLabel("contributions.total", lang), value: contributions.length, format: { type: "integer" } },
        ...handlings.map((h) => ({
          label: labelOf(ContributionHandling, h, lang),
          value: count(h),
          format: { type: "integer" as const },
          status: handlingStatus(h, lang),
        })),
      ]);
      if (contributions.length === 0) {
        s.note(planLabel("contributions.none", lang), "neutral");
        return;
      }
      const groups = [...new Set(contributions.map((c) => c.stakeholderGroup))];
      const countsRow = (label: string, list: typeof contributions): Row => ({
        group: label,
        ...Object.fromEntries(handlings.map((h) => [h, count(h, list)])),
        total: list.length,
      });
      s.table({
        id: "contributions-by-group",
        title: planLabel("contributions.byGroup", lang),
        columns: [
          { key: "group", label: planLabel("col.group", lang), type: "text" },
          ...handlings.map((h) => ({
            key: h,
            label: labelOf(ContributionHandling, h, lang),
            type: "integer" as const,
          })),
          { key: "total", label: planLabel("col.total", lang), type: "integer" },
        ],
        rows: groups.map((g) =>
          countsRow(
            g,
            contributions.filter((c) => c.stakeholderGroup === g),
          ),
        ),
        footer: countsRow(planLabel("total", lang), contributions),
      });
    },
    "summary",
  );

  const workshops = [...new Set(contributions.map((c) => c.workshop))];
  if (workshops.length > 0) {
    report.section(
      planLabel("contributions.byWorkshop", lang),
      (s) => {
        workshops.forEach((w, index) => {
          const list = contributions.filter((c) => c.workshop === w);
          s.section(w, (sub) =>
            sub.table({
              id: tableId("workshop", index, ""),
              title: w,
              columns: [
                { key: "group", label: planLabel("col.group", lang), type: "text" },
                { key: "proposal", label: planLabel("col.proposal", lang), type: "text" },
                { key: "element", label: planLabel("col.element", lang), type: "text" },
                { key: "handling", label: planLabel("col.handling", lang), type: "status" },
                { key: "reason", label: planLabel("col.reason", lang), type: "text" },
              ],
              rows: list.map((c): Row => {
                const e = c.elementId === undefined ? undefined : elements.get(c.elementId);
                return {
                  group: c.stakeholderGroup,
                  proposal: textOf(c.proposal, lang),
                  element: e === undefined ? null : `${e.code} ${textOf(e.title, lang)}`,
                  handling: handlingStatus(c.handling, lang),
                  reason: c.reason === undefined ? null : textOf(c.reason, lang),
                };
              }),
            }),
          );
        });
      },
      "workshops",
    );
  }
  return report.build();
}
