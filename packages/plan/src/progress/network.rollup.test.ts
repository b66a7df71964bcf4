import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categoryLifeOfProjectTarget, periodTarget } from "../indicator/category.js";
import type { ActualValue } from "../indicator/indicator.js";
import { lifeOfProjectTarget } from "../indicator/progress.js";
import type { Plan, PlanIndicator } from "../plan/plan.js";
import { networkIndicatorActual, networkIndicatorRollUp } from "./network.js";

// The Doukkala network (région 06, Casablanca-Settat): an association of El Jadida province (06.181) reporting by
// commune (El Jadida 06.181.01.03, Azemmour 06.181.01.01) and again by sex, and one of Sidi Bennour province
// (06.467) reporting by sex × commune (Sidi Bennour 06.467.01.07, Zemamra 06.467.01.09) with targets by province.
const ED = "06.181";
const SB = "06.467";
const ED_CITY = "06.181.01.03";
const AZEMMOUR = "06.181.01.01";
const SB_CITY = "06.467.01.07";
const ZEMAMRA = "06.467.01.09";

const years = (targets: readonly number[], targetsBy: readonly PlanIndicator["periods"][number]["targetsBy"][] = []) =>
  targets.map((target, k) => {
    const by = targetsBy[k];
    return {
      id: `y${2025 + k}`,
      startOn: `${2025 + k}-01-01`,
      endOn: `${2025 + k}-12-31`,
      target,
      ...(by === undefined ? {} : { targetsBy: by }),
    };
  });
const value = (id: string, year: number, v: number, fields: Partial<ActualValue>): ActualValue => ({
  id,
  periodId: `y${year}`,
  value: v,
  state: "approved",
  ...fields,
});
const f = { disaggregation: { sex: "female" } };
const m = { disaggregation: { sex: "male" } };

const ind = (id: string, fields: Partial<PlanIndicator>): PlanIndicator => ({
  id,
  elementId: "e",
  code: id,
  name: { fr: id },
  measure: "number",
  direction: "increase",
  acrossPeriods: "sum",
  periods: [],
  values: [],
  ...fields,
});
const planOf = (id: string, indicators: PlanIndicator[]): Plan => ({
  format: "madani.plan/1",
  id,
  organizationId: `org-${id}`,
  title: { fr: id },
  period: { startOn: "2025-01-01", endOn: "2026-12-31" },
  template: { kind: "default" },
  elements: [],
  indicators,
  activities: [],
});

const elJadida = planOf("el-jadida", [
  ind("a", {
    totalBreakdown: { dimensions: ["sex"] },
    periods: years(
      [60, 90],
      [
        [
          { ...f, target: 35 },
          { ...m, target: 25 },
          { place: ED_CITY, target: 40 },
          { place: AZEMMOUR, target: 20 },
        ],
        [
          { ...f, target: 50 },
          { ...m, target: 40 },
          { place: ED_CITY, target: 55 },
          { place: AZEMMOUR, target: 35 },
        ],
      ],
    ),
    values: [
      value("f25", 2025, 30, f),
      value("m25", 2025, 25, m),
      value("c25", 2025, 35, { place: ED_CITY }),
      value("z25", 2025, 20, { place: AZEMMOUR }),
      value("f26", 2026, 45, f),
      value("m26", 2026, 35, m),
      value("c26", 2026, 50, { place: ED_CITY }),
      value("z26", 2026, 30, { place: AZEMMOUR }),
    ],
  }),
]);
const sidiBennour = planOf("sidi-bennour", [
  ind("b", {
    periods: years(
      [40, 60],
      [
        [
          { ...f, target: 25 },
          { ...m, target: 15 },
          { place: SB, target: 40 },
        ],
        [
          { ...f, target: 35 },
          { ...m, target: 25 },
          { place: SB, target: 60 },
        ],
      ],
    ),
    values: [
      value("1", 2025, 12, { ...f, place: SB_CITY }),
      value("2", 2025, 8, { ...m, place: SB_CITY }),
      value("3", 2025, 10, { ...f, place: ZEMAMRA }),
      value("4", 2025, 5, { ...m, place: ZEMAMRA }),
      value("5", 2026, 15, { ...f, place: SB_CITY }),
      value("6", 2026, 10, { ...m, place: SB_CITY }),
      value("7", 2026, 12, { ...f, place: ZEMAMRA }),
      value("8", 2026, 8, { ...m, place: ZEMAMRA }),
    ],
  }),
  ind("other-measure", { measure: "percentage" }),
]);
const network = {
  indicator: ind("net", { periods: years([0, 0]).map(({ target: _, ...p }) => p), disaggregations: ["sex"] }),
};
const members = [
  { plan: elJadida, indicatorId: "a" },
  { plan: sidiBennour, indicatorId: "b" },
  { plan: sidiBennour, indicatorId: "other-measure" },
  { plan: sidiBennour, indicatorId: "missing" },
];
const asOf = "2026-12-31";

describe("networkIndicatorRollUp: the Doukkala network (hand-computed)", () => {
  const r = networkIndicatorRollUp(network, members, asOf);
  const figures = (x: { target: number | undefined; actual: { value: number } | undefined }) => [
    x.target,
    x.actual?.value,
  ];

  it("sums the members' targets and actuals, each member's total counted once", () => {
    // El Jadida: 55 + 80 = 135 of 150 (its totals by sex, not also by commune); Sidi Bennour: 35 + 45 = 80 of 100.
    expect(figures(r)).toEqual([250, 215]);
    expect(r.actual).toEqual(networkIndicatorActual(network, members, asOf).actual);
    expect(r.periods.map((p) => [p.startOn, p.target, p.actual?.value])).toEqual([
      ["2025-01-01", 100, 90],
      ["2026-01-01", 150, 125],
    ]);
    expect(r.contributions.map((c) => [c.indicatorId, c.target, c.actual?.value, c.skipped])).toEqual([
      ["a", 150, 135, undefined],
      ["b", 100, 80, undefined],
      ["other-measure", undefined, undefined, "measure-mismatch"],
      ["missing", undefined, undefined, "missing-indicator"],
    ]);
  });

  it("breaks targets and actuals down by sex", () => {
    expect(r.byCategory.map((c) => [c.dimension, c.category, ...figures(c)])).toEqual([
      ["sex", "female", 145, 124], // targets 85 + 60; actuals 75 + 49
      ["sex", "male", 105, 91], // targets 65 + 40; actuals 60 + 31
    ]);
    expect(r.byCategory[0]?.periods.map((p) => [p.target, p.actual?.value])).toEqual([
      [60, 52],
      [85, 72],
    ]);
  });

  it("rolls communes up to provinces (the default) and to the région", () => {
    expect(r.byPlace.map((p) => [p.place, ...figures(p)])).toEqual([
      [ED, 150, 135], // the communes of El Jadida: targets 60 + 90, actuals 55 + 80
      [SB, 100, 80],
    ]);
    const region = networkIndicatorRollUp(network, members, asOf, { placeLevel: "region" });
    expect(region.byPlace.map((p) => [p.place, ...figures(p)])).toEqual([["06", 250, 215]]);
    // As reported: Sidi Bennour's targets are by province, its values by commune; the province counts its communes.
    const asReported = networkIndicatorRollUp(network, members, asOf, { placeLevel: "commune" });
    expect(asReported.byPlace.map((p) => [p.place, ...figures(p)])).toEqual([
      [AZEMMOUR, 55, 50],
      [ED_CITY, 95, 85],
      [SB, 100, 80],
      [SB_CITY, undefined, 45],
      [ZEMAMRA, undefined, 35],
    ]);
  });

  it("pools the targets of percentages, weighted by the members' denominators", () => {
    const rate = (id: string, target: number, n: number | undefined, d: number) =>
      planOf(id, [
        ind("p", {
          measure: "percentage",
          periods: years([target]),
          values: [
            n === undefined
              ? value("v", 2025, (30 / d) * 100, {})
              : { id: "v", periodId: "y2025", numerator: n, denominator: d, state: "approved" },
          ],
        }),
      ]);
    const pooled = networkIndicatorRollUp(
      { indicator: ind("net", { measure: "percentage", periods: years([0]) }) },
      [
        { plan: rate("x", 40, 8, 20), indicatorId: "p" },
        { plan: rate("y", 70, 30, 60), indicatorId: "p" },
      ],
      asOf,
    );
    expect(pooled.target).toBe(62.5); // (40 × 20 + 70 × 60) / 80
    expect(pooled.actual).toEqual({ value: 47.5, numerator: 38, denominator: 80 });
    expect(pooled.periods[0]?.target).toBe(62.5);
    // A member without a denominator: the plain mean of the targets.
    const plain = networkIndicatorRollUp(
      { indicator: ind("net", { measure: "percentage", periods: years([0]) }) },
      [
        { plan: rate("x", 40, 8, 20), indicatorId: "p" },
        { plan: rate("y", 70, undefined, 60), indicatorId: "p" },
      ],
      asOf,
    );
    expect(plain.target).toBe(55);
    expect(plain.actual).toEqual({ value: 40, numerator: 8, denominator: 20 });
  });

  it("has neither targets nor actuals for measures that do not combine, and takes the members' periods without its own", () => {
    const yesNo = networkIndicatorRollUp(
      { indicator: ind("net", { measure: "yes-no" }) },
      [{ plan: planOf("x", [ind("p", { measure: "yes-no", periods: years([1]) })]), indicatorId: "p" }],
      asOf,
    );
    expect([yesNo.target, yesNo.actual, yesNo.periods.map((p) => p.startOn)]).toEqual([
      undefined,
      undefined,
      ["2025-01-01"],
    ]);
    expect(networkIndicatorRollUp(network, [], asOf)).toMatchObject({ target: undefined, actual: undefined });
  });
});

describe("networkIndicatorRollUp laws", () => {
  const member = fc.record({
    targets: fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }), { minLength: 2, maxLength: 2 }),
    women: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 2 }),
    places: fc.subarray([ED_CITY, AZEMMOUR, SB_CITY, ZEMAMRA, ED, "06"], { minLength: 0 }),
    value: fc.integer({ min: 0, max: 100 }),
  });

  it("the programme's targets are the sums of its members' targets: LoP, per period, per category", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 5 }), (ms) => {
        const plans = ms.map((x, k) =>
          planOf(`m${k}`, [
            ind("i", {
              disaggregations: ["sex"],
              periods: x.targets.map((target, j) => ({
                id: `y${2025 + j}`,
                startOn: `${2025 + j}-01-01`,
                endOn: `${2025 + j}-12-31`,
                ...(target === undefined ? {} : { target }),
                targetsBy: [
                  { ...f, target: x.women[j] as number },
                  ...x.places.map((place) => ({ place, target: x.value })),
                ],
              })),
              values: x.places.map((place, j) => value(`v${j}`, 2025, x.value, { place })),
            }),
          ]),
        );
        const list = plans.map((plan) => ({ plan, indicatorId: "i" }));
        const r = networkIndicatorRollUp(network, list, asOf);
        const inds = plans.map((p) => p.indicators[0] as PlanIndicator);
        const sum = (xs: (number | undefined)[]) =>
          xs.some((x) => x !== undefined) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : undefined;
        expect(r.target).toBe(sum(inds.map((i) => lifeOfProjectTarget(i, "2026-12-31")?.value)));
        r.periods.forEach((p, j) => {
          expect(p.target).toBe(sum(inds.map((i) => periodTarget(i, `y${2025 + j}`))));
        });
        const women = r.byCategory.find((c) => c.category === "female");
        expect(women?.target).toBe(
          sum(inds.map((i) => categoryLifeOfProjectTarget(i, { disaggregation: { sex: "female" } })?.value)),
        );
        // The actuals by province add up to the network's when every place lies in a province.
        const provinces = r.byPlace.filter((p) => p.place.length > 2);
        if (ms.every((x) => !x.places.includes("06")))
          expect(sum(provinces.map((p) => p.actual?.value))).toBe(r.actual?.value);
      }),
    );
  });
});
