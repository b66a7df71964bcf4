import type { Organization } from "@madani/model";
import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { clerkWorkbook } from "../../test/xlsxWorkbook.js";
import { ingest } from "../ingest/ingest.js";
import { generateRegistry } from "../synthetic/generate.js";
import { proposeDuplicates } from "./propose.js";
import { REVIEW_FILE_COLUMNS, readReviewFile, readReviewXlsx, writeReviewFile, writeReviewXlsx } from "./reviewFile.js";

const at = "2025-01-15T09:00:00Z";
let orgs: Organization[] = [];

beforeAll(async () => {
  const reg = generateRegistry({ seed: 12, size: 500, duplicateRate: 0.2, errorRate: 0 });
  const out: Organization[] = [];
  const r = await ingest(reg.csvChunks(), { onBatch: (b) => void out.push(...b.accepted.map((a) => a.organization)) });
  if (!r.ok) throw new Error("ingest failed");
  orgs = out;
});

const clusters = () => {
  const r = proposeDuplicates(orgs, []);
  if (!r.ok) throw new Error("propose failed");
  return r.value.clusters.slice(0, 6);
};

/** The workbook, failing the test when it cannot be written. */
function workbook(...args: Parameters<typeof writeReviewXlsx>): XLSX.WorkBook {
  const r = writeReviewXlsx(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return XLSX.read(r.value, { type: "array" });
}

/** Fill the decision column (B) of a sheet's rows and save it again, as a clerk's Excel would (SheetJS here). */
function filled(wb: XLSX.WorkBook, words: readonly string[]): Uint8Array {
  const sheet = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
  const range = XLSX.utils.decode_range(sheet["!ref"] as string);
  for (let r = 1; r <= range.e.r; r++) {
    const word = words[(r - 1) % words.length] ?? "";
    if (word.trim() !== "") sheet[`B${r + 1}`] = { t: "s", v: word };
  }
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}

/** The same words in the CSV form's decision column. */
function filledCsv(text: string, words: readonly string[]): string {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .map((line, i) => {
      if (i === 0 || line === "") return line;
      const cells = line.split(",");
      cells[1] = words[(i - 1) % words.length] ?? "";
      return cells.join(",");
    })
    .join("\r\n");
}

describe("review workbook (.xlsx)", () => {
  it("has the columns and the cells of the CSV form, ids and phones as text", () => {
    const cs = clusters();
    const wb = workbook(cs, orgs, { language: "fr", generatedAt: at });
    expect(wb.SheetNames).toEqual(["Examen"]);
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets.Examen as XLSX.WorkSheet, {
      header: 1,
      defval: "",
      raw: true,
    });
    expect(rows[0]).toEqual([...REVIEW_FILE_COLUMNS]);
    const csv = writeReviewFile(cs, orgs);
    if (!csv.ok) throw new Error("csv");
    const csvRows = csv.value
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((l) => l !== "")
      .slice(1);
    expect(rows.length - 1).toBe(csvRows.length);
    const sheet = wb.Sheets.Examen as XLSX.WorkSheet;
    // The cluster and the score are numbers; a phone starting with + is text, not a formula.
    expect([sheet.A2?.t, sheet.D2?.t, sheet.E2?.t]).toEqual(["n", "n", "s"]);
    const phone = rows.slice(1).find((r) => String(r[14]).startsWith("+212"));
    expect(phone).toBeDefined();
    expect(rows[1]?.[4]).toBe(cs[0]?.pairs[0]?.a);
    expect(rows[1]?.[3]).toBe(cs[0]?.pairs[0]?.score);
  });

  it("reads the clerk's decisions back exactly as the CSV form does", async () => {
    const cs = clusters();
    const words = ["Accept", "non", " ", "نعم", "Rejeté"];
    const fromXlsx = await readReviewXlsx(filled(workbook(cs, orgs), words), { by: "clerk", at });
    const csv = writeReviewFile(cs, orgs);
    if (!csv.ok) throw new Error("csv");
    const fromCsv = readReviewFile(filledCsv(csv.value, words), { by: "clerk", at });
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error(JSON.stringify([fromXlsx, fromCsv]));
    expect(fromXlsx.value.decisions).toEqual(fromCsv.value.decisions);
    expect(fromXlsx.value.undecided).toBe(fromCsv.value.undecided);
    expect(fromXlsx.value.rows).toBe(fromCsv.value.rows);
    expect(fromXlsx.value.decisions.length).toBeGreaterThan(0);
    // Also in chunks, and the workbook untouched: nothing decided.
    const bytes = writeReviewXlsx(cs, orgs);
    if (!bytes.ok) throw new Error("xlsx");
    const pieces = Array.from({ length: Math.ceil(bytes.value.length / 100) }, (_, i) =>
      bytes.value.subarray(i * 100, i * 100 + 100),
    );
    const untouched = await readReviewXlsx(pieces, { by: "clerk", at });
    expect(untouched.ok && untouched.value).toMatchObject({ decisions: [], delimiter: "" });
  });

  it("refuses a bad workbook whole, each issue with the row Excel shows", async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ["Liste des doublons"],
        [],
        ["id_a", "id_b", "decision"],
        ["a", "b", "peut-être"],
        ["c", "c", "oui"],
        ["d", "e", "oui"],
      ]),
      "Feuil1",
    );
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const r = await readReviewXlsx(bytes, { by: "clerk", at, locale: "fr" });
    // The first row is the header: here a title, so the columns are missing.
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["review.missing_column", 1],
      ["review.missing_column", 1],
      ["review.missing_column", 1],
    ]);
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      plain,
      XLSX.utils.aoa_to_sheet([
        ["id_a", "id_b", "decision"],
        ["a", "b", "peut-être"],
        [],
        ["c", "c", "oui"],
        ["d", "e", "oui"],
      ]),
      "Feuil1",
    );
    const r2 = await readReviewXlsx(
      new Uint8Array(XLSX.write(plain, { type: "array", bookType: "xlsx" }) as ArrayBuffer),
      {
        by: "clerk",
        at,
        locale: "fr",
      },
    );
    expect(r2.ok ? [] : r2.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["review.unknown_decision", 2],
      ["review.same_id", 4],
    ]);
    const broken = await readReviewXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), { by: "clerk", locale: "fr" });
    expect(broken.ok ? "" : [broken.issues[0]?.code, broken.issues[0]?.params?.reason]).toEqual([
      "review.file_unreadable",
      expect.stringContaining("Ce classeur Excel (.xlsx) ne peut pas être lu"),
    ]);
    const notMine = await readReviewXlsx(clerkWorkbook(), { by: "clerk" });
    expect(notMine.ok ? "" : notMine.issues[0]?.code).toBe("review.missing_column");
    expect((await readReviewXlsx(clerkWorkbook(), { by: "" })).ok).toBe(false);
    expect(writeReviewXlsx(clusters(), orgs, { language: "de" as never }).ok).toBe(false);
    expect(writeReviewXlsx("x" as never, orgs).ok).toBe(false);
  });
});
