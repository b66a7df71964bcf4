import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { clerkWorkbook } from "../../test/xlsxWorkbook.js";
import {
  type IngestOptions,
  ingest,
  issueLine,
  quarantineReason,
  quarantineTable,
  writeQuarantineCsv,
  writeQuarantineXlsx,
} from "../index.js";

async function run(input: Parameters<typeof ingest>[0], options: IngestOptions = {}) {
  const r = await ingest(input, { collect: true, ...options });
  if (!r.ok) throw new Error(`import failed: ${r.issues.map((i) => `${i.code} ${i.message}`).join(", ")}`);
  return r.value;
}

const RIB = "011519000001205000534921";

describe("quarantine: fixed in Excel and imported again", () => {
  it("writes the quarantined rows of a workbook as .xlsx under the file's own headers, with the reason", async () => {
    const s = await run([clerkWorkbook()], { locale: "fr" });
    const x = writeQuarantineXlsx(s.quarantined ?? [], {
      headers: s.columns?.headers,
      sheet: s.sheet,
      locale: "fr",
      generatedAt: "2026-12-03T10:00:00Z",
    });
    if (!x.ok) throw new Error(x.issues[0]?.message);
    // Read back by SheetJS, as a clerk's Excel would open it.
    const wb = XLSX.read(x.value, { type: "array" });
    expect(wb.SheetNames).toEqual(["Quarantaine"]);
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Quarantaine as XLSX.WorkSheet, { header: 1, defval: "" });
    expect(rows[0]).toEqual([
      "الاسم",
      "الشكل القانوني",
      "الهاتف",
      "تاريخ التأسيس",
      "رقم الحساب البنكي",
      "ملاحظات",
      "Motif de la quarantaine",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ["Association Nour", "Association", "0522123456", "2010-05-01", "1.17E+23", ""],
      ["جمعية الوفاء", "جمعية", "#N/A", "", "", "1500.5"],
    ]);
    expect(rows[1]?.[6]).toBe(
      "colonne « رقم الحساب البنكي », valeur « 1.17E+23 » : Excel a enregistré la colonne « رقم الحساب البنكي » comme un nombre (1.17E+23) et en a perdu des chiffres. Mettez la colonne au format Texte, saisissez de nouveau la valeur, puis importez de nouveau le fichier. [ingest.number_lost_digits]",
    );
    // Every cell is text: the RIB and the phone stay as they were typed.
    const sheet = wb.Sheets.Quarantaine as XLSX.WorkSheet;
    expect([sheet.C2?.t, sheet.E2?.t, sheet.C2?.v]).toEqual(["s", "s", "0522123456"]);
  });

  it("round trip: quarantine .xlsx → the clerk fixes a cell in Excel → import again → accepted", async () => {
    const first = await run([clerkWorkbook()]);
    expect(first.reconciliation.quarantined).toBe(2);
    const x = writeQuarantineXlsx(first.quarantined ?? [], { headers: first.columns?.headers, sheet: first.sheet });
    if (!x.ok) throw new Error(x.issues[0]?.message);
    // The clerk types the RIB as text and a phone over the #N/A, and saves (SheetJS stands in for Excel).
    const wb = XLSX.read(x.value, { type: "array" });
    const sheet = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
    sheet.E2 = { t: "s", v: RIB };
    sheet.C3 = { t: "n", v: 661234567 };
    const fixed = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const again = await run([fixed]);
    expect(again.reconciliation).toEqual({ rowsRead: 2, accepted: 2, quarantined: 0, balanced: true });
    expect(again.columns?.fields.at(-1)).toBeNull(); // the reason column is left out
    expect(
      again.accepted?.map((a) => [
        a.organization.name,
        a.organization.bankAccount?.rib,
        a.organization.contacts?.[0]?.value,
      ]),
    ).toEqual([
      [{ fr: "Association Nour" }, RIB, "+212522123456"],
      [{ ar: "جمعية الوفاء" }, undefined, "+212661234567"],
    ]);
    expect(again.accepted?.[0]?.organization.foundedOn).toBe("2010-05-01");
  });

  it("round trip: quarantine .csv (the file's separator, formulas guarded) → fixed → imported again → accepted", async () => {
    const csv = [
      "Nom;Forme juridique;Téléphone;Date de création;RIB;Remarques",
      `Association Amal;Association;+212661234567;12/03/2015;${RIB};=SUM(1,2)`,
      "Association Nour;Association;05 12;2016-05-02;;@siège",
      "Association Atlas;Association;0522123456;31/02/2016;;",
    ].join("\r\n");
    const first = await run(csv, { locale: "en" });
    expect(first.delimiter).toBe(";");
    expect(first.quarantined?.map((q) => [q.line, q.issues.map((i) => [i.code, i.params?.column, i.value])])).toEqual([
      [3, [["phone.invalid", "Téléphone", "05 12"]]],
      [4, [["ingest.invalid_date", "Date de création", "31/02/2016"]]],
    ]);
    expect(first.quarantined?.[1]?.issues[0]?.message).toBe("Invalid date in the column “Date de création”.");
    const q = writeQuarantineCsv(first.quarantined ?? [], {
      headers: first.columns?.headers,
      delimiter: first.delimiter,
      locale: "en",
    });
    if (!q.ok) throw new Error(q.issues[0]?.message);
    expect(
      q.value.startsWith("\uFEFFNom;Forme juridique;Téléphone;Date de création;RIB;Remarques;Quarantine reason\r\n"),
    ).toBe(true);
    expect(q.value).toContain("Association Nour;Association;05 12;2016-05-02;;'@siège;");
    const fixed = q.value.replace(";05 12;", ";0661234568;").replace(";31/02/2016;", ";28/02/2016;");
    const again = await run(fixed);
    expect(again.reconciliation).toEqual({ rowsRead: 2, accepted: 2, quarantined: 0, balanced: true });
    expect(again.accepted?.map((a) => [a.organization.foundedOn, a.organization.contacts?.[0]?.value])).toEqual([
      ["2016-05-02", "+212661234568"],
      ["2016-02-28", "+212522123456"],
    ]);
  });

  it("keeps a line it could not split, and JSON records, in a last column an import leaves out", async () => {
    const csv = 'Nom,Ville\n"Association Amal,Rabat\nAssociation Nour,Fès\n';
    const s = await run(csv, { locale: "fr" });
    const table = quarantineTable(s.quarantined ?? [], { headers: s.columns?.headers, locale: "fr" });
    expect(table.headers).toEqual(["Nom", "Ville", "Motif de la quarantaine", "Ligne telle que lue"]);
    expect(table.rows).toEqual([
      [
        "",
        "",
        "Un guillemet ouvert n'est jamais fermé sur cette ligne. [ingest.csv_unbalanced_quote]",
        '"Association Amal,Rabat',
      ],
    ]);
    const json = await run('[{"nom": "Association Amal", "date de création": "32/01/2015"}]', { locale: "ar" });
    const jt = quarantineTable(json.quarantined ?? [], { locale: "ar" });
    expect(jt.headers).toEqual(["سبب الحجر", "السطر كما قُرئ"]);
    expect(jt.rows[0]?.[1]).toBe('{"nom": "Association Amal", "date de création": "32/01/2015"}');
  });

  it("names the row, the sheet, the column by its header and the value in issue lines, in ar, fr and en", async () => {
    const s = await run([clerkWorkbook()], { locale: "ar" });
    const q = s.quarantined?.[1];
    if (q === undefined) throw new Error("no quarantined row");
    expect(issueLine(q, q.issues[0] as (typeof q.issues)[number], { sheet: s.sheet, locale: "ar" })).toBe(
      "الورقة «الجمعيات»، الصف 7، العمود «الهاتف»، القيمة «#N/A»: خانة العمود «الهاتف» تحتوي على خطأ Excel ‏#N/A. [ingest.xlsx_error_cell]",
    );
    const fr = await run([clerkWorkbook()], { locale: "fr" });
    const qf = fr.quarantined?.[0];
    if (qf === undefined) throw new Error("no quarantined row");
    expect(issueLine(qf, qf.issues[0] as (typeof qf.issues)[number], { sheet: fr.sheet, locale: "fr" })).toMatch(
      /^Feuille « الجمعيات », ligne 5, colonne « رقم الحساب البنكي », valeur « 1\.17E\+23 » : Excel a enregistré/,
    );
    const csv = await run("Nom,Téléphone\nAssociation Amal,05 12\n", { locale: "en" });
    const qc = csv.quarantined?.[0];
    if (qc === undefined) throw new Error("no quarantined row");
    expect(issueLine(qc, qc.issues[0] as (typeof qc.issues)[number], { locale: "en" })).toMatch(
      /^Row 1 \(line 2\), column “Téléphone”, value “05 12”: .* \[phone\.invalid\]$/,
    );
    expect(quarantineReason(qc, { locale: "en" })).toMatch(
      /^column “Téléphone”, value “05 12”: .* \[phone\.invalid\]$/,
    );
    // A row-level issue has no column.
    const dup = await run("Identifiant,Nom\na-1,Association Amal\na-1,Association Nour\n", {
      defaultLegalForm: "association",
    });
    const qd = dup.quarantined?.[0];
    if (qd === undefined) throw new Error("no quarantined row");
    expect(issueLine(qd, qd.issues[0] as (typeof qd.issues)[number])).toBe(
      "Row 2 (line 3), column “Identifiant”, value “a-1”: The id a-1 already appears on row 1. [ingest.duplicate_id]",
    );
  });

  it("refuses options that are not what they should be, and a workbook over a report table's size", () => {
    expect(writeQuarantineCsv([], { delimiter: "|" })).toMatchObject({
      ok: false,
      issues: [{ code: "ingest.invalid_option" }],
    });
    expect(writeQuarantineXlsx(null as never)).toMatchObject({
      ok: false,
      issues: [{ code: "ingest.invalid_option" }],
    });
    expect(writeQuarantineCsv([{ row: 1 } as never])).toMatchObject({ ok: false });
    const wide = Array.from({ length: 100 }, (_, i) => `c${i}`);
    expect(writeQuarantineXlsx([], { headers: wide, locale: "fr" })).toMatchObject({
      ok: false,
      issues: [{ code: "ingest.quarantine_too_large" }],
    });
    const empty = writeQuarantineCsv([], { headers: ["Nom"] });
    expect(empty.ok && empty.value).toBe("\uFEFFNom,Quarantine reason\r\n");
  });
});
