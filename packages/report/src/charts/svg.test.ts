import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFormatter } from "../format/formatter.js";
import {
  type ChartContext,
  c,
  estimateWidth,
  label,
  linearScale,
  svgText,
  textDirection,
  wrapText,
  wrapWords,
} from "./svg.js";

const ar: ChartContext = { fmt: createFormatter({ language: "ar" }), rtl: true, id: "t", format: undefined };
const fr: ChartContext = { fmt: createFormatter({ language: "fr" }), rtl: false, id: "t", format: undefined };

describe("c", () => {
  it("writes at most 2 decimals, no -0, and 0 for what is not finite", () => {
    expect([1 / 3, -0, -0.001, 12, Number.NaN, Number.POSITIVE_INFINITY].map(c)).toEqual([
      "0.33",
      "0",
      "0",
      "12",
      "0",
      "0",
    ]);
  });
});

describe("linearScale", () => {
  it("includes zero and every value, with round ticks", () => {
    const s = linearScale([3, 48], true);
    expect(s.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(linearScale([-7, 12], false).ticks).toEqual([-10, -5, 0, 5, 10, 15]);
  });

  it("is 0 … 1 for all-zero or empty data", () => {
    expect(linearScale([0, 0], true).ticks).toEqual([0, 1]);
    expect(linearScale([], false).hi).toBe(1);
  });

  it("keeps every position in [0, 1] and every tick finite, whatever the data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 }),
        fc.boolean(),
        (values, integer) => {
          const s = linearScale(values, integer);
          expect(s.ticks.length).toBeGreaterThan(0);
          expect(s.ticks.every(Number.isFinite)).toBe(true);
          for (const v of values) {
            const p = s.pos(v);
            expect(p >= 0 && p <= 1).toBe(true);
          }
          if (integer) expect(s.ticks.every((t) => Number.isInteger(t) || Math.abs(t) > 2 ** 53)).toBe(true);
        },
      ),
    );
  });
});

describe("wrapText", () => {
  it("never starts a line with a lone dash: it stays with the word before it", () => {
    expect(wrapWords("درعة - تافيلالت")).toEqual(["درعة -", "تافيلالت"]);
    expect(wrapWords("- a – b")).toEqual(["-", "a –", "b"]);
    const lines = wrapText("درعة - تافيلالت", estimateWidth("درعة - ", 11), 11, 3).lines;
    expect(lines[0]).toBe("درعة -");
    for (const line of lines) expect(line.startsWith("-")).toBe(false);
  });

  it("breaks at spaces and cuts with an ellipsis what does not fit", () => {
    expect(wrapText("ورشة التخطيط الاستراتيجي", 80, 12, 2).lines).toEqual(["ورشة التخطيط", "الاستراتيجي"]);
    const cut = wrapText("Atelier de communication numérique et de montage de projets", 100, 12, 2);
    expect(cut.truncated).toBe(true);
    expect(cut.lines).toHaveLength(2);
    expect(cut.lines[1]?.endsWith("…")).toBe(true);
  });

  it("never returns more lines than asked, nor a line wider than the width (but for one character)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 12, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        (text, width, max) => {
          const w = wrapText(text, width, 12, max);
          expect(w.lines.length).toBeGreaterThanOrEqual(1);
          expect(w.lines.length).toBeLessThanOrEqual(max);
          for (const line of w.lines)
            if (Array.from(line).length > 2) expect(estimateWidth(line, 12)).toBeLessThanOrEqual(width + 1e-9);
        },
      ),
    );
  });
});

describe("textDirection and svgText", () => {
  it("takes a plain string's direction from its first strong character", () => {
    expect(textDirection({ text: "« CNDH »", lang: undefined, dir: "auto" }, "rtl")).toBe("ltr");
    expect(textDirection({ text: "2024 سيدي بنور", lang: undefined, dir: "auto" }, "ltr")).toBe("rtl");
    expect(textDirection({ text: "2024", lang: undefined, dir: "auto" }, "rtl")).toBe("rtl");
  });

  it("anchors by physical side, so a French label in an Arabic chart lines up with the Arabic ones", () => {
    const arabic = svgText(ar, label(ar, { ar: "الجديدة" }), { x: 600, y: 10, align: "right" });
    const french = svgText(ar, label(ar, { fr: "El Jadida" }), { x: 600, y: 10, align: "right" });
    expect(arabic).toBe('<text x="600" y="10" text-anchor="start">الجديدة</text>');
    expect(french).toBe('<text x="600" y="10" text-anchor="end" direction="ltr" lang="fr">El Jadida</text>');
    expect(svgText(fr, label(fr, "El Jadida"), { x: 10, y: 10, align: "left" })).toBe(
      '<text x="10" y="10" text-anchor="start">El Jadida</text>',
    );
  });
});
