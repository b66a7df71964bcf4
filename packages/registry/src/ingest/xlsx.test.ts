import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ReportDocument, renderXlsx } from "@madani/report";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { clerkWorkbook, clerkWorkbookParts, zipParts } from "../../test/xlsxWorkbook.js";
import { type IngestOptions, ingest } from "../index.js";
import { columnIndex, decodeXstring, isDateFormat, numberText, readSheet, serialDate } from "./xlsx.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/xlsx");

async function run(input: Parameters<typeof ingest>[0], options: IngestOptions = {}) {
  const r = await ingest(input, { collect: true, ...options });
  if (!r.ok) throw new Error(`import failed: ${r.issues.map((i) => `${i.code} ${i.message}`).join(", ")}`);
  return r.value;
}

/** The bytes in chunks of `size`. */
function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** What the clerk's workbook gives, whatever the zip writer, the chunking or the order of its parts. */
function expectClerkRows(s: Awaited<ReturnType<typeof run>>) {
  expect(s.format).toBe("xlsx");
  expect(s.sheet).toBe("الجمعيات");
  expect(s.columns?.headers).toEqual([
    "الاسم",
    "الشكل القانوني",
    "الهاتف",
    "تاريخ التأسيس",
    "رقم الحساب البنكي",
    "ملاحظات",
  ]);
  expect(s.reconciliation).toEqual({ rowsRead: 5, accepted: 3, quarantined: 2, balanced: true });
  expect(s.accepted?.map((a) => [a.line, a.organization])).toEqual([
    [
      2,
      {
        id: "row-1",
        name: { ar: "جمعية الأمل للتنمية" },
        legalForm: "association",
        foundedOn: "2015-03-12",
        contacts: [{ kind: "phone", value: "+212661234567" }],
        bankAccount: { rib: "011519000001205000534921" },
      },
    ],
    [6, { id: "row-3", name: { fr: "Coopérative Tifaouine" }, legalForm: "cooperative", foundedOn: "2012-04-01" }],
    [8, { id: "row-5", name: { fr: "Arts & Culture" }, legalForm: "association" }],
  ]);
  expect(
    s.quarantined?.map((q) => [q.line, q.cells, q.issues.map((i) => [i.code, i.params?.column, i.value])]),
  ).toEqual([
    [
      5,
      ["Association Nour", "Association", "0522123456", "2010-05-01", "1.17E+23", ""],
      [["ingest.number_lost_digits", "رقم الحساب البنكي", "1.17E+23"]],
    ],
    [7, ["جمعية الوفاء", "جمعية", "#N/A", "", "", "1500.5"], [["ingest.xlsx_error_cell", "الهاتف", "#N/A"]]],
  ]);
}

describe("ingest: a workbook written as Excel writes one (ECMA-376 parts by hand)", () => {
  it("reads the first visible sheet: shared strings, dates, formulas, gaps, empty rows, numbers Excel mangled", async () => {
    expectClerkRows(await run([clerkWorkbook()]));
  });

  it("reads it whatever the chunks, byte by byte included", async () => {
    const bytes = clerkWorkbook();
    for (const size of [1, 7, 997, 65_536]) expectClerkRows(await run(chunksOf(bytes, size)));
  });

  it("reads entries whose sizes come after their data (a streaming zip writer's data descriptors)", async () => {
    expectClerkRows(await run([clerkWorkbook({ mode: "stream" })]));
  });

  it("reads the parts in any order: shared strings first, relationships and workbook last", async () => {
    const parts = clerkWorkbookParts();
    const byName = new Map(parts);
    const first = ["xl/sharedStrings.xml", "xl/styles.xml"];
    const sstFirst = [
      ...first.map((n) => [n, byName.get(n) as string] as [string, string]),
      ...parts.filter(([n]) => !first.includes(n)),
    ];
    expectClerkRows(await run([zipParts(sstFirst)]));
    expectClerkRows(await run([zipParts([...parts].reverse())]));
    expectClerkRows(await run(chunksOf(zipParts([...parts].reverse(), "stream"), 333)));
  });

  it("reads a sheet by name (case and spaces aside), and the 1904 date system", async () => {
    const notes = await ingest([clerkWorkbook()], { sheet: " NOTES" });
    // The sheet "Notes" is read: its only line is not a header with a name column.
    expect(notes.ok ? "ok" : [notes.issues[0]?.code, notes.issues[0]?.params?.columns]).toEqual([
      "ingest.no_name_column",
      "Formes",
    ]);
    const s = await run([clerkWorkbook({ date1904: true })], { sheet: "الجمعيات" });
    // 42075 days after 1904-01-01.
    expect(s.accepted?.[0]?.organization.foundedOn).toBe("2019-03-13");
  });

  it("takes the header row from the headers option, and resumes from a checkpoint on the same sheet only", async () => {
    const headers = ["Nom", "Forme", "Tél", "Date de création", "RIB", "Remarques"];
    const s = await run([clerkWorkbook()], { headers });
    expect(s.reconciliation.rowsRead).toBe(6);
    expect(s.quarantined?.[0]?.line).toBe(1);
    const first = await run([clerkWorkbook()], { batchSize: 2 });
    const checkpoints: NonNullable<IngestOptions["resumeFrom"]>[] = [];
    await run([clerkWorkbook()], { batchSize: 2, onBatch: (b) => void checkpoints.push(b.checkpoint) });
    const resumed = await run([clerkWorkbook()], {
      resumeFrom: checkpoints[0] as NonNullable<IngestOptions["resumeFrom"]>,
    });
    expect(resumed.run.rowsSkipped).toBe(2);
    expect(resumed.reconciliation).toEqual(first.reconciliation);
    expect(checkpoints[0]?.sheet).toBe("الجمعيات");
    const other = await ingest([clerkWorkbook()], {
      sheet: "Notes",
      resumeFrom: checkpoints[0] as NonNullable<IngestOptions["resumeFrom"]>,
    });
    expect(other.ok ? "ok" : [other.issues[0]?.code, other.issues[0]?.params?.reason]).toEqual([
      "ingest.checkpoint_mismatch",
      "sheet",
    ]);
  });
});

describe("ingest: workbooks written by other programs", () => {
  it("reads LibreOffice Calc's workbook (test/fixtures/xlsx, see SOURCE.md)", async () => {
    const bytes = readFileSync(join(fixtures, "libreoffice-calc.xlsx"));
    const s = await run(chunksOf(bytes, 4096), { sheet: "Associations", locale: "fr" });
    expect(s.columns?.headers).toEqual(["Nom", "الاسم", "Forme juridique", "Téléphone", "Date de création", "RIB"]);
    expect(s.reconciliation).toEqual({ rowsRead: 3, accepted: 2, quarantined: 1, balanced: true });
    expect(
      s.accepted?.map((a) => [a.line, a.organization.name, a.organization.foundedOn, a.organization.contacts]),
    ).toEqual([
      [
        2,
        { fr: "Association Al Amal pour le développement", ar: "جمعية الأمل للتنمية" },
        "2015-03-12",
        [{ kind: "phone", value: "+212661234567" }],
      ],
      [
        5,
        { fr: "Association Nour & Savoir", ar: "جمعية النور" },
        "2016-05-02",
        [{ kind: "phone", value: "+212522123456" }],
      ],
    ]);
    expect(s.quarantined?.map((q) => [q.line, q.issues[0]?.code, q.issues[0]?.params?.column])).toEqual([
      [4, "ingest.number_lost_digits", "RIB"],
    ]);
    // Its first sheet is a note, not a table.
    const first = await ingest([bytes]);
    expect(first.ok ? "ok" : first.issues[0]?.code).toBe("ingest.no_name_column");
  });

  it("reads SheetJS's workbooks, with shared strings or inline strings, dates and numbers", async () => {
    const rows = [
      ["Nom", "Forme juridique", "Téléphone", "Date de création", "RIB", "Actif"],
      [
        "Association Al Amal",
        "Association",
        661234567,
        new Date(Date.UTC(2015, 2, 12)),
        "011519000001205000534921",
        true,
      ],
      ["جمعية النور", "جمعية", "0522123456", "02/05/2016", "", false],
      [],
      ["Coopérative Tifaouine", "Coopérative", "", new Date(Date.UTC(2010, 4, 1)), 1.17e23, null],
    ];
    for (const bookSST of [true, false]) {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), "Registre");
      const bytes = XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST, cellDates: false }) as ArrayBuffer;
      const s = await run([new Uint8Array(bytes)]);
      expect(s.sheet).toBe("Registre");
      expect(s.reconciliation).toEqual({ rowsRead: 3, accepted: 2, quarantined: 1, balanced: true });
      expect(s.accepted?.map((a) => [a.line, a.organization.foundedOn, a.organization.contacts?.[0]?.value])).toEqual([
        [2, "2015-03-12", "+212661234567"],
        [3, "2016-05-02", "+212522123456"],
      ]);
      expect(s.quarantined?.map((q) => [q.line, q.issues[0]?.code, q.cells?.[3], q.cells?.[4]])).toEqual([
        [5, "ingest.number_lost_digits", "2010-05-01", "1.17E+23"],
      ]);
    }
  });

  it("reads what renderXlsx of @madani/report writes (Arabic, right to left, date columns)", async () => {
    const doc: ReportDocument = {
      format: "madani.report/1",
      meta: { title: "السجل", language: "ar", generatedAt: "2026-01-05T10:00:00Z" },
      sections: [
        {
          heading: "الجمعيات",
          blocks: [
            {
              type: "table",
              id: "orgs",
              title: "الجمعيات",
              columns: [
                { key: "name", label: "الاسم", type: "text" },
                { key: "form", label: "الشكل القانوني", type: "text" },
                { key: "founded", label: "تاريخ التأسيس", type: "date" },
                { key: "rib", label: "رقم الحساب البنكي", type: "text" },
                { key: "members", label: "عدد المنخرطين", type: "integer" },
              ],
              rows: [
                {
                  name: "جمعية الأمل للتنمية",
                  form: "جمعية",
                  founded: "2015-03-12",
                  rib: "011519000001205000534921",
                  members: 120,
                },
                { name: "=جمعية الأطلس", form: "جمعية", founded: "1899-06-01", rib: null, members: 1234567 },
              ],
            },
          ],
        },
      ],
    };
    const xlsx = renderXlsx(doc);
    if (!xlsx.ok) throw new Error("renderXlsx failed");
    const s = await run([xlsx.value]);
    expect(s.sheet).toBe("الجمعيات");
    expect(s.columns?.headers).toEqual([
      "الاسم",
      "الشكل القانوني",
      "تاريخ التأسيس",
      "رقم الحساب البنكي",
      "عدد المنخرطين",
    ]);
    expect(
      s.accepted?.map((a) => [a.organization.name, a.organization.foundedOn, a.organization.bankAccount?.rib]),
    ).toEqual([
      [{ ar: "جمعية الأمل للتنمية" }, "2015-03-12", "011519000001205000534921"],
      // A text that starts with "=" stays text; a date before 1900 stays ISO text.
      [{ ar: "=جمعية الأطلس" }, "1899-06-01", undefined],
    ]);
  });
});

describe("xlsx reader: its parts", () => {
  it("shows numbers as Excel's General format does", () => {
    expect(numberText(661234567)).toBe("661234567");
    expect(numberText(1.17e23)).toBe("1.17E+23");
    expect(numberText(2 ** 60)).toBe("1.15292150460685E+18");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(-0)).toBe("0");
    expect(numberText(1500.5)).toBe("1500.5");
    expect(numberText(1e-7)).toBe("1E-07");
  });

  it("turns serial numbers into dates in both date systems, with Excel's 29 February 1900", () => {
    expect(serialDate(1, false)).toBe("1900-01-01");
    expect(serialDate(59, false)).toBe("1900-02-28");
    expect(serialDate(60, false)).toBeUndefined();
    expect(serialDate(61, false)).toBe("1900-03-01");
    expect(serialDate(45658.75, false)).toBe("2025-01-01");
    expect(serialDate(0, true)).toBe("1904-01-01");
    expect(serialDate(-1, false)).toBeUndefined();
    expect(serialDate(3e6, false)).toBeUndefined();
  });

  it("tells date formats from others", () => {
    for (const code of [
      "dd/mm/yyyy",
      "d-mmm-yy",
      "[$-fr-FR]d mmmm yyyy;@",
      "mmm-yy",
      "yyyy-mm-dd hh:mm",
      "B2dd/mm/yyyy",
    ])
      expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ["General", "0.00", '#,##0.00\\ "dh"', "h:mm:ss", "[h]:mm", "0%", '"day" 0', "@", "[Red]0.00"])
      expect([code, isDateFormat(code)]).toEqual([code, false]);
  });

  it("reads cell references and Excel's escapes", () => {
    expect([
      columnIndex("A1"),
      columnIndex("Z9"),
      columnIndex("AA10"),
      columnIndex("XFD1"),
      columnIndex("XFE1"),
    ]).toEqual([0, 25, 26, 16_383, -1]);
    expect(decodeXstring("a_x000D_b_x005F_x0041_")).toBe("a\rb_x0041_");
  });

  it("never holds the sheet's XML or all its rows: rows come in batches as the sheet is inflated", async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Association ${i}</t></is></c></row>`,
    );
    const parts = clerkWorkbookParts().map(([n, x]): [string, string] =>
      n === "xl/worksheets/sheet2.xml"
        ? [
            n,
            x.replace(
              /<sheetData>.*<\/sheetData>/,
              `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>${rows.join("")}</sheetData>`,
            ),
          ]
        : [n, x],
    );
    const info = { sheet: undefined, chars: 0 };
    const batches: number[] = [];
    const charsAt: number[] = [];
    for await (const batch of readSheet(
      chunksOf(zipParts(parts), 8192) as unknown as AsyncIterable<Uint8Array>,
      { maxBytes: 2 ** 30 },
      info,
    )) {
      batches.push(batch.length);
      charsAt.push(info.chars);
    }
    expect(batches.reduce((a, b) => a + b, 0)).toBe(5001);
    // One step inflates 16 KB of compressed bytes: a few thousand rows of this (very compressible) sheet at most.
    expect(Math.max(...batches)).toBeLessThanOrEqual(2000);
    expect(batches.length).toBeGreaterThanOrEqual(4);
    // Each batch was handed on before the sheet's XML was all read.
    expect(charsAt[0]).toBeLessThan(info.chars / 2);
  });

  it("reads a workbook whose parts are stored without compression", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, xml] of clerkWorkbookParts()) files[name] = strToU8(xml);
    expectClerkRows(await run([zipSync(files, { level: 0 })]));
  });
});
