import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReport } from "../document/builder.js";
import { validateReportDocument } from "../document/validate.js";
import { type JsonOptions, renderJson } from "./json.js";

const doc = createReport({
  title: { ar: "  التقرير المالي  ", fr: "Rapport financier" },
  organization: { name: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations de Doukkala" }, id: "RAD-2009" },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  language: "ar",
  generatedAt: "2025-01-15T10:00:00+01:00",
})
  .section(
    { ar: "المداخيل", fr: "Recettes" },
    (s) =>
      s
        .table({
          id: "income",
          title: { ar: "المداخيل حسب المصدر", fr: "Recettes par source" },
          columns: [
            { key: "source", label: { ar: "المصدر", fr: "Source" }, type: "text" },
            { key: "amount", label: { ar: "المبلغ", fr: "Montant" }, type: "money" },
            { key: "share", label: { ar: "الحصة", fr: "Part" }, type: "percent", decimals: 1 },
          ],
          rows: [
            {
              source: { ar: "دعم عمومي", fr: "Subventions publiques" },
              amount: { amount: 9_950_000, currency: "MAD" },
              share: 76.2,
            },
            {
              source: { ar: "واجبات الانخراط", fr: "Cotisations" },
              amount: { amount: 310_000, currency: "MAD" },
              share: 2.4,
            },
          ],
          footer: { source: { ar: "المجموع", fr: "Total" }, amount: { amount: 10_260_000, currency: "MAD" } },
        })
        .note({ ar: "المبالغ بالدرهم.", fr: "Montants en dirhams." }, "info"),
    "income",
  )
  .build();

const render = (input: unknown, options?: JsonOptions): string => {
  const r = renderJson(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
};

/** The same value with the keys of every object in another order. */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(() => random() - 0.5);
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
}

/** A copy whose object keys were inserted in sorted order (what JSON.stringify then writes, for non-index keys). */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedCopy((value as Record<string, unknown>)[k])]),
  );
}

describe("renderJson", () => {
  it("writes the validated document, which JSON.parse gives back", () => {
    const validated = validateReportDocument(doc);
    if (!validated.ok) throw new Error("invalid fixture");
    const out = render(doc);
    expect(JSON.parse(out)).toEqual(validated.value);
    // Validation trims multilingual texts; the output is the validated document.
    expect(out).toContain('"ar": "التقرير المالي"');
  });

  it("sorts keys at every level, with 2-space indentation and a final newline", () => {
    const out = render(doc);
    expect(out).toBe(`${JSON.stringify(sortedCopy(JSON.parse(out)), null, 2)}\n`);
    expect(out.startsWith('{\n  "format": "madani.report/1",\n  "meta": {\n    "generatedAt": ')).toBe(true);
    expect(out).toMatch(
      /"amount": \{\n\s+"amount": 9950000,\n\s+"currency": "MAD"\n\s+\},\n\s+"share": 76.2,\n\s+"source"/,
    );
    expect(out.endsWith("}\n")).toBe(true);
  });

  it("sorts keys that look like array indexes as strings too, unlike JSON.stringify", () => {
    const d = createReport({ title: "T", language: "fr", generatedAt: "2025-01-15T10:00:00+01:00" })
      .section("S", (s) =>
        s.table({
          id: "years",
          title: "Années",
          columns: ["b", "a", "2024", "10"].map((key) => ({ key, label: key, type: "integer" as const })),
          rows: [{ b: 1, a: 2, "2024": 3, "10": 4 }],
        }),
      )
      .build();
    const row = /"rows": \[\n\s+\{([^}]*)\}/.exec(render(d))?.[1] ?? "";
    expect(row.match(/"[^"]+":/g)).toEqual(['"10":', '"2024":', '"a":', '"b":']);
    // That path writes exactly what JSON.stringify writes (here its numeric-first order is also sorted).
    for (const indent of [0, 2, 4]) {
      const out = render(d, { indent });
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, indent)}\n`);
    }
  });

  it("gives the same bytes whatever the key order of the input", () => {
    const first = render(doc);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let s = seed >>> 0;
        const random = () => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 2 ** 32;
        };
        expect(render(shuffleKeys(doc, random))).toBe(first);
      }),
      { numRuns: 50 },
    );
  });

  it("indents as asked: 0 writes one line", () => {
    const compact = render(doc, { indent: 0 });
    expect(compact.split("\n")).toHaveLength(2);
    expect(compact).toBe(`${JSON.stringify(sortedCopy(doc))}\n`.replace('"  التقرير المالي  "', '"التقرير المالي"'));
    expect(render(doc, { indent: 4 })).toContain('\n    "format": "madani.report/1",\n');
    expect(render(doc, { indent: 4 })).toBe(`${JSON.stringify(JSON.parse(render(doc)), sortKeys, 4)}\n`);
    expect(render(doc, { indent: Number.NaN })).toBe(render(doc));
  });

  it("returns issues for an invalid document", () => {
    const r = renderJson({ ...doc, format: "madani.report/2" });
    expect(r.ok).toBe(false);
  });
});

/** A JSON.stringify replacer that rebuilds objects with sorted keys. */
function sortKeys(_key: string, value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? sortedCopy(value) : value;
}
