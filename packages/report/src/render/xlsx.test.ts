/**
 * `renderXlsx` checked against tools nobody on the team wrote: SheetJS (`xlsx` 0.18.5) reads the workbook back
 * (values, types, number formats, sheet names, properties, autofilter), fflate unzips it, and xmllint (Debian's
 * libxml2-utils) checks that every XML part is well-formed and answers XPath questions about the sheets (direction,
 * frozen pane, bold header, quote prefix, widths). Without xmllint those tests are skipped with a message, except
 * on CI (`CI` set), where they fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { createReport } from "../document/builder.js";
import type { Cell, Column, ColumnType, ReportLanguage, Row } from "../document/document.js";
import * as report from "../index.js";
import { renderCsv } from "./csv.js";
import { renderXlsx, type XlsxOptions } from "./xlsx.js";

const XMLLINT_MISSING =
  "xmllint was not found (Debian: apt-get install libxml2-utils): the XML checks of " +
  "packages/report/src/render/xlsx.test.ts are skipped; on CI they fail.";
const hasXmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error === undefined;
if (!hasXmllint && !process.env.CI) console.warn(XMLLINT_MISSING);
const withXmllint = describe.skipIf(!hasXmllint && !process.env.CI);

const work = mkdtempSync(join(tmpdir(), "madani-xlsx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let workbooks = 0;

const GENERATED_AT = "2025-01-15T10:00:00+01:00";
const meta = (language: ReportLanguage = "fr") => ({ title: "T", language, generatedAt: GENERATED_AT });

/** A document with one table. */
const tableDoc = (columns: readonly Column[], rows: readonly Row[], footer?: Row, language?: ReportLanguage) =>
  createReport(meta(language))
    .section("S", (s) =>
      s.table({ id: "t", title: "Tableau", columns, rows, ...(footer === undefined ? {} : { footer }) }),
    )
    .build();

const render = (doc: unknown, options?: XlsxOptions): Uint8Array => {
  const r = renderXlsx(doc, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
};

/** The workbook as SheetJS reads it, with number formats. */
const read = (bytes: Uint8Array) => XLSX.read(bytes, { type: "array", cellNF: true });

/** The first (or named) sheet as SheetJS reads it. */
function sheet(bytes: Uint8Array, name?: string): XLSX.WorkSheet {
  const wb = read(bytes);
  const ws = wb.Sheets[name ?? wb.SheetNames[0] ?? ""];
  if (ws === undefined) throw new Error(`no sheet ${name ?? ""}`);
  return ws;
}

const cellAt = (ws: XLSX.WorkSheet, ref: string): XLSX.CellObject | undefined => ws[ref] as XLSX.CellObject | undefined;

/** SheetJS's reading of an Excel date serial (1900 system, with its 29 February 1900). */
const dateCode = (serial: number) =>
  (XLSX.SSF as { parse_date_code(v: number): { y: number; m: number; d: number } }).parse_date_code(serial);

/** The XML parts of a workbook, unzipped with fflate. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Write the parts of a workbook to a folder of its own; returns the folder. */
function unpack(bytes: Uint8Array): string {
  workbooks += 1;
  const dir = join(work, `wb-${workbooks}`);
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return dir;
}

/** What xmllint says about the well-formedness of every XML part of the workbooks (nothing when all are fine). */
function notWellFormed(...books: readonly Uint8Array[]): string {
  if (!hasXmllint) throw new Error(XMLLINT_MISSING);
  const files: string[] = [];
  for (const bytes of books) {
    const dir = unpack(bytes);
    for (const name of Object.keys(unzipSync(bytes))) files.push(join(dir, name));
  }
  const run = spawnSync("xmllint", ["--noout", "--nonet", ...files], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error !== undefined) throw run.error;
  return run.status === 0 ? run.stderr : `exit ${run.status}: ${run.stderr}`;
}

/** An XPath question (`string(…)`, `count(…)`) about one part of a workbook, answered by xmllint. */
function xpathOf(bytes: Uint8Array): (part: string, expr: string) => string {
  if (!hasXmllint) throw new Error(XMLLINT_MISSING);
  const dir = unpack(bytes);
  return (part, expr) => {
    const run = spawnSync("xmllint", ["--nonet", "--xpath", expr, join(dir, part)], { encoding: "utf8" });
    if (run.error !== undefined) throw run.error;
    if (run.status !== 0) throw new Error(`xmllint --xpath ${expr} ${part}: ${run.stderr}`);
    return run.stdout.trim();
  };
}

/** Element by local name, for XPath on namespaced SpreadsheetML. */
const el = (name: string) => `*[local-name()='${name}']`;

/** The style attributes of a cell of sheet 1: its `cellXfs` entry and whether its font is bold. */
function styleOf(xpath: (part: string, expr: string) => string, ref: string, sheetPart = "xl/worksheets/sheet1.xml") {
  const s = Number(xpath(sheetPart, `string(//${el("c")}[@r='${ref}']/@s)`) || "0");
  const xf = `//${el("cellXfs")}/${el("xf")}[${s + 1}]`;
  const fontId = Number(xpath("xl/styles.xml", `string(${xf}/@fontId)`));
  return {
    quotePrefix: xpath("xl/styles.xml", `string(${xf}/@quotePrefix)`) === "1",
    bold: xpath("xl/styles.xml", `count(//${el("fonts")}/${el("font")}[${fontId + 1}]/${el("b")})`) === "1",
    numFmtId: Number(xpath("xl/styles.xml", `string(${xf}/@numFmtId)`)),
  };
}

const everyType: readonly Column[] = [
  { key: "name", label: { fr: "Atelier", ar: "الورشة", en: "Workshop" }, type: "text" },
  { key: "people", label: { fr: "Participants", ar: "المشاركون" }, type: "integer" },
  { key: "hours", label: { fr: "Heures" }, type: "decimal", decimals: 3 },
  { key: "women", label: { fr: "Femmes" }, type: "percent" },
  { key: "cost", label: { fr: "Coût" }, type: "money" },
  { key: "on", label: { fr: "Date" }, type: "date" },
  { key: "status", label: { fr: "Statut" }, type: "status" },
];
const everyTypeRows: readonly Row[] = [
  {
    name: { fr: "Planification stratégique", ar: "ورشة التخطيط الاستراتيجي" },
    people: 1234,
    hours: 2.71238,
    women: 45.5,
    cost: { amount: 1_234_567, currency: "MAD" },
    on: "2024-12-27",
    status: { label: { fr: "Réalisé", ar: "منجز" }, tone: "positive" },
  },
  { name: "Vide", people: null, women: 14.3 },
];

describe("renderXlsx: cells", () => {
  it("writes typed cells: numbers, percent fractions, money in major units, Excel dates, status labels, no cell for null", () => {
    const ws = sheet(render(tableDoc(everyType, everyTypeRows, { name: "Total", people: 1234 })));
    const v = (ref: string) => cellAt(ws, ref);
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((r) => v(r)?.v)).toEqual([
      "Atelier",
      "Participants",
      "Heures",
      "Femmes",
      "Coût (MAD)",
      "Date",
      "Statut",
    ]);
    expect(v("A2")).toMatchObject({ t: "s", v: "Planification stratégique" });
    expect(v("B2")).toMatchObject({ t: "n", v: 1234, z: "#,##0" });
    expect(v("C2")).toMatchObject({ t: "n", v: 2.71238, z: "#,##0.000" });
    // Percent units in the document, fractions in the sheet: 45.5 → 0.455 shown 45.5%.
    expect(v("D2")).toMatchObject({ t: "n", v: 0.455, z: "0.0%", w: "45.5%" });
    expect(v("D3")).toMatchObject({ t: "n", v: 0.143, w: "14.3%" });
    expect(v("E2")).toMatchObject({ t: "n", v: 12345.67, z: '#,##0.00" MAD"' });
    const date = v("F2");
    expect(date).toMatchObject({ t: "n", z: "m/d/yy" }); // built-in format 14, the reader's short date
    expect(dateCode(Number(date?.v))).toMatchObject({ y: 2024, m: 12, d: 27 });
    expect(v("G2")).toMatchObject({ t: "s", v: "Réalisé" });
    // null and absent keys are empty cells.
    expect([v("B3"), v("C3"), v("E3"), v("F3"), v("G3")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // The totals row is last.
    expect([v("A4")?.v, v("B4")?.v]).toEqual(["Total", 1234]);
    expect(ws["!ref"]).toBe("A1:G4");
  });

  it("shows labels in the document's language, falling back through the chain", () => {
    const ar = sheet(render(tableDoc(everyType, everyTypeRows, undefined, "ar")));
    expect([ar.A1?.v, ar.B1?.v, ar.C1?.v, ar.A2?.v, ar.G2?.v]).toEqual([
      "الورشة",
      "المشاركون",
      "Heures",
      "ورشة التخطيط الاستراتيجي",
      "منجز",
    ]);
    const en = sheet(render(tableDoc(everyType, everyTypeRows, undefined, "en")));
    expect([en.A1?.v, en.B1?.v]).toEqual(["Workshop", "Participants"]);
  });

  it("formats decimals and percentages with the column's digits (defaults 2 and 1)", () => {
    const columns: Column[] = [
      { key: "d", label: "D", type: "decimal" },
      { key: "d0", label: "D0", type: "decimal", decimals: 0 },
      { key: "p", label: "P", type: "percent" },
      { key: "p0", label: "P0", type: "percent", decimals: 0 },
      { key: "p2", label: "P2", type: "percent", decimals: 2 },
    ];
    const ws = sheet(render(tableDoc(columns, [{ d: 1.5, d0: 2, p: 12.5, p0: 100, p2: -3.25 }])));
    expect(["A2", "B2", "C2", "D2", "E2"].map((r) => [cellAt(ws, r)?.v, cellAt(ws, r)?.z, cellAt(ws, r)?.w])).toEqual([
      [1.5, "#,##0.00", "1.50"],
      [2, "#,##0", "2"],
      [0.125, "0.0%", "12.5%"],
      [1, "0%", "100%"],
      [-0.0325, "0.00%", "-3.25%"],
    ]);
  });

  it("writes money in major units with the currency's digits, per cell when a column mixes currencies", () => {
    const columns: Column[] = [{ key: "m", label: "Montant", type: "money" }];
    const rows: Row[] = [
      { m: { amount: 1_234_567, currency: "MAD" } },
      { m: { amount: 12_345, currency: "TND" } },
      { m: { amount: 500, currency: "JPY" } },
      { m: { amount: -5, currency: "EUR" } },
      { m: { amount: 9_007_199_254_740_991, currency: "MAD" } },
    ];
    const ws = sheet(render(tableDoc(columns, rows)));
    expect(ws.A1?.v).toBe("Montant"); // several currencies: each cell shows its own
    expect(["A2", "A3", "A4", "A5", "A6"].map((r) => [cellAt(ws, r)?.v, cellAt(ws, r)?.z])).toEqual([
      [12345.67, '#,##0.00" MAD"'],
      [12.345, '#,##0.000" TND"'],
      [500, '#,##0" JPY"'],
      [-0.05, '#,##0.00" EUR"'],
      [90071992547409.91, '#,##0.00" MAD"'],
    ]);
    const en = sheet(render(tableDoc(columns, rows.slice(0, 1), undefined, "en")));
    expect([en.A1?.v, en.A2?.z]).toEqual(["Montant (MAD)", '"MAD "#,##0.00']);
  });

  it("writes dates as Excel serials, with Excel's 29 February 1900, and dates before 1900 as ISO text", () => {
    const columns: Column[] = [{ key: "on", label: "Date", type: "date" }];
    const dates = ["1900-01-01", "1900-02-28", "1900-03-01", "2024-02-29", "9999-12-31", "1899-12-31", "0001-01-01"];
    const ws = sheet(
      render(
        tableDoc(
          columns,
          dates.map((on) => ({ on })),
        ),
      ),
    );
    const got = dates.map((_, i) => cellAt(ws, `A${i + 2}`));
    expect(got.map((c) => c?.v)).toEqual([1, 59, 61, 45351, 2958465, "1899-12-31", "0001-01-01"]);
    for (const [i, c] of got.slice(0, 5).entries()) {
      const { y, m, d } = dateCode(Number(c?.v));
      expect(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`).toBe(
        dates[i],
      );
    }
  });

  it("keeps every string exactly: control characters, lone surrogates, _xHHHH_ look-alikes, CR, Arabic, emoji", () => {
    const strings = [
      "a\u0000b",
      "\u0001\u0008\u000b\u000c\u001f",
      "\uD800",
      "x\uDFFFy",
      "\uFFFE\uFFFF",
      "_x0041_",
      "_x005F_",
      "line\r\nnext\rlast",
      "\ttab",
      "  spaces  ",
      "<&>\"'",
      "شبكة الجمعيات الدكالية",
      "👩🏽‍🌾😀",
      "]]>",
    ];
    const ws = sheet(
      render(
        tableDoc(
          [{ key: "t", label: "T", type: "text" }],
          strings.map((t) => ({ t })),
        ),
      ),
    );
    expect(strings.map((_, i) => cellAt(ws, `A${i + 2}`)?.v)).toEqual(strings);
  });

  it("cuts a text longer than Excel's 32,767 characters per cell, never in a surrogate pair", () => {
    const long = `${"a".repeat(32_766)}😀tail`;
    const doc = tableDoc([{ key: "t", label: "T", type: "text" }], [{ t: "x" }]);
    const trusted = JSON.parse(JSON.stringify(doc)) as typeof doc;
    const table = trusted.sections[0]?.blocks[0];
    if (table?.type !== "table") throw new Error("no table");
    (table.rows as Row[])[0] = { t: long };
    const v = sheet(render(trusted, { trusted: true })).A2?.v as string;
    expect(v).toBe("a".repeat(32_766));
  });

  it("writes no cell for a trusted document's NaN, Infinity or fractional minor units, and never throws on mismatches", () => {
    const doc = tableDoc(everyType, [{}]);
    const trusted = JSON.parse(JSON.stringify(doc)) as typeof doc;
    const table = trusted.sections[0]?.blocks[0];
    if (table?.type !== "table") throw new Error("no table");
    const rows = table.rows as Record<string, unknown>[];
    rows[0] = {
      name: 42,
      people: Number.NaN,
      hours: Number.POSITIVE_INFINITY,
      women: "beaucoup",
      cost: { amount: 1.5, currency: "MAD" },
      on: "27/12/2024",
      status: "=1+1",
    };
    rows[1] = { name: { amount: 250, currency: "MAD" }, people: { label: "x", tone: "info" }, on: 3, status: null };
    const bytes = render(trusted, { trusted: true });
    const ws = sheet(bytes);
    expect(["A2", "B2", "C2", "D2", "E2", "F2", "G2"].map((r) => cellAt(ws, r)?.v)).toEqual([
      42,
      undefined,
      undefined,
      "beaucoup",
      undefined,
      "27/12/2024",
      "=1+1",
    ]);
    expect(["A3", "B3", "F3"].map((r) => cellAt(ws, r)?.v)).toEqual([2.5, "x", 3]);
  });
});

describe("renderXlsx: formulas", () => {
  const risky = ["=1+1", "+1", "-5", "@SUM(1+1)", '=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "\t=1", "\r=1"];

  it("keeps text that looks like a formula as text: a string cell with its exact value, no formula", () => {
    const columns: Column[] = [
      { key: "t", label: "=Label", type: "text" },
      { key: "n", label: "N", type: "integer" },
    ];
    const bytes = render(tableDoc(columns, [...risky.map((t) => ({ t })), { t: "ok", n: -5 }]));
    const ws = sheet(bytes);
    for (const [i, t] of risky.entries()) {
      const c = cellAt(ws, `A${i + 2}`);
      expect(c, t).toMatchObject({ t: "s", v: t });
      expect(c?.f, t).toBeUndefined();
    }
    expect(ws.A1).toMatchObject({ t: "s", v: "=Label" });
    // A number of a numeric column stays a number: -5 is −5.
    expect(cellAt(ws, `B${risky.length + 2}`)).toMatchObject({ t: "n", v: -5 });
    for (const xml of Object.values(parts(bytes))) expect(xml).not.toMatch(/<f[ >]/);
  });

  withXmllint("(xmllint)", () => {
    it("marks such text quote-prefixed, as Excel does for text typed after an apostrophe, and no other", () => {
      const bytes = render(
        tableDoc([{ key: "t", label: "=Label", type: "text" }], [...risky.map((t) => ({ t })), { t: "ok" }]),
      );
      const xpath = xpathOf(bytes);
      expect(xpath("xl/worksheets/sheet1.xml", `count(//${el("f")})`)).toBe("0");
      expect(styleOf(xpath, "A1").quotePrefix).toBe(true);
      for (const i of risky.keys()) expect(styleOf(xpath, `A${i + 2}`).quotePrefix, risky[i]).toBe(true);
      expect(styleOf(xpath, `A${risky.length + 2}`).quotePrefix).toBe(false);
    });
  });
});

describe("renderXlsx: sheets", () => {
  it("has one sheet per table in the order of the document, named from the titles: unique, ≤ 31 characters, no []:*?/\\", () => {
    const table = (id: string, title: string) => ({
      id,
      title,
      columns: [{ key: "a", label: "A", type: "text" as const }],
      rows: [{ a: id }],
    });
    const doc = createReport(meta())
      .section("S", (s) =>
        s
          .table(table("a", "Budget [2024]: a/b\\c*d?"))
          .table(table("b", "Participants par atelier et par province de la région"))
          .section("Sub", (sub) => sub.table(table("c", "budget [2024]: a/b\\c*d?")).table(table("d", "'''")))
          .table(table("e", "Participants par atelier et par province de la région")),
      )
      .section("T", (s) => s.table(table("f", "History")).table(table("g", "Budget (2024)- a-b-c d")))
      .build();
    const wb = read(render(doc));
    expect(wb.SheetNames).toEqual([
      "Budget (2024)- a-b-c d",
      "Participants par atelier et par",
      "Participants par atelier et (2)",
      "budget (2024)- a-b-c d (2)",
      "d",
      "History (2)",
      "Budget (2024)- a-b-c d (3)",
    ]);
    // Document order: a section's blocks, then its sub-sections.
    expect(wb.SheetNames.map((n) => wb.Sheets[n]?.A2?.v)).toEqual(["a", "b", "e", "c", "d", "f", "g"]);
    for (const n of wb.SheetNames) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
  });

  it("gives a document without tables one empty sheet named after its title", () => {
    const doc = createReport({ ...meta("ar"), title: { ar: "التقرير الأدبي: 2024/2025" } })
      .section("S", (s) => s.paragraph("p"))
      .build();
    const wb = read(render(doc));
    expect(wb.SheetNames).toEqual(["التقرير الأدبي- 2024-2025"]);
    expect(wb.Sheets[wb.SheetNames[0] ?? ""]?.["!ref"]).toBeUndefined();
  });

  it("puts an autofilter over the header and rows, the totals row left out", () => {
    const ws = sheet(render(tableDoc(everyType, everyTypeRows, { name: "Total" })));
    expect(ws["!autofilter"]).toEqual({ ref: "A1:G3" });
  });

  it("holds the document's title, subtitle, organization, period, language and generatedAt in the workbook properties", () => {
    const doc = createReport({
      title: { fr: "Rapport général", ar: "التقرير العام" },
      subtitle: { fr: "Cinquième rencontre" },
      organization: { name: { fr: "Réseau des associations de Doukkala" } },
      period: { startOn: "2024-12-27", endOn: "2024-12-29" },
      language: "fr",
      generatedAt: GENERATED_AT,
    })
      .section("S", (s) => s.paragraph("p"))
      .build();
    const props = read(render(doc)).Props;
    expect(props).toMatchObject({
      Title: "Rapport général",
      Subject: "Cinquième rencontre",
      Author: "Réseau des associations de Doukkala",
      Comments: "Période\u00a0: 27 décembre 2024 – 29 décembre 2024",
      Language: "fr",
    });
    expect(props?.CreatedDate?.toISOString()).toBe("2025-01-15T09:00:00.000Z");
    expect(props?.ModifiedDate?.toISOString()).toBe("2025-01-15T09:00:00.000Z");
  });

  withXmllint("(xmllint)", () => {
    it("every XML part of every workbook is well-formed", () => {
      const docs = [
        tableDoc(everyType, everyTypeRows, { name: "Total" }),
        tableDoc(everyType, everyTypeRows, undefined, "ar"),
        createReport(meta("ar"))
          .section("S", (s) => s.paragraph("p"))
          .build(),
        tableDoc([{ key: "t", label: "<&>\u0000", type: "text" }], [{ t: "a\u0000\uD800_x0041_\r\n]]>" }]),
      ];
      expect(notWellFormed(...docs.map((d) => render(d)))).toBe("");
    });

    it("freezes a bold header row, repeats it on printed pages, and sizes columns from their content", () => {
      const columns: Column[] = [
        { key: "short", label: "A", type: "text" },
        { key: "long", label: "B", type: "text" },
        { key: "n", label: "N", type: "integer" },
      ];
      const bytes = render(
        tableDoc(columns, [{ short: "ab", long: "Planification stratégique et communication", n: 123_456_789 }], {
          short: "Total",
        }),
      );
      const xpath = xpathOf(bytes);
      const s1 = "xl/worksheets/sheet1.xml";
      expect(xpath(s1, `string(//${el("pane")}/@state)`)).toBe("frozen");
      expect(xpath(s1, `string(//${el("pane")}/@ySplit)`)).toBe("1");
      expect(xpath(s1, `string(//${el("pane")}/@topLeftCell)`)).toBe("A2");
      expect(styleOf(xpath, "A1").bold).toBe(true);
      expect(styleOf(xpath, "A2").bold).toBe(false);
      expect(styleOf(xpath, "A3").bold).toBe(true); // the totals row
      expect(xpath("xl/workbook.xml", `string(//${el("definedName")}[@name='_xlnm.Print_Titles'])`)).toBe(
        "'Tableau'!$1:$1",
      );
      const width = (i: number) => Number(xpath(s1, `string(//${el("col")}[${i}]/@width)`));
      expect(width(2)).toBeGreaterThan(width(1));
      expect(width(2)).toBeGreaterThanOrEqual("Planification stratégique et communication".length);
      expect(width(3)).toBeGreaterThanOrEqual("123,456,789".length);
      expect(xpath(s1, `string(//${el("sheetView")}/@rightToLeft)`)).toBe("");
    });

    it("makes every sheet of an Arabic document right to left", () => {
      const doc = createReport(meta("ar"))
        .section("S", (s) =>
          s
            .table({ id: "a", title: "أ", columns: [{ key: "x", label: "س", type: "text" }], rows: [] })
            .table({ id: "b", title: "ب", columns: [{ key: "x", label: "س", type: "text" }], rows: [] }),
        )
        .build();
      const xpath = xpathOf(render(doc));
      for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
        expect(xpath(part, `string(//${el("sheetView")}/@rightToLeft)`)).toBe("1");
      }
    });
  });
});

describe("renderXlsx: determinism", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("gives the same bytes for the same document, and dates that come from generatedAt, not the clock", async () => {
    const doc = tableDoc(everyType, everyTypeRows, { name: "Total" });
    const first = render(doc);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2-second resolution
    expect(Buffer.from(render(JSON.parse(JSON.stringify(doc)))).equals(Buffer.from(first))).toBe(true);
    const later = render({ ...doc, meta: { ...doc.meta, generatedAt: "2026-06-01T08:30:00+01:00" } });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
    expect(parts(first)["docProps/core.xml"]).toContain("2025-01-15T09:00:00Z");
  });

  it("gives the same bytes in every time zone, the zip entries dated with generatedAt's wall-clock time", () => {
    // 01:30 on 30 March 2025 does not exist in London (clocks jump from 01:00 to 02:00).
    const doc = createReport({ ...meta(), generatedAt: "2025-03-30T01:30:00+00:00" })
      .section("S", (s) => s.table({ id: "t", title: "T", columns: everyType, rows: everyTypeRows }))
      .build();
    const zones = ["UTC", "Africa/Casablanca", "Europe/London", "Pacific/Kiritimati", "America/St_Johns"];
    const offsets = new Set<number>();
    const outputs = zones.map((zone) => {
      process.env.TZ = zone;
      offsets.add(new Date(2025, 2, 30, 1, 30).getTimezoneOffset());
      return Buffer.from(render(doc)).toString("base64");
    });
    expect(offsets.size, "the time zone did not change: the test would prove nothing").toBeGreaterThan(2);
    expect(new Set(outputs).size).toBe(1);
    // Every local header (signature PK\3\4) holds MS-DOS time 01:30:00 and date 2025-03-30.
    const bytes = Buffer.from(outputs[0] ?? "", "base64");
    const dos = ((2025 - 1980) << 9) | (3 << 5) | 30;
    let headers = 0;
    for (let at = bytes.indexOf("PK\u0003\u0004"); at >= 0; at = bytes.indexOf("PK\u0003\u0004", at + 4)) {
      headers += 1;
      expect([bytes.readUInt16LE(at + 10), bytes.readUInt16LE(at + 12)]).toEqual([(1 << 11) | (30 << 5), dos]);
    }
    expect(headers).toBe(Object.keys(unzipSync(bytes)).length);
  });
});

describe("renderXlsx: bad input", () => {
  it("returns the document's issues as renderCsv does, and never throws", () => {
    const bad = { format: "madani.report/1", meta: { title: "T", language: "fr" }, sections: "x" };
    const r = renderXlsx(bad);
    expect(r.ok).toBe(false);
    expect(r).toEqual(renderCsv(bad));
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(renderXlsx(proxy, { trusted: true })).toMatchObject({ ok: false, issues: [{ code: "input.unreadable" }] });
    const locale = renderXlsx({}, { issuesLocale: "de" as "en" });
    expect(!locale.ok && locale.issues.map((i) => [i.code, i.params?.option])).toEqual([
      ["schema.invalid_option", "issuesLocale"],
    ]);
    expect(renderXlsx(tableDoc(everyType, []), 42 as unknown as XlsxOptions)).toMatchObject({ ok: false });
  });

  it("is exported from the package with the other renderers", () => {
    expect(report.renderXlsx).toBe(renderXlsx);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: random tables read back the same.

/** Minor digits of the currencies drawn (ISO 4217), written out here rather than asked of Intl. */
const MINOR_DIGITS: Readonly<Record<string, number>> = { MAD: 2, EUR: 2, TND: 3, JPY: 0, USD: 2 };

const piece = fc.oneof(
  fc.constantFrom(
    ...["=1+1", "+1", "-5", "@SUM(1+1)", '=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "\t", "\r", "\n", "'"],
    ...["شبكة الجمعيات الدكالية", "سيدي بنور", "١٢٣", "😀", "👩🏽‍🌾", "é", "\u00a0", "\u0000", "\uD800", "\uDFFF"],
    ...["_x0041_", "_x005F_", "&amp;", "<b>", "]]>", " ", "00123", "1e3", "TRUE", "[a]:*?/\\"],
  ),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const textArb = fc.array(piece, { maxLength: 5 }).map((p) => p.join(""));
const labelArb = textArb.filter((t) => t !== "");

const TYPES: readonly ColumnType[] = ["text", "integer", "decimal", "percent", "money", "date", "status"];
const isoDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function cellArb(type: ColumnType): fc.Arbitrary<Cell | undefined> {
  const value: fc.Arbitrary<Cell> = (() => {
    switch (type) {
      case "text":
        return fc.oneof(textArb, fc.constantFrom({ ar: "الجديدة", fr: "El Jadida" }, { fr: "Safi" }));
      case "integer":
        return fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.maxSafeInteger(), fc.maxSafeNat());
      case "decimal":
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case "percent":
        return fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 }));
      case "money":
        return fc.record({ amount: fc.maxSafeInteger(), currency: fc.constantFrom(...Object.keys(MINOR_DIGITS)) });
      case "date":
        return isoDate;
      case "status":
        return fc.record({ label: labelArb, tone: fc.constantFrom("positive", "neutral", "warning") });
    }
  })();
  return fc
    .option(value, { nil: undefined, freq: 6 })
    .chain((v) => (v === undefined ? fc.constantFrom(null, undefined) : fc.constant(v)));
}

const tableArb = fc
  .array(fc.tuple(fc.constantFrom(...TYPES), labelArb), { minLength: 1, maxLength: 6 })
  .chain((cols) => {
    const columns: Column[] = cols.map(([type, label], i) => ({ key: `c${i}`, label, type }));
    const row = fc.tuple(...columns.map((c) => cellArb(c.type))).map((cells) => {
      const r: Record<string, Cell> = {};
      cells.forEach((cell, i) => {
        if (cell !== undefined) r[`c${i}`] = cell;
      });
      return r;
    });
    return fc.record({ title: textArb, columns: fc.constant(columns), rows: fc.array(row, { maxLength: 8 }) });
  });

/** What the sheet must hold for a cell: `undefined` for none, else its value as SheetJS gives it. */
function expectedValue(type: ColumnType, cell: Cell | undefined): string | number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string") return cell === "" ? undefined : cell;
  if (typeof cell === "number") return type === "percent" ? Number.NaN : cell === 0 ? 0 : cell; // -0 is written 0
  if ("amount" in cell) return Number(`${cell.amount}e-${MINOR_DIGITS[cell.currency]}`);
  if ("tone" in cell) return typeof cell.label === "string" ? cell.label : undefined;
  return "fr" in cell ? cell.fr : undefined;
}

const isoOf = (serial: number) => {
  const { y, m, d } = dateCode(serial);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

describe("renderXlsx: property", () => {
  it("reads back the same cells as the tables: texts exactly, numbers, percent fractions, money, dates", () => {
    fc.assert(
      fc.property(fc.array(tableArb, { minLength: 1, maxLength: 3 }), (tables) => {
        const doc = createReport(meta())
          .section("S", (s) => {
            tables.forEach((t, i) => {
              s.table({ id: `t${i}`, title: t.title, columns: t.columns, rows: t.rows });
            });
            return s;
          })
          .build();
        const wb = read(render(doc));
        expect(wb.SheetNames.length).toBe(tables.length);
        expect(new Set(wb.SheetNames.map((n) => n.toUpperCase())).size).toBe(tables.length);
        tables.forEach((t, i) => {
          const name = wb.SheetNames[i] ?? "";
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
          const ws = wb.Sheets[name] as XLSX.WorkSheet;
          t.columns.forEach((c, j) => {
            const col = String.fromCharCode(65 + j);
            const currencies = new Set(
              t.rows.flatMap((r) =>
                r[c.key] && typeof r[c.key] === "object" && "currency" in (r[c.key] as object)
                  ? [(r[c.key] as { currency: string }).currency]
                  : [],
              ),
            );
            const header = c.type === "money" && currencies.size === 1 ? `${c.label} (${[...currencies][0]})` : c.label;
            expect(cellAt(ws, `${col}1`)?.v).toBe(header);
            t.rows.forEach((r, k) => {
              const cell = r[c.key];
              const got = cellAt(ws, `${col}${k + 2}`);
              const want = expectedValue(c.type, cell);
              const where = `${name}!${col}${k + 2} ${JSON.stringify(cell)}`;
              if (want === undefined) {
                expect(got, where).toBeUndefined();
              } else if (c.type === "percent" && typeof cell === "number") {
                expect(got?.t, where).toBe("n");
                const v = Number(got?.v);
                // Relative precision of a double; below 1e-300 the fraction may underflow (no spreadsheet holds those).
                expect(Math.abs(v * 100 - cell), where).toBeLessThanOrEqual(Math.max(Math.abs(cell) * 1e-14, 1e-300));
              } else if (c.type === "date") {
                expect(got?.t, where).toBe("n");
                expect(isoOf(Number(got?.v)), where).toBe(cell);
              } else {
                expect(got?.t, where).toBe(typeof want === "number" ? "n" : "s");
                expect(got?.v, where).toBe(want);
                expect(got?.f, where).toBeUndefined();
              }
            });
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  withXmllint("(xmllint)", () => {
    it("writes well-formed XML for random tables", () => {
      const books = fc.sample(fc.array(tableArb, { minLength: 1, maxLength: 3 }), 25).map((tables) =>
        render(
          createReport(meta("ar"))
            .section("S", (s) => {
              tables.forEach((t, i) => {
                s.table({ id: `t${i}`, title: t.title, columns: t.columns, rows: t.rows });
              });
              return s;
            })
            .build(),
        ),
      );
      expect(notWellFormed(...books)).toBe("");
    });
  });
});

describe("docs/reports.md", () => {
  it("the guide's document renders to the bytes of a zip (an .xlsx file) with one sheet per table", () => {
    const doc = createReport({
      title: { fr: "Rapport général de la cinquième rencontre de formation" },
      language: "fr",
      generatedAt: GENERATED_AT,
      period: { startOn: "2024-12-27", endOn: "2024-12-29" },
    })
      .section({ fr: "Ateliers" }, (s) =>
        s.table({
          id: "ateliers",
          title: { fr: "Participants par atelier" },
          columns: [
            { key: "atelier", label: { fr: "Atelier" }, type: "text" },
            { key: "participants", label: { fr: "Participants" }, type: "integer" },
            { key: "cout", label: { fr: "Coût" }, type: "money" },
          ],
          rows: [
            {
              atelier: { fr: "Planification stratégique" },
              participants: 36,
              cout: { amount: 5_600_000, currency: "MAD" },
            },
          ],
        }),
      )
      .build();
    const r = renderXlsx(doc);
    expect(r.ok && r.value instanceof Uint8Array && strFromU8(r.value.slice(0, 2))).toBe("PK");
    if (!r.ok) return;
    const wb = read(r.value);
    expect(wb.SheetNames).toEqual(["Participants par atelier"]);
    const ws = wb.Sheets["Participants par atelier"] as XLSX.WorkSheet;
    expect([ws.C1?.v, ws.C2?.v, ws.C2?.z]).toEqual(["Coût (MAD)", 56000, '#,##0.00" MAD"']);
    expect(wb.Props?.Title).toBe("Rapport général de la cinquième rencontre de formation");
  });
});
