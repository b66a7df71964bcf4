import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReport } from "./builder.js";
import { validateReportDocument } from "./validate.js";

const meta = { title: { ar: "التقرير العام" }, language: "ar" as const, generatedAt: "2024-12-30T18:00:00+01:00" };

const withTable = (rows: object[], footer?: object) =>
  createReport(meta)
    .section({ ar: "المشاركون" }, (s) =>
      s.table({
        id: "participants",
        title: { ar: "المشاركون حسب الورشة" },
        columns: [
          { key: "workshop", label: { ar: "الورشة" }, type: "text" },
          { key: "count", label: { ar: "العدد" }, type: "integer" },
          { key: "budget", label: { ar: "الميزانية" }, type: "money" },
          { key: "share", label: { ar: "النسبة" }, type: "percent" },
          { key: "on", label: { ar: "التاريخ" }, type: "date" },
          { key: "status", label: { ar: "الحالة" }, type: "status" },
        ],
        rows: rows as never,
        ...(footer === undefined ? {} : { footer: footer as never }),
      }),
    )
    .build();

const codes = (input: unknown) => {
  const r = validateReportDocument(input);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
};

describe("validateReportDocument", () => {
  it("accepts a document built with the builder", () => {
    const doc = withTable(
      [
        {
          workshop: { ar: "التخطيط الاستراتيجي" },
          count: 34,
          budget: { amount: 1_250_000, currency: "MAD" },
          share: 28.3,
          on: "2024-12-27",
          status: { label: { ar: "منجز" }, tone: "positive" },
        },
        { workshop: "Digital", count: null },
      ],
      { workshop: { ar: "المجموع" }, count: 34 },
    );
    expect(validateReportDocument(doc).ok).toBe(true);
  });

  it("checks each cell against its column type and names the cell", () => {
    expect(codes(withTable([{ count: 3.5 }, { on: "27/12/2024" }, { budget: 12 }, { status: "ok" }]))).toEqual([
      ["report.cell_type", "sections.0.blocks.0.rows.0.count"],
      ["report.cell_type", "sections.0.blocks.0.rows.1.on"],
      ["report.cell_type", "sections.0.blocks.0.rows.2.budget"],
      ["report.cell_type", "sections.0.blocks.0.rows.3.status"],
    ]);
  });

  it("reports cells of no column and footers that do not fit", () => {
    expect(codes(withTable([{ count: 1, typo: 2 }], { count: "x" }))).toEqual([
      ["report.unknown_column", "sections.0.blocks.0.rows.0.typo"],
      ["report.cell_type", "sections.0.blocks.0.footer.count"],
    ]);
  });

  it("requires one value per category and unique table ids", () => {
    const doc = createReport(meta)
      .section({ ar: "أ" }, (s) =>
        s
          .chart({ kind: "bar", title: "x", categories: ["a", "b"], series: [{ name: "s", values: [1] }] })
          .table({ id: "t", title: "t", columns: [{ key: "a", label: "a", type: "text" }], rows: [] })
          .table({ id: "t", title: "t", columns: [{ key: "a", label: "a", type: "text" }], rows: [] }),
      )
      .build();
    expect(codes(doc)).toEqual([
      ["report.series_length", "sections.0.blocks.0.chart.series.0.values"],
      ["report.duplicate_table_id", "sections.0.blocks.2.id"],
    ]);
  });

  it("limits sub-sections to two levels below a section", () => {
    const doc = createReport(meta)
      .section("1", (s) => s.section("1.1", (a) => a.section("1.1.1", (b) => b.section("1.1.1.1", () => {}))))
      .build();
    expect(codes(doc).map(([c]) => c)).toEqual(["schema.unrecognized_key"]);
  });

  it("requires generatedAt with an offset, given by the caller", () => {
    expect(codes({ ...withTable([]), meta: { ...meta, generatedAt: "2024-12-30T18:00:00" } })).toEqual([
      ["schema.invalid_format", "meta.generatedAt"],
    ]);
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(validateReportDocument(input).ok).toBe(false);
      }),
    );
  });
});

describe("column keys", () => {
  it("accepts year keys and refuses __proto__, which would never reach a row", () => {
    const doc = (key: string) =>
      createReport(meta)
        .section("s", (s) =>
          s.table({ id: "t", title: "t", columns: [{ key, label: key, type: "integer" }], rows: [{ [key]: 1 }] }),
        )
        .build();
    expect(validateReportDocument(doc("2024")).ok).toBe(true);
    expect(codes(doc("__proto__")).map(([c]) => c)).toContain("schema.invalid_format");
  });
});
