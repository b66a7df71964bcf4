import { addDaysToDate, daysBetween } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlan } from "../plan/createPlan.js";
import {
  type ReportingComplianceOptions,
  type ReportingInput,
  type ReportingRequirement,
  type ReportStatus,
  reportingCompliance,
} from "./compliance.js";
import { reportingPeriods } from "./periods.js";

/** The indicator periods (id, start, end) generated for a span. */
function periodsOf(frequency: "monthly" | "quarterly" | "semiannual" | "annual", startOn: string, endOn: string) {
  const r = reportingPeriods({ frequency, startOn, endOn });
  if (!r.ok) throw new Error("periods");
  return r.value.map(({ id, startOn, endOn }) => ({ id, startOn, endOn }));
}

const indicator = (id: string, code: string, fr: string) => ({
  id,
  code,
  name: { fr },
  measure: "number" as const,
  direction: "increase" as const,
});

/**
 * A network's reporting on 2026-02-15, data due 30 days after each period's end by default. The values carry
 * a `submittedAt` (date and time) or a `submittedOn` (date) field, read by default.
 */
const network = {
  indicators: [
    {
      ...indicator("ind-1", "1.1", "Sessions de formation tenues"),
      periods: [
        { id: "2024-Q4", startOn: "2024-10-01", endOn: "2024-12-31" },
        ...periodsOf("quarterly", "2025-01-01", "2025-12-31"),
      ],
      values: [
        // Q1 due 2025-04-30: submitted on 04-28 (evening, Moroccan time), approved since: on time.
        {
          id: "q1",
          periodId: "2025-Q1",
          value: 12,
          state: "approved" as const,
          submittedAt: "2025-04-28T19:00:00+01:00",
        },
        // Q2 due 2025-07-30: submitted on 08-04: late by 5 days.
        { id: "q2", periodId: "2025-Q2", value: 9, state: "submitted" as const, submittedOn: "2025-08-04" },
        // Q3: approved, no submission date recorded: submitted, date unknown.
        { id: "q3", periodId: "2025-Q3", value: 14, state: "approved" as const },
        // Q4 due 2026-01-30: only a draft: missing on 2026-02-15, 16 days overdue.
        { id: "q4", periodId: "2025-Q4", value: 3, state: "draft" as const, submittedOn: "2026-01-10" },
      ],
    },
    {
      ...indicator("ind-2", "1.2", "Bénéficiaires accompagnés"),
      periods: periodsOf("semiannual", "2025-01-01", "2026-06-30"),
      values: [
        // S1 due 2025-07-30: women's figure on time, men's figure on 08-02: the period is complete on 08-02, late by 3.
        { id: "s1-f", periodId: "2025-S1", value: 40, state: "submitted" as const, submittedOn: "2025-07-20" },
        { id: "s1-m", periodId: "2025-S1", value: 35, state: "approved" as const, submittedOn: "2025-08-02" },
        // S2 due 2026-01-30: returned for correction, so not submitted: missing, 16 days overdue.
        { id: "s2", periodId: "2025-S2", value: 80, state: "returned" as const, submittedAt: "2026-01-05T10:00:00Z" },
        // 2026-S1 has not ended: not looked at.
        { id: "s3", periodId: "2026-S1", value: 10, state: "submitted" as const, submittedOn: "2026-02-01" },
      ],
    },
    {
      ...indicator("ind-3", "2.1", "Plaidoyers déposés"),
      periods: periodsOf("monthly", "2025-12-01", "2026-02-28"),
      values: [
        // December, due 2026-01-10 (requirement: 10 days): submitted on 02-20, after asOf: missing on 02-15.
        { id: "dec", periodId: "2025-12", value: 1, state: "submitted" as const, submittedOn: "2026-02-20" },
      ],
    },
  ],
};

const options: ReportingComplianceOptions = {
  asOf: "2026-02-15",
  requirements: [
    { indicatorId: "ind-3", dueAfterDays: 10 },
    // The most specific requirement wins: January of ind-3 is due on 2026-02-20, so it is not due yet.
    { indicatorId: "ind-3", periodId: "2026-01", dueOn: "2026-02-20" },
    // The baseline quarter needs no report.
    { periodId: "2024-Q4", required: false },
  ],
};

function run(input: ReportingInput, o: ReportingComplianceOptions) {
  const r = reportingCompliance(input, o);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  return r.value;
}

describe("reportingCompliance: a hand-computed scenario", () => {
  const c = run(network, options);

  it("judges each period's report", () => {
    const statuses = c.indicators.map((i) =>
      i.reports.map((r) => [r.periodId, r.dueOn, r.status, r.submittedOn, r.daysLate ?? r.daysOverdue]),
    );
    expect(statuses).toEqual([
      [
        ["2025-Q1", "2025-04-30", "on-time", "2025-04-28", undefined],
        ["2025-Q2", "2025-07-30", "late", "2025-08-04", 5],
        ["2025-Q3", "2025-10-30", "unknown-date", undefined, undefined],
        ["2025-Q4", "2026-01-30", "missing", undefined, 16],
      ],
      [
        ["2025-S1", "2025-07-30", "late", "2025-08-02", 3],
        ["2025-S2", "2026-01-30", "missing", undefined, 16],
      ],
      [
        ["2025-12", "2026-01-10", "missing", undefined, 36],
        ["2026-01", "2026-02-20", "pending", undefined, undefined],
      ],
    ]);
  });

  it("counts each indicator and the plan, with the DHIS2 rates", () => {
    const counts = c.indicators.map(({ reports: _, indicatorId: __, code: ___, ...n }) => n);
    expect(counts).toEqual([
      {
        expected: 4,
        submitted: 3,
        onTime: 1,
        late: 1,
        missing: 1,
        unknownDate: 1,
        pending: 0,
        reportingRate: 0.75,
        timeliness: 0.25,
      },
      {
        expected: 2,
        submitted: 1,
        onTime: 0,
        late: 1,
        missing: 1,
        unknownDate: 0,
        pending: 0,
        reportingRate: 0.5,
        timeliness: 0,
      },
      {
        expected: 1,
        submitted: 0,
        onTime: 0,
        late: 0,
        missing: 1,
        unknownDate: 0,
        pending: 1,
        reportingRate: 0,
        timeliness: 0,
      },
    ]);
    // Pooled counts, not an average of the three rates.
    expect(c.plan).toEqual({
      expected: 7,
      submitted: 4,
      onTime: 1,
      late: 2,
      missing: 3,
      unknownDate: 1,
      pending: 1,
      reportingRate: 4 / 7,
      timeliness: 1 / 7,
    });
  });

  it("lists the overdue reports as reminders, most overdue first", () => {
    expect(c.overdue).toEqual([
      {
        indicatorId: "ind-3",
        code: "2.1",
        periodId: "2025-12",
        endOn: "2025-12-31",
        dueOn: "2026-01-10",
        daysOverdue: 36,
      },
      {
        indicatorId: "ind-1",
        code: "1.1",
        periodId: "2025-Q4",
        endOn: "2025-12-31",
        dueOn: "2026-01-30",
        daysOverdue: 16,
      },
      {
        indicatorId: "ind-2",
        code: "1.2",
        periodId: "2025-S2",
        endOn: "2025-12-31",
        dueOn: "2026-01-30",
        daysOverdue: 16,
      },
    ]);
  });

  it("without the exemption, the baseline quarter is missing too", () => {
    const all = run(network, { ...options, requirements: options.requirements?.slice(0, 2) ?? [] });
    expect(all.indicators[0]?.reports[0]).toMatchObject({
      periodId: "2024-Q4",
      status: "missing",
      dueOn: "2025-01-30",
    });
    expect(all.plan.expected).toBe(8);
  });

  it("reads the submission date through an accessor, from a plan made by createPlan", () => {
    // The same dates kept beside the values (e.g. in an approval log), and a plan that createPlan checked.
    const dates = new Map<string, string>();
    const indicators = network.indicators.map((ind) => ({
      ...ind,
      elementId: "r1",
      values: ind.values.map((v) => {
        const { submittedAt, submittedOn, ...rest } = v as typeof v & { submittedAt?: string; submittedOn?: string };
        const date = submittedAt ?? submittedOn;
        if (date !== undefined) dates.set(v.id, date);
        return rest;
      }),
    }));
    const created = createPlan({
      format: "madani.plan/1",
      id: "plan-reseau",
      organizationId: "reseau",
      title: { fr: "Plan du réseau" },
      period: { startOn: "2025-01-01", endOn: "2026-12-31" },
      template: { kind: "default" },
      elements: [
        { id: "a1", tier: "axis", code: "1", title: { fr: "Axe" } },
        { id: "o1", parentId: "a1", tier: "objective", code: "1.1", title: { fr: "Objectif" } },
        { id: "r1", parentId: "o1", tier: "result", code: "1.1.1", title: { fr: "Résultat" } },
      ],
      indicators,
      activities: [],
    });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    const withAccessor = run(created.value, { ...options, submittedOn: (v) => dates.get(v.id) });
    expect(withAccessor).toEqual(c);
    // Without the accessor no value has a date: every submitted report is "unknown-date", December's too
    // (its submission on 02-20 is no longer known to come after asOf).
    const unknown = run(created.value, options);
    expect(unknown.plan).toMatchObject({ onTime: 0, late: 0, unknownDate: 5, missing: 2, pending: 1 });
  });
});

describe("reportingCompliance: rules", () => {
  const single = (values: readonly object[], extra: Partial<ReportingComplianceOptions> = {}, asOf = "2025-05-15") =>
    run(
      {
        indicators: [
          {
            ...indicator("i", "I", "Indicateur"),
            periods: [{ id: "p", startOn: "2025-01-01", endOn: "2025-03-31" }],
            values: values.map((v, i) => ({ id: `v${i}`, periodId: "p", state: "submitted", ...v })) as never,
          },
        ],
      },
      { asOf, ...extra },
    ).indicators[0]?.reports[0];

  it("is on time on the due date and late the day after", () => {
    expect(single([{ submittedOn: "2025-04-30" }])?.status).toBe("on-time");
    expect(single([{ submittedOn: "2025-05-01" }])).toMatchObject({ status: "late", daysLate: 1 });
    expect(single([{ submittedOn: "2025-01-15" }])?.status).toBe("on-time"); // before the period ended
  });

  it("reads a date and time by its date as written, whatever its offset", () => {
    expect(single([{ submittedAt: "2025-04-30T23:30:00-01:00" }])?.submittedOn).toBe("2025-04-30");
    expect(single([{ submittedAt: "2025-05-01T00:30:00+02:00" }])?.status).toBe("late");
    expect(single([{ submittedAt: "2025-04-30T10:00:00" }])?.status).toBe("on-time");
    // submittedAt comes before submittedOn.
    expect(single([{ submittedAt: "2025-05-02", submittedOn: "2025-04-01" }])?.status).toBe("late");
  });

  it("counts submitted and approved values only", () => {
    expect(single([{ state: "draft", submittedOn: "2025-04-01" }])?.status).toBe("missing");
    expect(single([{ state: "returned", submittedOn: "2025-04-01" }])?.status).toBe("missing");
    expect(single([{ state: "approved", submittedOn: "2025-04-01" }])?.status).toBe("on-time");
  });

  it("takes the latest known date; an unknown date leaves an on-time report undecided, not a late one", () => {
    expect(single([{ submittedOn: "2025-04-01" }, { submittedOn: "2025-05-03" }])).toMatchObject({
      status: "late",
      submittedOn: "2025-05-03",
      daysLate: 3,
    });
    expect(single([{ submittedOn: "2025-04-01" }, {}])).toMatchObject({
      status: "unknown-date",
      submittedOn: "2025-04-01",
    });
    expect(single([{ submittedOn: "2025-05-03" }, {}])?.status).toBe("late");
  });

  it("ignores what was submitted after asOf", () => {
    expect(single([{ submittedOn: "2025-05-16" }])).toMatchObject({ status: "missing", daysOverdue: 15 });
    expect(single([{ submittedOn: "2025-05-16" }], {}, "2025-05-16")).toMatchObject({ status: "late", daysLate: 16 });
    expect(single([{ submittedOn: "2025-04-16" }], {}, "2025-04-10")).toMatchObject({ status: "pending" });
  });

  it("uses dueAfterDays, then requirements by specificity, the last of equals winning", () => {
    expect(single([], { dueAfterDays: 0 }, "2025-04-01")).toMatchObject({ dueOn: "2025-03-31", daysOverdue: 1 });
    const r = (requirements: readonly ReportingRequirement[]) =>
      single([], { dueAfterDays: 10, requirements }, "2025-12-31")?.dueOn;
    expect(r([])).toBe("2025-04-10");
    expect(r([{ dueAfterDays: 20 }])).toBe("2025-04-20");
    expect(r([{ dueAfterDays: 20 }, { dueAfterDays: 25 }])).toBe("2025-04-25");
    expect(r([{ indicatorId: "i", dueAfterDays: 5 }, { dueAfterDays: 25 }])).toBe("2025-04-05");
    expect(r([{ periodId: "p", dueAfterDays: 6 }, { dueAfterDays: 25 }])).toBe("2025-04-06");
    expect(
      r([
        { indicatorId: "i", dueAfterDays: 5 },
        { periodId: "p", dueAfterDays: 6 },
      ]),
    ).toBe("2025-04-05");
    expect(
      r([
        { indicatorId: "i", periodId: "p", dueOn: "2025-06-01" },
        { indicatorId: "i", dueAfterDays: 5 },
      ]),
    ).toBe("2025-06-01");
    expect(single([], { requirements: [{ required: false }, { periodId: "p", required: true }] })?.status).toBe(
      "missing",
    );
    expect(single([], { requirements: [{ indicatorId: "i", required: false }] })).toBeUndefined();
  });

  it("keeps the due date of a period ending in December 9999 on 9999-12-31", () => {
    const c = run(
      {
        indicators: [
          {
            ...indicator("i", "I", "x"),
            periods: [{ id: "p", startOn: "9999-12-01", endOn: "9999-12-20" }],
            values: [],
          },
        ],
      },
      { asOf: "9999-12-31" },
    );
    expect(c.indicators[0]?.reports[0]).toMatchObject({ dueOn: "9999-12-31", status: "pending" });
  });

  it("gives no rate without an expected report", () => {
    const c = run({ indicators: [] }, { asOf: "2025-01-01" });
    expect(c.plan).toMatchObject({ expected: 0, reportingRate: undefined, timeliness: undefined });
    expect(c.overdue).toEqual([]);
  });
});

describe("reportingCompliance: bad input gives issues", () => {
  const codes = (input: unknown, o: unknown) => {
    const r = reportingCompliance(input as ReportingInput, o as ReportingComplianceOptions);
    return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
  };

  it("checks the options", () => {
    expect(codes(network, { asOf: "2026-02-30" })).toEqual(["reporting.invalid_date@options.asOf"]);
    expect(codes(network, {})).toEqual(["reporting.invalid_date@options.asOf"]);
    expect(codes(network, { asOf: "2026-02-15", dueAfterDays: 1.5 })).toEqual([
      "reporting.invalid_due_days@options.dueAfterDays",
    ]);
    expect(codes(network, { asOf: "2026-02-15", requirements: {} })).toEqual([
      "reporting.invalid_option@options.requirements",
    ]);
    expect(codes(network, { asOf: "2026-02-15", submittedOn: "submittedAt" })).toEqual([
      "reporting.invalid_option@options.submittedOn",
    ]);
    expect(codes(network, { asOf: "2026-02-15", dueDays: 10 })).toEqual(["reporting.unknown_option@options.dueDays"]);
    expect(codes(network, { asOf: "2026-02-15", locale: "de" })).toEqual(["schema.invalid_option@"]);
  });

  it("checks the plan's shape where it reads it", () => {
    expect(codes(null, { asOf: "2026-02-15" })).toEqual(["reporting.invalid_plan@plan"]);
    expect(codes({ indicators: [{ id: "i", periods: [], values: [] }, { id: 1 }] }, { asOf: "2026-02-15" })).toEqual([
      "reporting.invalid_plan@plan.indicators.1.id",
      "reporting.invalid_plan@plan.indicators.1.periods",
      "reporting.invalid_plan@plan.indicators.1.values",
    ]);
    expect(
      codes(
        { indicators: [{ id: "i", periods: [{ id: "p", startOn: "2025-01-01", endOn: "2025-02-29" }], values: [] }] },
        { asOf: "2026-02-15" },
      ),
    ).toEqual(["reporting.invalid_plan@plan.indicators.0.periods.0.endOn"]);
  });

  it("checks the requirements against the plan", () => {
    const at = (requirements: unknown) => codes(network, { asOf: "2026-02-15", requirements });
    expect(at([null])).toEqual(["reporting.invalid_requirement@options.requirements.0"]);
    expect(at([{ indicator: "ind-1" }])).toEqual(["reporting.invalid_requirement@options.requirements.0.indicator"]);
    expect(at([{ required: "no" }])).toEqual(["reporting.invalid_requirement@options.requirements.0.required"]);
    expect(at([{ dueAfterDays: -3 }])).toEqual(["reporting.invalid_due_days@options.requirements.0.dueAfterDays"]);
    expect(at([{ periodId: "2025-Q1", dueOn: "2025-13-01" }])).toEqual([
      "reporting.invalid_date@options.requirements.0.dueOn",
    ]);
    expect(at([{ periodId: "2025-Q1", dueOn: "2025-05-01", dueAfterDays: 3 }])).toEqual([
      "reporting.requirement_conflict@options.requirements.0",
    ]);
    expect(at([{ indicatorId: "ind-1", dueOn: "2025-05-01" }])).toEqual([
      "reporting.due_on_without_period@options.requirements.0.dueOn",
    ]);
    expect(at([{ indicatorId: "ind-9" }])).toEqual(["reporting.unknown_indicator@options.requirements.0.indicatorId"]);
    expect(at([{ periodId: "2030-Q1" }])).toEqual(["reporting.unknown_period@options.requirements.0.periodId"]);
    expect(at([{ indicatorId: "ind-2", periodId: "2025-Q1" }])).toEqual([
      "reporting.unknown_period@options.requirements.0.periodId",
    ]);
    expect(at([{ periodId: "2025-Q1", dueOn: "2025-03-30" }])).toEqual([
      "reporting.due_before_end@options.requirements.0.dueOn",
    ]);
    expect(at([{ periodId: "2025-Q1", dueOn: "2025-03-31" }])).toEqual([]);
  });

  it("refuses a submission date that is not a date, with the value's place", () => {
    const bad = {
      indicators: [
        {
          ...indicator("i", "I", "x"),
          periods: [{ id: "p", startOn: "2025-01-01", endOn: "2025-03-31" }],
          values: [
            { id: "ok", periodId: "p", state: "approved", submittedOn: "2025-04-01" },
            { id: "v", periodId: "p", state: "approved", submittedAt: "01/04/2025" },
          ],
        },
      ],
    };
    const r = reportingCompliance(bad as unknown as ReportingInput, { asOf: "2025-06-01", locale: "fr" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "reporting.invalid_submission_date",
        ["plan", "indicators", 0, "values", 1],
        "La date de remise de la valeur « v » de l'indicateur « i » n'est pas une date valide (AAAA-MM-JJ ou date et heure ISO 8601).",
      ],
    ]);
    // An accessor that answers something else than a date string is refused the same way; one that throws is unreadable input.
    expect(codes(bad, { asOf: "2025-06-01", submittedOn: () => 20250401 })).toHaveLength(2);
    expect(
      codes(bad, {
        asOf: "2025-06-01",
        submittedOn: () => {
          throw new Error("log unavailable");
        },
      }),
    ).toEqual(["input.unreadable@"]);
  });
});

describe("reportingCompliance: laws", () => {
  const STATES = ["draft", "submitted", "returned", "approved"] as const;
  /** A random indicator: consecutive periods of a random frequency, values with a random state and date (or none). */
  const indicatorArb = fc.record({
    frequency: fc.constantFrom("monthly" as const, "quarterly" as const, "semiannual" as const),
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 700 }),
    values: fc.array(
      fc.record({
        period: fc.nat(30),
        state: fc.constantFrom(...STATES),
        day: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
      }),
      { maxLength: 25 },
    ),
  });
  const planArb = fc.array(indicatorArb, { maxLength: 6 }).map((specs) => ({
    indicators: specs.map((s, i) => {
      const startOn = addDaysToDate("2025-01-01", s.start);
      const periods = periodsOf(s.frequency, startOn, addDaysToDate(startOn, s.length));
      return {
        ...indicator(`i${i}`, `C${i}`, `Indicateur ${i}`),
        periods,
        values: s.values.map((v, j) => ({
          id: `v${j}`,
          periodId: periods[v.period % periods.length]?.id ?? "none",
          state: v.state,
          ...(v.day === undefined ? {} : { submittedOn: addDaysToDate("2025-01-01", v.day) }),
        })),
      };
    }),
  }));
  const asOfArb = fc.integer({ min: 0, max: 1300 }).map((d) => addDaysToDate("2025-01-01", d));

  it("on time + late + missing + unknown = expected, rates in [0, 1], the plan pools its indicators", () => {
    fc.assert(
      fc.property(planArb, asOfArb, fc.integer({ min: 0, max: 120 }), (plan, asOf, dueAfterDays) => {
        const c = run(plan as unknown as ReportingInput, { asOf, dueAfterDays });
        const sum = { expected: 0, onTime: 0, late: 0, missing: 0, unknownDate: 0, pending: 0 };
        for (const n of [...c.indicators, c.plan]) {
          expect(n.onTime + n.late + n.missing + n.unknownDate).toBe(n.expected);
          expect(n.submitted).toBe(n.onTime + n.late + n.unknownDate);
          for (const rate of [n.reportingRate, n.timeliness]) {
            if (n.expected === 0) expect(rate).toBeUndefined();
            else {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
          if (n.timeliness !== undefined) expect(n.timeliness).toBeLessThanOrEqual(n.reportingRate ?? 0);
        }
        for (const n of c.indicators) {
          for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += n[k];
          const tally = (s: ReportStatus) => n.reports.filter((r) => r.status === s).length;
          expect([tally("on-time"), tally("late"), tally("missing"), tally("unknown-date"), tally("pending")]).toEqual([
            n.onTime,
            n.late,
            n.missing,
            n.unknownDate,
            n.pending,
          ]);
          for (const r of n.reports) {
            expect(r.endOn <= asOf).toBe(true);
            expect(r.dueOn).toBe(addDaysToDate(r.endOn, dueAfterDays));
            if (r.status === "missing" || r.status === "pending") expect(r.submittedOn).toBeUndefined();
            if (r.status === "missing") expect(asOf > r.dueOn).toBe(true);
            if (r.status === "pending") expect(asOf <= r.dueOn).toBe(true);
            if (r.status === "on-time") expect((r.submittedOn ?? "") <= r.dueOn).toBe(true);
            if (r.status === "late") expect(daysBetween(r.dueOn, r.submittedOn ?? "")).toBe(r.daysLate);
            if (r.submittedOn !== undefined) expect(r.submittedOn <= asOf).toBe(true);
          }
        }
        expect(c.plan).toMatchObject(sum);
        // The reminders are exactly the missing reports, by due date.
        const missing = c.indicators.flatMap((n) =>
          n.reports.filter((r) => r.status === "missing").map((r) => `${n.indicatorId}/${r.periodId}`),
        );
        expect(c.overdue.map((o) => `${o.indicatorId}/${o.periodId}`).sort()).toEqual([...missing].sort());
        c.overdue.forEach((o, i) => {
          expect(o.daysOverdue).toBe(daysBetween(o.dueOn, asOf));
          expect(o.daysOverdue).toBeGreaterThanOrEqual(1);
          const next = c.overdue[i + 1];
          if (next !== undefined) expect(o.dueOn <= next.dueOn).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("a report due on asOf is not overdue; the day after, it is, by one day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3660 }),
        (start, length, dueAfterDays) => {
          const startOn = addDaysToDate("2020-01-01", start);
          const endOn = addDaysToDate(startOn, length);
          const dueOn = addDaysToDate(endOn, dueAfterDays);
          const plan = {
            indicators: [{ ...indicator("i", "I", "x"), periods: [{ id: "p", startOn, endOn }], values: [] }],
          };
          const on = run(plan, { asOf: dueOn, dueAfterDays });
          expect(on.indicators[0]?.reports[0]?.status).toBe("pending");
          expect(on.overdue).toEqual([]);
          const after = run(plan, { asOf: addDaysToDate(dueOn, 1), dueAfterDays });
          expect(after.indicators[0]?.reports[0]?.status).toBe("missing");
          expect(after.overdue).toEqual([{ indicatorId: "i", code: "I", periodId: "p", endOn, dueOn, daysOverdue: 1 }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a report submitted on its due date is on time; the day after, late", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), (start, dueAfterDays) => {
        const startOn = addDaysToDate("2020-01-01", start);
        const endOn = addDaysToDate(startOn, 30);
        const dueOn = addDaysToDate(endOn, dueAfterDays);
        const status = (submittedOn: string) =>
          run(
            {
              indicators: [
                {
                  ...indicator("i", "I", "x"),
                  periods: [{ id: "p", startOn, endOn }],
                  values: [{ id: "v", periodId: "p", state: "submitted", submittedOn } as never],
                },
              ],
            },
            { asOf: addDaysToDate(dueOn, 10), dueAfterDays },
          ).indicators[0]?.reports[0]?.status;
        expect(status(dueOn)).toBe("on-time");
        expect(status(addDaysToDate(dueOn, 1))).toBe("late");
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on options of any shape", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            asOf: fc.oneof(asOfArb, fc.anything()),
            dueAfterDays: fc.oneof(fc.integer({ min: -3, max: 4000 }), fc.anything()),
            requirements: fc.oneof(
              fc.array(
                fc.record(
                  {
                    indicatorId: fc.oneof(fc.constantFrom("ind-1", "ind-2", "zz"), fc.anything()),
                    periodId: fc.oneof(fc.constantFrom("2025-Q1", "2025-S1", "2025-12"), fc.anything()),
                    dueAfterDays: fc.oneof(fc.nat(100), fc.anything()),
                    dueOn: fc.oneof(asOfArb, fc.anything()),
                    required: fc.oneof(fc.boolean(), fc.anything()),
                  },
                  { requiredKeys: [] },
                ),
              ),
              fc.anything(),
            ),
            submittedOn: fc.oneof(
              fc.constant((v: { id?: unknown }) => (v.id === "q1" ? "2025-04-01" : undefined)),
              fc.anything(),
            ),
            locale: fc.oneof(fc.constantFrom("ar", "fr", "en"), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        (o) => {
          const r = reportingCompliance(network, o as unknown as ReportingComplianceOptions);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });
});
