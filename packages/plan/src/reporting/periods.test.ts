import { addDaysToDate, daysBetween } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndicatorPeriodSchema } from "../indicator/indicator.js";
import {
  MAX_REPORTING_PERIODS,
  REPORTING_FREQUENCIES,
  type ReportingPeriod,
  ReportingPeriodSchema,
  type ReportingPeriodsOptions,
  reportingPeriods,
} from "./periods.js";

/** The periods of valid options (fails the test otherwise). */
function periods(options: ReportingPeriodsOptions): readonly ReportingPeriod[] {
  const r = reportingPeriods(options);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code} ${i.path.join(".")}`).join("\n"));
  return r.value;
}

/** [id, startOn, endOn, dueOn, partial] of each period, for compact expectations. */
const rows = (list: readonly ReportingPeriod[]) => list.map((p) => [p.id, p.startOn, p.endOn, p.dueOn, p.partial]);

describe("reportingPeriods: hand-computed scenarios", () => {
  it("quarters of a fiscal year starting in July, clipped at both ends", () => {
    const list = periods({
      frequency: "quarterly",
      startOn: "2025-09-15",
      endOn: "2026-08-10",
      fiscalYearStartMonth: 7,
    });
    expect(rows(list)).toEqual([
      ["FY2025-Q1", "2025-09-15", "2025-09-30", "2025-10-30", true],
      ["FY2025-Q2", "2025-10-01", "2025-12-31", "2026-01-30", false],
      ["FY2025-Q3", "2026-01-01", "2026-03-31", "2026-04-30", false],
      ["FY2025-Q4", "2026-04-01", "2026-06-30", "2026-07-30", false],
      ["FY2026-Q1", "2026-07-01", "2026-08-10", "2026-09-09", true],
    ]);
    // Fiscal year 2025 runs from July 2025 to June 2026 (named by the year it starts in, like DHIS2's 2025July).
    expect(list.map((p) => p.fiscalYear)).toEqual([2025, 2025, 2025, 2025, 2026]);
    expect(list[0]?.label).toEqual({
      ar: "الربع الأول من السنة المالية 2025-2026",
      fr: "T1 de l'exercice 2025-2026",
      en: "Q1 FY 2025-2026",
    });
  });

  it("calendar quarters: ids 2025-Q1 and the labels «الربع الأول 2025» / « T1 2025 » / Q1 2025", () => {
    const list = periods({ frequency: "quarterly", startOn: "2025-01-01", endOn: "2025-12-31", dueAfterDays: 15 });
    expect(rows(list)).toEqual([
      ["2025-Q1", "2025-01-01", "2025-03-31", "2025-04-15", false],
      ["2025-Q2", "2025-04-01", "2025-06-30", "2025-07-15", false],
      ["2025-Q3", "2025-07-01", "2025-09-30", "2025-10-15", false],
      ["2025-Q4", "2025-10-01", "2025-12-31", "2026-01-15", false],
    ]);
    expect(list.map((p) => p.label.ar)).toEqual([
      "الربع الأول 2025",
      "الربع الثاني 2025",
      "الربع الثالث 2025",
      "الربع الرابع 2025",
    ]);
    expect(list[0]?.label.fr).toBe("T1 2025");
    expect(list[3]?.label.en).toBe("Q4 2025");
  });

  it("months of a leap year: February has 29 days, Moroccan month names in Arabic", () => {
    const list = periods({ frequency: "monthly", startOn: "2024-01-20", endOn: "2024-03-05", dueAfterDays: 0 });
    expect(rows(list)).toEqual([
      ["2024-01", "2024-01-20", "2024-01-31", "2024-01-31", true],
      ["2024-02", "2024-02-01", "2024-02-29", "2024-02-29", false],
      ["2024-03", "2024-03-01", "2024-03-05", "2024-03-05", true],
    ]);
    expect(list.map((p) => p.label.fr)).toEqual(["Janvier 2024", "Février 2024", "Mars 2024"]);
    // February of a common year ends on the 28th; the due date crosses into March.
    expect(rows(periods({ frequency: "monthly", startOn: "2025-02-01", endOn: "2025-02-28" }))).toEqual([
      ["2025-02", "2025-02-01", "2025-02-28", "2025-03-30", false],
    ]);
    // 1900 is not a leap year, 2000 is.
    expect(periods({ frequency: "monthly", startOn: "1900-02-01", endOn: "1900-02-28" })[0]?.partial).toBe(false);
    expect(periods({ frequency: "monthly", startOn: "2000-02-01", endOn: "2000-02-29" })[0]?.partial).toBe(false);
  });

  it("the twelve Moroccan month names, July as يوليوز and August as غشت", () => {
    const list = periods({ frequency: "monthly", startOn: "2025-01-01", endOn: "2025-12-31" });
    expect(list.map((p) => p.label.ar.split(" ")[0])).toEqual([
      "يناير",
      "فبراير",
      "مارس",
      "أبريل",
      "ماي",
      "يونيو",
      "يوليوز",
      "غشت",
      "شتنبر",
      "أكتوبر",
      "نونبر",
      "دجنبر",
    ]);
    expect(list.map((p) => p.id)).toEqual([
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
    ]);
  });

  it("monthly periods with a fiscal year: calendar-month ids, the fiscal year it belongs to", () => {
    const list = periods({ frequency: "monthly", startOn: "2025-06-01", endOn: "2025-07-31", fiscalYearStartMonth: 7 });
    expect(list.map((p) => [p.id, p.fiscalYear])).toEqual([
      ["2025-06", 2024],
      ["2025-07", 2025],
    ]);
  });

  it("semesters: calendar (S1/S2, «الأسدس») and from an October fiscal year", () => {
    const calendar = periods({ frequency: "semiannual", startOn: "2025-03-01", endOn: "2026-02-28" });
    expect(rows(calendar)).toEqual([
      ["2025-S1", "2025-03-01", "2025-06-30", "2025-07-30", true],
      ["2025-S2", "2025-07-01", "2025-12-31", "2026-01-30", false],
      ["2026-S1", "2026-01-01", "2026-02-28", "2026-03-30", true],
    ]);
    expect(calendar[1]?.label).toEqual({ ar: "الأسدس الثاني 2025", fr: "S2 2025", en: "H2 2025" });
    const october = periods({
      frequency: "semiannual",
      startOn: "2025-10-01",
      endOn: "2026-09-30",
      fiscalYearStartMonth: 10,
    });
    expect(rows(october)).toEqual([
      ["FY2025-S1", "2025-10-01", "2026-03-31", "2026-04-30", false],
      ["FY2025-S2", "2026-04-01", "2026-09-30", "2026-10-30", false],
    ]);
    expect(october[1]?.label.fr).toBe("S2 de l'exercice 2025-2026");
  });

  it("years: calendar ids 2025, fiscal ids FY2025 from April, with an id prefix", () => {
    expect(
      rows(periods({ frequency: "annual", startOn: "2025-05-01", endOn: "2026-12-31", dueAfterDays: 90 })),
    ).toEqual([
      ["2025", "2025-05-01", "2025-12-31", "2026-03-31", true],
      ["2026", "2026-01-01", "2026-12-31", "2027-03-31", false],
    ]);
    const april = periods({
      frequency: "annual",
      startOn: "2025-01-01",
      endOn: "2026-03-31",
      fiscalYearStartMonth: 4,
      idPrefix: "ind-1/",
    });
    expect(rows(april)).toEqual([
      ["ind-1/FY2024", "2025-01-01", "2025-03-31", "2025-04-30", true],
      ["ind-1/FY2025", "2025-04-01", "2026-03-31", "2026-04-30", false],
    ]);
    expect(april[1]?.label).toEqual({ ar: "السنة المالية 2025-2026", fr: "Exercice 2025-2026", en: "FY 2025-2026" });
    expect(periods({ frequency: "annual", startOn: "2025-01-01", endOn: "2025-12-31" })[0]?.label).toEqual({
      ar: "سنة 2025",
      fr: "Année 2025",
      en: "Year 2025",
    });
  });

  it("a one-day span gives one partial period", () => {
    expect(rows(periods({ frequency: "annual", startOn: "2025-06-15", endOn: "2025-06-15" }))).toEqual([
      ["2025", "2025-06-15", "2025-06-15", "2025-07-15", true],
    ]);
  });

  it("periods fit IndicatorPeriodSchema once dueOn and the rest are left out", () => {
    for (const p of periods({ frequency: "quarterly", startOn: "2025-02-10", endOn: "2026-05-20", idPrefix: "p-" })) {
      expect(ReportingPeriodSchema.safeParse(p).success).toBe(true);
      const { id, startOn, endOn } = p;
      expect(IndicatorPeriodSchema.safeParse({ id, startOn, endOn }).success).toBe(true);
    }
  });
});

describe("reportingPeriods: bad options give issues", () => {
  const codes = (options: unknown) => {
    const r = reportingPeriods(options as ReportingPeriodsOptions);
    return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
  };
  const valid = { frequency: "monthly", startOn: "2025-01-01", endOn: "2025-12-31" } as const;

  it("names each wrong option", () => {
    expect(codes({ ...valid, frequency: "weekly" })).toEqual(["reporting.invalid_frequency@frequency"]);
    expect(codes({ ...valid, startOn: "2025-02-30" })).toEqual(["reporting.invalid_date@startOn"]);
    expect(codes({ ...valid, endOn: 20251231 })).toEqual(["reporting.invalid_date@endOn"]);
    expect(codes({ ...valid, endOn: "2024-12-31" })).toEqual(["reporting.end_before_start@endOn"]);
    expect(codes({ ...valid, fiscalYearStartMonth: 0 })).toEqual([
      "reporting.invalid_fiscal_month@fiscalYearStartMonth",
    ]);
    expect(codes({ ...valid, fiscalYearStartMonth: 6.5 })).toEqual([
      "reporting.invalid_fiscal_month@fiscalYearStartMonth",
    ]);
    expect(codes({ ...valid, dueAfterDays: -1 })).toEqual(["reporting.invalid_due_days@dueAfterDays"]);
    expect(codes({ ...valid, dueAfterDays: 3661 })).toEqual(["reporting.invalid_due_days@dueAfterDays"]);
    expect(codes({ ...valid, dueAfterDays: 3660 })).toEqual([]);
    expect(codes({ ...valid, idPrefix: " x" })).toEqual(["reporting.invalid_id_prefix@idPrefix"]);
    expect(codes({ ...valid, idPrefix: "a\u0000" })).toEqual(["reporting.invalid_id_prefix@idPrefix"]);
    expect(codes({ ...valid, idPrefix: "x".repeat(101) })).toEqual(["reporting.invalid_id_prefix@idPrefix"]);
    expect(codes({ ...valid, dueAfterdays: 10 })).toEqual(["reporting.unknown_option@dueAfterdays"]);
    expect(codes({})).toEqual([
      "reporting.invalid_frequency@frequency",
      "reporting.invalid_date@startOn",
      "reporting.invalid_date@endOn",
    ]);
  });

  it("refuses more than 1000 periods, dates before year 1 and due dates after 9999-12-31", () => {
    // 1000 months fit, 1001 do not.
    expect(codes({ frequency: "monthly", startOn: "2000-01-01", endOn: "2083-04-30" })).toEqual([]);
    expect(codes({ frequency: "monthly", startOn: "2000-01-01", endOn: "2083-05-01" })).toEqual([
      "reporting.too_many_periods@",
    ]);
    expect(codes({ frequency: "annual", startOn: "0000-03-01", endOn: "0001-12-31" })).toEqual([
      "reporting.date_out_of_range@startOn",
    ]);
    expect(codes({ frequency: "annual", startOn: "9999-01-01", endOn: "9999-12-31" })).toEqual([
      "reporting.date_out_of_range@dueAfterDays",
    ]);
    expect(codes({ frequency: "annual", startOn: "9999-01-01", endOn: "9999-12-31", dueAfterDays: 0 })).toEqual([]);
    expect(MAX_REPORTING_PERIODS).toBe(1000);
  });

  it("writes its messages in the requested language", () => {
    const r = reportingPeriods({ ...valid, frequency: "weekly" as never, locale: "fr" });
    expect(r.ok ? "" : r.issues[0]?.message).toMatch(/^Fréquence de rapportage invalide/);
    const ar = reportingPeriods({ ...valid, endOn: "2024-01-01", locale: "ar" });
    expect(ar.ok ? "" : ar.issues[0]?.message).toBe("تاريخ النهاية 2024-01-01 سابق لتاريخ البداية 2025-01-01.");
  });

  it("never throws on options of any shape", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            frequency: fc.oneof(fc.constantFrom(...REPORTING_FREQUENCIES), fc.anything()),
            startOn: fc.oneof(fc.constantFrom("2025-01-01", "2025-02-29", ""), fc.anything()),
            endOn: fc.oneof(fc.constantFrom("2026-12-31", "9999-12-31"), fc.anything()),
            fiscalYearStartMonth: fc.oneof(fc.integer({ min: -2, max: 14 }), fc.anything()),
            dueAfterDays: fc.oneof(fc.integer({ min: -5, max: 4000 }), fc.anything()),
            idPrefix: fc.oneof(fc.string(), fc.anything()),
            locale: fc.oneof(fc.constantFrom("ar", "fr", "en"), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        (options) => {
          const r = reportingPeriods(options as unknown as ReportingPeriodsOptions);
          expect(typeof r.ok).toBe("boolean");
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("reportingPeriods: laws", () => {
  const spans = fc.record({
    frequency: fc.constantFrom(...REPORTING_FREQUENCIES),
    start: fc.integer({ min: 0, max: 20_000 }),
    length: fc.integer({ min: 0, max: 2500 }),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    dueAfterDays: fc.integer({ min: 0, max: 400 }),
  });
  const MONTHS = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 } as const;

  it("the periods tile the span, day after day, without gap or overlap", () => {
    fc.assert(
      fc.property(spans, ({ frequency, start, length, fiscalYearStartMonth, dueAfterDays }) => {
        const startOn = addDaysToDate("1990-01-01", start);
        const endOn = addDaysToDate(startOn, length);
        const list = periods({ frequency, startOn, endOn, fiscalYearStartMonth, dueAfterDays });
        expect(list[0]?.startOn).toBe(startOn);
        expect(list.at(-1)?.endOn).toBe(endOn);
        const days = list.reduce((n, p) => n + daysBetween(p.startOn, p.endOn) + 1, 0);
        expect(days).toBe(length + 1);
        list.forEach((p, i) => {
          expect(p.startOn <= p.endOn).toBe(true);
          expect(p.dueOn).toBe(addDaysToDate(p.endOn, dueAfterDays));
          const next = list[i + 1];
          if (next !== undefined) expect(next.startOn).toBe(addDaysToDate(p.endOn, 1));
        });
        expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
      }),
      { numRuns: 500 },
    );
  });

  it("periods are aligned on the fiscal year: whole periods start on its months, only the ends are partial", () => {
    fc.assert(
      fc.property(spans, ({ frequency, start, length, fiscalYearStartMonth }) => {
        const startOn = addDaysToDate("1990-01-01", start);
        const endOn = addDaysToDate(startOn, length);
        const list = periods({ frequency, startOn, endOn, fiscalYearStartMonth });
        list.forEach((p, i) => {
          const inner = i > 0 && i < list.length - 1;
          if (inner) expect(p.partial).toBe(false);
          if (!p.partial) {
            expect(p.startOn.slice(8)).toBe("01");
            const month = Number(p.startOn.slice(5, 7));
            expect((month - fiscalYearStartMonth + 12) % MONTHS[frequency]).toBe(0);
            // A whole period ends the day before the same day of the month, `length` months later.
            const nextStart = addDaysToDate(p.endOn, 1);
            const months =
              (Number(nextStart.slice(0, 4)) - Number(p.startOn.slice(0, 4))) * 12 +
              Number(nextStart.slice(5, 7)) -
              month;
            expect(nextStart.slice(8)).toBe("01");
            expect(months).toBe(MONTHS[frequency]);
          }
          expect(ReportingPeriodSchema.safeParse(p).success).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});
