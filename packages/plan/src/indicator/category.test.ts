import { communes } from "@madani/model/geo";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  categoryBaseline,
  categoryIndicator,
  categoryLifeOfProjectTarget,
  categoryProgress,
  indicatorCategories,
  periodBreakdowns,
  periodTarget,
} from "./category.js";
import { type ActualValue, type Indicator, IndicatorSchema } from "./indicator.js";
import { placeAt } from "./places.js";
import { currentActual, indicatorProgress, lifeOfProjectTarget, periodActual } from "./progress.js";

// The Doukkala network, région Casablanca-Settat (06): El Jadida province (06.181: the communes of El Jadida,
// 06.181.01.03, and Azemmour, 06.181.01.01) and Sidi Bennour province (06.467: the communes of Sidi Bennour,
// 06.467.01.07, and Zemamra, 06.467.01.09), HCP codes of @madani/model/geo.
const ED = "06.181";
const SB = "06.467";
const ED_CITY = "06.181.01.03";
const AZEMMOUR = "06.181.01.01";
const SB_CITY = "06.467.01.07";
const ZEMAMRA = "06.467.01.09";

const v = (id: string, periodId: string, value: number, fields: Partial<ActualValue> = {}): ActualValue => ({
  id,
  periodId,
  value,
  state: "approved",
  ...fields,
});
const sex = (s: string) => ({ disaggregation: { sex: s } });

/**
 * Participants in the network's trainings, 2025-2026, entered twice: by sex, and again by province (2025) and by
 * commune (2026). The total comes from the breakdown by sex.
 */
const participants: Indicator = IndicatorSchema.parse({
  id: "i-participants",
  code: "1.1",
  name: { fr: "Participants aux formations" },
  measure: "number",
  direction: "increase",
  acrossPeriods: "sum",
  baseline: { value: 0, date: "2024-12-31" },
  baselinesBy: [{ ...sex("female"), value: 0 }],
  disaggregations: ["sex"],
  totalBreakdown: { dimensions: ["sex"] },
  periods: [
    {
      id: "2025",
      startOn: "2025-01-01",
      endOn: "2025-12-31",
      target: 100,
      targetsBy: [
        { ...sex("female"), target: 60 },
        { ...sex("male"), target: 40 },
        { place: ED, target: 70 },
        { place: SB, target: 30 },
      ],
    },
    {
      id: "2026",
      startOn: "2026-01-01",
      endOn: "2026-12-31",
      target: 150,
      targetsBy: [
        { ...sex("female"), target: 90 },
        { ...sex("male"), target: 60 },
        { place: ED_CITY, target: 50 },
        { place: AZEMMOUR, target: 40 },
        { place: SB, target: 60 },
      ],
    },
  ],
  values: [
    v("f25", "2025", 55, sex("female")),
    v("m25", "2025", 45, sex("male")),
    v("ed25", "2025", 62, { place: ED }),
    v("sb25", "2025", 38, { place: SB }),
    v("f26", "2026", 70, sex("female")),
    v("m26", "2026", 50, sex("male")),
    v("edc26", "2026", 40, { place: ED_CITY }),
    v("az26", "2026", 25, { place: AZEMMOUR }),
    v("sbc26", "2026", 30, { place: SB_CITY }),
    v("zm26", "2026", 20, { place: ZEMAMRA }),
    v("draft", "2026", 999, { ...sex("female"), state: "draft" }),
  ],
});

describe("a total entered by sex and again by place (hand-computed)", () => {
  it("is counted once: from the declared breakdown, never the sum of both", () => {
    expect(periodActual(participants, "2025")).toEqual({ value: 100 }); // 55 + 45, not 200
    expect(periodActual(participants, "2026")).toEqual({ value: 120 }); // 70 + 50, not 235
    expect(currentActual(participants, "2026-12-31")).toEqual({ value: 220 });
    expect(indicatorProgress(participants, "2026-12-31").achievement).toBeCloseTo(220 / 250, 12);
  });

  it("reads the other breakdown when it is declared the total's", () => {
    const byPlace = { ...participants, totalBreakdown: { place: true } };
    expect(periodActual(byPlace, "2025")?.value).toBe(100); // 62 + 38
    expect(periodActual(byPlace, "2026")?.value).toBe(115); // 40 + 25 + 30 + 20: the breakdowns disagree
    // Without a declaration the breakdown with the fewest dimensions wins, and without a place on a tie: by sex.
    const { totalBreakdown: _, ...undeclared } = participants;
    expect(periodActual(undeclared, "2026")?.value).toBe(120);
    expect(currentActual(undeclared, "2026-12-31")?.value).toBe(220);
    // Without a declaration and without places, the values add up as in earlier releases.
    const unplaced = { ...undeclared, values: undeclared.values.filter((x) => x.place === undefined) };
    expect(currentActual(unplaced, "2026-12-31")?.value).toBe(220);
    expect(currentActual({ ...unplaced, totalBreakdown: {} }, "2026-12-31")?.value).toBe(220);
    expect(
      currentActual(
        { ...unplaced, values: [...unplaced.values, v("x", "2025", 5, { disaggregation: {} })] },
        "2025-12-31",
      )?.value,
    ).toBe(105);
  });

  it("gives each category and each place from its own breakdown, places summing the communes inside them", () => {
    const women = { disaggregation: { sex: "female" } };
    expect(periodActual(participants, "2026", women)).toEqual({ value: 70 }); // the draft 999 does not count
    expect(currentActual(participants, "2026-12-31", women)).toEqual({ value: 125 });
    expect(periodActual(participants, "2025", { place: ED })?.value).toBe(62);
    expect(periodActual(participants, "2026", { place: ED })?.value).toBe(65); // 40 + 25
    expect(periodActual(participants, "2026", { place: SB })?.value).toBe(50); // 30 + 20
    expect(periodActual(participants, "2026", { place: ZEMAMRA })?.value).toBe(20);
    expect(periodActual(participants, "2026", { place: "06" })?.value).toBe(115);
    expect(currentActual(participants, "2026-12-31", { place: ED })?.value).toBe(127);
    // A category no breakdown has: nothing, not the total.
    expect(periodActual(participants, "2026", { disaggregation: { age: "15-24" } })).toBeUndefined();
    expect(periodActual(participants, "2026", { ...women, place: ED })).toBeUndefined();
  });

  it("gives targets, LoP targets, baselines and achievement by category and by place", () => {
    expect(periodTarget(participants, "2026")).toBe(150);
    expect(periodTarget(participants, "2026", { disaggregation: { sex: "female" } })).toBe(90);
    expect(periodTarget(participants, "2026", { place: ED })).toBe(90); // 50 + 40, its two communes
    expect(periodTarget(participants, "2026", { place: SB })).toBe(60);
    expect(periodTarget(participants, "2026", { place: "06" })).toBe(150);
    expect(periodTarget(participants, "nope")).toBeUndefined();
    expect(categoryLifeOfProjectTarget(participants, { disaggregation: { sex: "female" } })).toEqual({
      value: 150,
      dueOn: "2026-12-31",
    });
    expect(categoryLifeOfProjectTarget(participants, { place: ED })?.value).toBe(160); // 70 + 90
    expect(categoryLifeOfProjectTarget(participants, {})).toEqual(lifeOfProjectTarget(participants));
    expect(categoryBaseline(participants, { disaggregation: { sex: "female" } })).toEqual({
      value: 0,
      date: "2024-12-31",
    });
    // Women: 125 of 150; El Jadida: 127 of 160; Sidi Bennour: 88 of 90.
    const women = categoryProgress(participants, { disaggregation: { sex: "female" } }, "2026-12-31");
    expect(women.actual).toEqual({ value: 125 });
    expect(women.achievement).toBeCloseTo(125 / 150, 12);
    expect(categoryProgress(participants, { place: ED }, "2026-12-31").achievement).toBeCloseTo(127 / 160, 12);
    expect(categoryProgress(participants, { place: SB }, "2026-12-31").achievement).toBeCloseTo(88 / 90, 12);
  });

  it("lists the breakdowns of a period, the one that gives the total, and the categories", () => {
    expect(
      periodBreakdowns(participants, "2026").map((b) => [b.dimensions, b.place, b.actual?.value, b.total]),
    ).toEqual([
      [["sex"], false, 120, true],
      [[], true, 115, false],
    ]);
    expect(indicatorCategories(participants)).toEqual({
      dimensions: [{ name: "sex", categories: ["female", "male"] }],
      places: [AZEMMOUR, ED_CITY, SB_CITY, ZEMAMRA, ED, SB].sort(),
    });
  });

  it("projects a category onto a plain indicator every function applies to", () => {
    const women = categoryIndicator(participants, { disaggregation: { sex: "female" } });
    expect(IndicatorSchema.safeParse(women).success).toBe(true);
    expect(women.periods.map((p) => p.target)).toEqual([60, 90]);
    expect(women.values.map((x) => x.id)).toEqual(["f25", "f26"]);
    expect(women.baseline).toEqual({ value: 0, date: "2024-12-31" });
    // The total of an indicator without breakdowns is the indicator itself.
    const plain: Indicator = { ...participants, values: [], periods: [] };
    const { totalBreakdown: _t, baselinesBy: _b, ...bare } = plain;
    expect(categoryIndicator(bare, {})).toBe(bare);
  });
});

describe("percentages entered by sex and by province", () => {
  const certified: Indicator = {
    id: "i-certified",
    code: "3.2.1",
    name: { fr: "Part des associations aux comptes certifiés" },
    measure: "percentage",
    direction: "increase",
    baseline: { value: 10, date: "2024-12-31" },
    baselinesBy: [{ place: ED, value: 8 }],
    periods: [
      {
        id: "2025",
        startOn: "2025-01-01",
        endOn: "2025-12-31",
        target: 30,
        targetsBy: [
          { place: ED, target: 25 },
          { place: ED_CITY, target: 40 },
          { place: SB, target: 45 },
        ],
      },
    ],
    values: [
      v("f", "2025", 0, { ...sex("female"), numerator: 6, denominator: 20 }),
      v("m", "2025", 0, { ...sex("male"), numerator: 9, denominator: 40 }),
      v("ed", "2025", 0, { place: ED, numerator: 10, denominator: 45 }),
      v("sb", "2025", 0, { place: SB, numerator: 5, denominator: 15 }),
    ],
  };

  it("pools one breakdown: 15 of 60, not 30 of 120", () => {
    expect(periodActual(certified, "2025")).toEqual({ value: 25, numerator: 15, denominator: 60 });
    expect(periodActual(certified, "2025", { place: SB })).toEqual({
      value: (5 / 15) * 100,
      numerator: 5,
      denominator: 15,
    });
  });

  it("never adds rate targets: a category's is its own, or none", () => {
    expect(periodTarget(certified, "2025", { place: SB })).toBe(45);
    expect(periodTarget(certified, "2025", { place: ED_CITY })).toBe(40);
    // El Jadida has its own target and a commune's: two targets of rates, which do not combine.
    expect(periodTarget(certified, "2025", { place: ED })).toBeUndefined();
    // A level keeps the indicator's baseline without one of its own; a category with its own uses it.
    expect(categoryBaseline(certified, { place: SB })).toEqual(certified.baseline);
    expect(categoryBaseline(certified, { place: ED })).toEqual({ value: 8, date: "2024-12-31" });
  });
});

describe("laws", () => {
  const CATEGORIES = ["female", "male"] as const;
  const PLACES = communes({ regionCode: "06" }).map((c) => c.code);
  const cell = fc.record({
    sex: fc.constantFrom(...CATEGORIES),
    place: fc.constantFrom(...PLACES),
    value: fc.integer({ min: 0, max: 1000 }),
  });

  /** Values of one period by sex × commune, and the same total again by sex alone (in any order). */
  const indicatorOf = (cells: readonly { sex: string; place: string; value: number }[], declare: boolean) => {
    const bySex = CATEGORIES.map((s) => ({
      s,
      value: cells.filter((c) => c.sex === s).reduce((a, c) => a + c.value, 0),
    }));
    const values: ActualValue[] = [
      ...cells.map((c, k) => v(`c${k}`, "p", c.value, { disaggregation: { sex: c.sex }, place: c.place })),
      ...bySex.map(({ s, value }) => v(`s-${s}`, "p", value, sex(s))),
    ];
    const ind: Indicator = {
      id: "i",
      code: "i",
      name: { fr: "i" },
      measure: "number",
      direction: "increase",
      periods: [{ id: "p", startOn: "2025-01-01", endOn: "2025-12-31" }],
      values: values.reverse(),
      ...(declare ? { totalBreakdown: { dimensions: ["sex"], place: true } } : {}),
    };
    return ind;
  };

  it("the categories of a complete breakdown add up to the total, which counts each value once", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), fc.boolean(), (cells, declare) => {
        const ind = indicatorOf(cells, declare);
        const total = cells.reduce((a, c) => a + c.value, 0);
        expect(periodActual(ind, "p")?.value).toBe(total);
        const bySex = CATEGORIES.map((s) => periodActual(ind, "p", { disaggregation: { sex: s } })?.value ?? 0);
        expect(bySex.reduce((a, b) => a + b, 0)).toBe(total);
        const places = [...new Set(cells.map((c) => c.place))];
        const byPlace = places.map((place) => periodActual(ind, "p", { place })?.value ?? 0);
        expect(byPlace.reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it("rolling communes up to provinces, and provinces to régions, keeps the sum", () => {
    const ALL = communes().map((c) => c.code);
    fc.assert(
      fc.property(
        fc.array(fc.record({ place: fc.constantFrom(...ALL), value: fc.integer({ min: 0, max: 1000 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (cells) => {
          const ind: Indicator = {
            ...indicatorOf([], false),
            values: cells.map((c, k) => v(`c${k}`, "p", c.value, { place: c.place })),
          };
          const total = cells.reduce((a, c) => a + c.value, 0);
          expect(periodActual(ind, "p")?.value ?? 0).toBe(total);
          for (const level of ["province", "region"] as const) {
            const rolled = [...new Set(cells.map((c) => placeAt(c.place, level)))];
            const sum = rolled.reduce((a, place) => a + (periodActual(ind, "p", { place })?.value ?? 0), 0);
            expect(sum).toBe(total);
          }
        },
      ),
    );
  });

  it("without breakdowns, a category that holds every value gives the actuals of the indicator", () => {
    const value = fc.record({
      period: fc.integer({ min: 0, max: 3 }),
      value: fc.option(fc.integer({ min: -50, max: 500 }), { nil: undefined }),
      ratio: fc.option(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })), { nil: undefined }),
      approved: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 12 }),
        fc.constantFrom("number", "percentage", "ratio", "yes-no") as fc.Arbitrary<Indicator["measure"]>,
        fc.constantFrom("sum", "mean", "last", "max", "min") as fc.Arbitrary<"sum">,
        fc.constantFrom("sum", "mean", "last", "max", "min") as fc.Arbitrary<"sum">,
        fc.constantFrom("2025-06-30", "2025-12-31", "2026-12-31"),
        (values, measure, within, across, asOf) => {
          const ind: Indicator = {
            id: "i",
            code: "i",
            name: { fr: "i" },
            measure,
            direction: "increase",
            withinPeriod: within,
            acrossPeriods: across,
            periods: [0, 1, 2, 3].map((k) => ({
              id: `q${k}`,
              startOn: `2025-${String(3 * k + 1).padStart(2, "0")}-01`,
              endOn: `2025-${String(3 * k + 3).padStart(2, "0")}-${k === 0 || k === 3 ? 31 : 30}`,
            })),
            values: values.map((x, k) => ({
              id: `v${k}`,
              periodId: `q${x.period}`,
              ...(x.value === undefined ? {} : { value: x.value }),
              ...(x.ratio === undefined ? {} : { numerator: x.ratio[0], denominator: x.ratio[1] }),
              disaggregation: { all: "x" },
              state: x.approved ? "approved" : "draft",
            })),
          };
          const everything = { disaggregation: { all: "x" } };
          expect(currentActual(ind, asOf, everything)).toEqual(currentActual(ind, asOf));
          for (const p of ind.periods) expect(periodActual(ind, p.id, everything)).toEqual(periodActual(ind, p.id));
        },
      ),
    );
  });
});
