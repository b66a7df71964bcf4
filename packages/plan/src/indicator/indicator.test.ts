import { describe, expect, it } from "vitest";
import {
  ActualValueSchema,
  Aggregation,
  IndicatorDirection,
  IndicatorMeasure,
  IndicatorPeriodSchema,
  IndicatorSchema,
  ValueState,
} from "./indicator.js";

describe("indicator enumerations", () => {
  const enumerations = [
    [IndicatorMeasure, ["number", "percentage", "ratio", "yes-no", "ordinal", "qualitative"]],
    [IndicatorDirection, ["increase", "decrease", "maintain"]],
    [Aggregation, ["sum", "mean", "last", "max", "min"]],
    [ValueState, ["draft", "submitted", "returned", "approved"]],
  ] as const;

  it("list their values in order and accept exactly them", () => {
    for (const [enumeration, values] of enumerations) {
      expect(enumeration.values).toEqual(values);
      for (const value of values) expect(enumeration.schema.safeParse(value).success).toBe(true);
      expect(enumeration.schema.safeParse("other").success).toBe(false);
    }
  });

  it("label every value in Arabic, French and English, each label different within a language", () => {
    for (const [enumeration, values] of enumerations) {
      const labelsOf = (value: string) =>
        (enumeration.labels as Readonly<Record<string, { ar: string; fr: string; en: string }>>)[value] ?? {
          ar: "",
          fr: "",
          en: "",
        };
      for (const locale of ["ar", "fr", "en"] as const) {
        const labels = values.map((value) => labelsOf(value)[locale]);
        for (const label of labels) expect(label.trim().length, `${enumeration.name} ${locale}`).toBeGreaterThan(0);
        expect(new Set(labels).size, `${enumeration.name} ${locale}`).toBe(values.length);
      }
      // Arabic labels are written in Arabic script, French and English ones in Latin script.
      for (const value of values) {
        expect(labelsOf(value).ar).toMatch(/\p{Script=Arabic}/u);
        expect(labelsOf(value).fr).toMatch(/^\p{Script=Latin}/u);
        expect(labelsOf(value).en).toMatch(/^\p{Script=Latin}/u);
      }
    }
  });
});

describe("indicator schemas", () => {
  const period = { id: "2025", startOn: "2025-01-01", endOn: "2025-12-31" };
  const value = { id: "v1", periodId: "2025", value: 3, state: "approved" };
  const indicator = {
    id: "ind-1",
    code: "OS1.1",
    name: { fr: "Associations formées" },
    measure: "number",
    direction: "increase",
    periods: [period],
    values: [value],
  };
  const accepts = (schema: { safeParse(x: unknown): { success: boolean } }, x: unknown) => schema.safeParse(x).success;

  it("accept a minimal period, value and indicator, and refuse unknown fields", () => {
    expect(accepts(IndicatorPeriodSchema, { ...period, target: 12, locked: true })).toBe(true);
    expect(accepts(IndicatorPeriodSchema, { ...period, extra: 1 })).toBe(false);
    expect(accepts(ActualValueSchema, value)).toBe(true);
    expect(accepts(ActualValueSchema, { ...value, extra: 1 })).toBe(false);
    expect(accepts(IndicatorSchema, indicator)).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, extra: 1 })).toBe(false);
  });

  it("take numerators from 0 and denominators above 0", () => {
    expect(accepts(ActualValueSchema, { ...value, numerator: 0, denominator: 1 })).toBe(true);
    expect(accepts(ActualValueSchema, { ...value, numerator: -1 })).toBe(false);
    expect(accepts(ActualValueSchema, { ...value, denominator: 0 })).toBe(false);
    expect(accepts(ActualValueSchema, { ...value, denominator: 0.5 })).toBe(true);
  });

  it("key disaggregations by a lowercase letter and up to 63 more letters, digits or hyphens", () => {
    const keyed = (key: string) => accepts(ActualValueSchema, { ...value, disaggregation: { [key]: "x" } });
    const name = (key: string) => accepts(IndicatorSchema, { ...indicator, disaggregations: [key] });
    for (const check of [keyed, name]) {
      expect(check("sex")).toBe(true);
      expect(check("ageGroup-2")).toBe(true);
      expect(check("a")).toBe(true);
      expect(check(`a${"b".repeat(63)}`)).toBe(true);
      expect(check(`a${"b".repeat(64)}`)).toBe(false);
      expect(check("")).toBe(false);
      expect(check("Sex")).toBe(false);
      expect(check("2sex")).toBe(false);
      expect(check("-sex")).toBe(false);
      expect(check("sex group")).toBe(false);
      expect(check("sex_group")).toBe(false);
      expect(check(" sex")).toBe(false);
      expect(check("sex ")).toBe(false);
    }
  });

  it("limit free texts and lists to their documented sizes", () => {
    expect(accepts(ActualValueSchema, { ...value, disaggregation: { sex: "f".repeat(200) } })).toBe(true);
    expect(accepts(ActualValueSchema, { ...value, disaggregation: { sex: "f".repeat(201) } })).toBe(false);
    expect(accepts(ActualValueSchema, { ...value, evidence: "e".repeat(2000) })).toBe(true);
    expect(accepts(ActualValueSchema, { ...value, evidence: "e".repeat(2001) })).toBe(false);
    expect(accepts(IndicatorSchema, { ...indicator, responsible: "r".repeat(200) })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, responsible: "r".repeat(201) })).toBe(false);
    const keys = Array.from({ length: 21 }, (_, i) => `k${i}`);
    expect(accepts(IndicatorSchema, { ...indicator, disaggregations: keys.slice(0, 20) })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, disaggregations: keys })).toBe(false);
    const periods = (n: number) => Array.from({ length: n }, (_, i) => ({ ...period, id: `p${i}` }));
    expect(accepts(IndicatorSchema, { ...indicator, periods: periods(1000) })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, periods: periods(1001) })).toBe(false);
  });

  it("trim the code, which must keep 1 to 64 characters", () => {
    const parsed = IndicatorSchema.safeParse({ ...indicator, code: "  OS1.1 " });
    expect(parsed.success && parsed.data.code).toBe("OS1.1");
    expect(accepts(IndicatorSchema, { ...indicator, code: "   " })).toBe(false);
    expect(accepts(IndicatorSchema, { ...indicator, code: "c".repeat(64) })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, code: "c".repeat(65) })).toBe(false);
  });

  it("take weights from 0, known frequencies, and a band, baseline and aggregations of the right shape", () => {
    expect(accepts(IndicatorSchema, { ...indicator, weight: 0 })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, weight: -0.5 })).toBe(false);
    for (const frequency of ["monthly", "quarterly", "semiannual", "annual", "custom"]) {
      expect(accepts(IndicatorSchema, { ...indicator, frequency })).toBe(true);
    }
    expect(accepts(IndicatorSchema, { ...indicator, frequency: "weekly" })).toBe(false);
    expect(accepts(IndicatorSchema, { ...indicator, band: { low: 1, high: 2 } })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, band: { low: 1, high: 2, mid: 1 } })).toBe(false);
    expect(accepts(IndicatorSchema, { ...indicator, baseline: { value: 1, date: "2024-12-31" } })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, baseline: { value: 1, date: "2024-12-31", x: 1 } })).toBe(false);
    expect(accepts(IndicatorSchema, { ...indicator, acrossPeriods: "mean", withinPeriod: "max" })).toBe(true);
    expect(accepts(IndicatorSchema, { ...indicator, acrossPeriods: "median" })).toBe(false);
  });
});
