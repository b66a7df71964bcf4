import { describe, expect, it } from "vitest";
import { ENUMERATIONS } from "./enumerations.js";
import { labelOf } from "./labels.js";

const ARABIC = /[\u0600-\u06FF]/;
const TIFINAGH = /^[\u2D30-\u2D7F\s]+$/;

describe("enumeration labels", () => {
  const all = Object.entries(ENUMERATIONS);

  it("lists every enumeration once, under its own name", () => {
    expect(all.length).toBeGreaterThanOrEqual(19);
    for (const [key, e] of all) expect(e.name).toBe(key);
  });

  for (const [name, e] of all) {
    it(`${name}: every value has ar, fr and en labels`, () => {
      for (const value of e.values) {
        const labels = e.labels[value];
        expect(labels, `${name}.${value}`).toBeDefined();
        expect(labels?.ar.trim(), `${name}.${value}.ar`).not.toBe("");
        expect(labels?.fr.trim(), `${name}.${value}.fr`).not.toBe("");
        expect(labels?.en.trim(), `${name}.${value}.en`).not.toBe("");
        expect(labels?.ar, `${name}.${value}.ar is Arabic`).toMatch(ARABIC);
        expect(labels?.fr, `${name}.${value}.fr is not Arabic`).not.toMatch(ARABIC);
        if (labels?.zgh !== undefined) expect(labels.zgh, `${name}.${value}.zgh is Tifinagh`).toMatch(TIFINAGH);
      }
    });

    it(`${name}: the schema accepts exactly the values`, () => {
      for (const value of e.values) expect(e.schema.safeParse(value).success).toBe(true);
      expect(e.schema.safeParse("not-a-value").success).toBe(false);
    });
  }

  it("falls back from Tamazight to Arabic when no reviewed label exists", () => {
    const e = ENUMERATIONS.legalForm;
    if (e === undefined) throw new Error("legalForm missing");
    expect(labelOf(e, "association", "zgh")).toBe(e.labels.association?.zgh ?? "جمعية");
  });
});
