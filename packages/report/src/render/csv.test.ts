import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createReport } from "../document/builder.js";
import type { Column, ReportLanguage, Row } from "../document/document.js";
import { type CsvFile, type CsvOptions, renderCsv } from "./csv.js";

const meta = (language: ReportLanguage = "fr") => ({ title: "T", language, generatedAt: "2025-01-15T10:00:00+01:00" });

/** A document with one table. */
const tableDoc = (columns: readonly Column[], rows: readonly Row[], footer?: Row, language?: ReportLanguage) =>
  createReport(meta(language))
    .section("S", (s) => s.table({ id: "t", title: "T", columns, rows, ...(footer === undefined ? {} : { footer }) }))
    .build();

const files = (doc: unknown, options?: CsvOptions): readonly CsvFile[] => {
  const r = renderCsv(doc, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
};
const only = (doc: unknown, options?: CsvOptions): string => {
  const [file] = files(doc, options);
  if (file === undefined) throw new Error("no file");
  return file.content;
};
const read = (content: string, delimiter = ","): string[][] =>
  parse(content, { bom: true, relax_column_count: false, delimiter }) as string[][];

/** OWASP, "CSV Injection": what a spreadsheet would run, prefixed with a quote. */
const neutralized = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** Strings with what CSV and spreadsheets react to, and anything else. */
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...[",", ";", '"', '""', "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "\uFEFF"],
        ...["=cmd|' /C calc'!A0", '=HYPERLINK("http://x")', "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "+1"],
        ...["شبكة الجمعيات الدكالية", "سيدي بنور", "😀", "👩🏽‍🌾", "é", "\u00a0", "\u0000"],
      ),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(""));

describe("renderCsv", () => {
  it("writes one RFC 4180 file per table, header first, totals last, CRLF line ends", () => {
    const doc = createReport(meta())
      .section("Ateliers", (s) =>
        s
          .table({
            id: "participants",
            title: "Participants",
            columns: [
              { key: "workshop", label: { fr: "Atelier", ar: "الورشة" }, type: "text" },
              { key: "women", label: { fr: "Femmes", ar: "النساء" }, type: "integer" },
              { key: "men", label: { fr: "Hommes", ar: "الرجال" }, type: "integer" },
            ],
            rows: [
              { workshop: { fr: "Planification stratégique", ar: "ورشة التخطيط الاستراتيجي" }, women: 19, men: 22 },
              { workshop: "Communication numérique, montage de projets", women: 24, men: 15 },
            ],
            footer: { workshop: "Total", women: 43, men: 37 },
          })
          .chart({ kind: "bar", title: "Participants", categories: ["a"], series: [{ name: "x", values: [1] }] })
          .section("Budget", (sub) =>
            sub.table({
              id: "budget",
              title: "Budget",
              columns: [{ key: "amount", label: "Montant", type: "money" }],
              rows: [{ amount: { amount: 1234567, currency: "MAD" } }],
            }),
          ),
      )
      .section("Autre", (s) =>
        s.table({ id: "vide", title: "Vide", columns: [{ key: "a", label: "A", type: "text" }], rows: [{}] }),
      )
      .build();
    const out = files(doc);
    // Tables only, in the order of the document; charts have no file.
    expect(out.map((f) => [f.name, f.tableId])).toEqual([
      ["participants.csv", "participants"],
      ["budget.csv", "budget"],
      ["vide.csv", "vide"],
    ]);
    expect(out[0]?.content).toBe(
      'Atelier,Femmes,Hommes\r\nPlanification stratégique,19,22\r\n"Communication numérique, montage de projets",24,15\r\nTotal,43,37\r\n',
    );
    expect(out[1]?.content).toBe("Montant (MAD)\r\n12345.67\r\n");
    // A record of one empty field is `""`, not a blank line that readers skip.
    expect(out[2]?.content).toBe('A\r\n""\r\n');
    expect(read(out[2]?.content ?? "")).toEqual([["A"], [""]]);
  });

  it("writes headers and texts in the document's language, with fallback", () => {
    const doc = tableDoc(
      [
        { key: "city", label: { ar: "المدينة", fr: "Ville" }, type: "text" },
        { key: "status", label: { ar: "الحالة", fr: "État" }, type: "status" },
      ],
      [{ city: { ar: "سيدي بنور", fr: "Sidi Bennour" }, status: { label: { ar: "منجز" }, tone: "positive" } }],
      undefined,
      "ar",
    );
    expect(only(doc)).toBe("المدينة,الحالة\r\nسيدي بنور,منجز\r\n");
  });

  it("returns exactly the cells through a CSV parser, formulas neutralized, for any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(csvish, fc.array(csvish, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom<"," | ";">(",", ";"),
        (columns, bom, separator) => {
          const rowCount = Math.max(...columns.map(([, cells]) => cells.length));
          const rows = Array.from({ length: rowCount }, (_, r) =>
            Object.fromEntries(columns.map(([, cells], c) => [`c${c}`, cells[r] ?? null])),
          );
          const doc = tableDoc(
            columns.map(([label], c) => ({ key: `c${c}`, label, type: "text" })),
            rows,
          );
          const content = only(doc, { bom, separator });
          expect(content.startsWith("\uFEFF")).toBe(bom);
          expect(read(content, separator)).toEqual([
            columns.map(([label]) => neutralized(label)),
            ...rows.map((row) => columns.map((_, c) => neutralized((row[`c${c}`] as string | null) ?? ""))),
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("prefixes each formula-injection start with a single quote, in cells and headers", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const text = `${start}cmd|' /C calc'!A0`;
      const doc = tableDoc(
        [
          { key: "a", label: text, type: "text" },
          { key: "s", label: "Statut", type: "status" },
        ],
        [{ a: text, s: { label: text, tone: "negative" } }],
      );
      expect(read(only(doc))).toEqual([
        [`'${text}`, "Statut"],
        [`'${text}`, `'${text}`],
      ]);
    }
    // Only at the start: an `=` further in is left alone.
    expect(read(only(tableDoc([{ key: "a", label: "A", type: "text" }], [{ a: "a=b" }])))).toEqual([["A"], ["a=b"]]);
  });

  it("writes negative numbers of numeric columns as numbers, and neutralizes text that looks like one", () => {
    const doc = tableDoc(
      [
        { key: "i", label: "Solde", type: "integer" },
        { key: "d", label: "Écart", type: "decimal" },
        { key: "p", label: "Variation", type: "percent" },
        { key: "m", label: "Résultat", type: "money" },
        { key: "t", label: "Note", type: "text" },
      ],
      [{ i: -5, d: -0.5, p: -12.5, m: { amount: -1234567, currency: "MAD" }, t: "-5" }],
    );
    expect(only(doc)).toBe("Solde,Écart,Variation,Résultat (MAD),Note\r\n-5,-0.5,-12.5,-12345.67,'-5\r\n");
  });

  it("writes numbers plainly and exactly: no grouping, no exponent, full precision", () => {
    const doc = tableDoc(
      [
        { key: "i", label: "i", type: "integer" },
        { key: "d", label: "d", type: "decimal", decimals: 1 },
        { key: "p", label: "p", type: "percent" },
      ],
      [
        { i: 1234567, d: 1e21, p: 1e-7 },
        { i: -0, d: 0.1 + 0.2, p: 45.5 },
      ],
    );
    expect(only(doc)).toBe("i,d,p\r\n1234567,1000000000000000000000,0.0000001\r\n0,0.30000000000000004,45.5\r\n");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const [, [field = ""] = []] = read(only(tableDoc([{ key: "d", label: "d", type: "decimal" }], [{ d }])));
        expect(field).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(field)).toBe(d === 0 ? 0 : d);
      }),
    );
  });

  it("writes money as the exact decimal of major units, with the currency in the header", () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const content = only(
          tableDoc([{ key: "m", label: "Montant", type: "money" }], [{ m: { amount, currency: "MAD" } }]),
        );
        const [header, [field = ""] = []] = read(content);
        expect(header).toEqual(["Montant (MAD)"]);
        expect(field).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(field.replace(".", ""))).toBe(BigInt(amount));
      }),
    );
    const tnd = tableDoc([{ key: "m", label: "Montant", type: "money" }], [{ m: { amount: 12345, currency: "TND" } }]);
    expect(only(tnd)).toBe("Montant (TND)\r\n12.345\r\n");
  });

  it("adds a currency column after a money column that mixes currencies", () => {
    const doc = tableDoc(
      [
        { key: "source", label: "Source", type: "text" },
        { key: "m", label: "Montant", type: "money" },
      ],
      [
        { source: "Région Casablanca-Settat", m: { amount: 4_800_000, currency: "MAD" } },
        { source: "Union européenne", m: { amount: 250_000, currency: "EUR" } },
        { source: "À confirmer", m: null },
      ],
    );
    expect(only(doc)).toBe(
      "Source,Montant,Montant (devise)\r\nRégion Casablanca-Settat,48000.00,MAD\r\nUnion européenne,2500.00,EUR\r\nÀ confirmer,,\r\n",
    );
  });

  it("uses `;` and the decimal comma on request, as French Excel expects", () => {
    const doc = tableDoc(
      [
        { key: "line", label: "Poste", type: "text" },
        { key: "m", label: "Montant", type: "money" },
        { key: "p", label: "Taux", type: "percent" },
      ],
      [{ line: "Hébergement; restauration", m: { amount: 4_625_000, currency: "MAD" }, p: 96.4 }],
    );
    const content = only(doc, { separator: ";", decimalSeparator: "," });
    expect(content).toBe('Poste;Montant (MAD);Taux\r\n"Hébergement; restauration";46250,00;96,4\r\n');
    expect(read(content, ";")).toEqual([
      ["Poste", "Montant (MAD)", "Taux"],
      ["Hébergement; restauration", "46250,00", "96,4"],
    ]);
  });

  it("starts with a byte-order mark only when asked", () => {
    const doc = tableDoc([{ key: "a", label: "الورشة", type: "text" }], [{ a: "سيدي بنور" }], undefined, "ar");
    expect(only(doc, { bom: true })).toBe("\uFEFFالورشة\r\nسيدي بنور\r\n");
    expect(only(doc)).toBe("الورشة\r\nسيدي بنور\r\n");
    expect(read(only(doc, { bom: true }))).toEqual(read(only(doc)));
  });

  it("writes dates as ISO dates and empty cells as empty fields", () => {
    const doc = tableDoc(
      [
        { key: "on", label: "Date", type: "date" },
        { key: "n", label: "N", type: "integer" },
        { key: "s", label: "Statut", type: "status" },
      ],
      [{ on: "2024-12-27" }, { n: 3, on: null }],
    );
    expect(only(doc)).toBe("Date,N,Statut\r\n2024-12-27,,\r\n,3,\r\n");
  });

  it("returns the issues of an invalid document", () => {
    const doc = tableDoc([{ key: "n", label: "N", type: "integer" }], [{ n: "douze" }]);
    const r = renderCsv(doc, { issuesLocale: "fr" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("report.cell_type");
  });
});
