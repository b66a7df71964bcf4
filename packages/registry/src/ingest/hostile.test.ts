import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { clerkWorkbook, clerkWorkbookParts, compoundFile, zipParts } from "../../test/xlsxWorkbook.js";
import { bombWorkbook } from "../../test/zipBomb.js";
import { type IngestCheckpoint, type IngestOptions, ingest } from "../index.js";
import { binaryKind, guessSingleByte } from "./decode.js";

const encodings = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/ingest/encodings");

async function run(input: Parameters<typeof ingest>[0], options: IngestOptions = {}) {
  const r = await ingest(input, { collect: true, ...options });
  if (!r.ok) throw new Error(`import failed: ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

const names = (s: Awaited<ReturnType<typeof run>>) =>
  s.accepted?.map((a) => [a.organization.name.ar ?? "", a.organization.name.fr ?? ""]);

/** The bytes of a file, in chunks of `size` (cutting characters). */
function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe("ingest: rows lost or invented", () => {
  it("keeps a multi-line quoted name in one row", async () => {
    const s = await run('Nom,Commune,Téléphone\n"جمعية الأمل\nAssociation Al Amal",Tétouan,0612345678\n');
    expect(s.reconciliation).toEqual({ rowsRead: 1, accepted: 1, quarantined: 0, balanced: true });
    expect(s.accepted?.[0]?.organization.name).toEqual({ ar: "جمعية الأمل Association Al Amal" });
  });

  it("reads files with CR-only line ends", async () => {
    const s = await run("Nom,Ville\rAssociation Amal,Rabat\rAssociation Nour,Fès\r");
    expect(s.reconciliation).toEqual({ rowsRead: 2, accepted: 2, quarantined: 0, balanced: true });
    expect(s.accepted?.map((a) => a.line)).toEqual([2, 3]);
  });

  it("quarantines a quote never closed with its line and reads every row after it", async () => {
    const s = await run('Nom,Ville\r\n"Association Amal,Rabat\r\nAssociation Nour,Fès\r\nAssociation Atlas,Salé\r\n');
    expect(s.reconciliation).toEqual({ rowsRead: 3, accepted: 2, quarantined: 1, balanced: true });
    expect(s.quarantined?.map((q) => [q.row, q.line, q.issues[0]?.code])).toEqual([
      [1, 2, "ingest.csv_unbalanced_quote"],
    ]);
  });

  it("refuses a header that names a column twice", async () => {
    const r = await ingest("Nom,Ville,Nom\nAssociation Amal,Rabat,Association Nour\n", { locale: "fr" });
    expect(r.ok ? "ok" : [r.issues[0]?.code, r.issues[0]?.params?.column]).toEqual(["ingest.duplicate_header", "Nom"]);
    expect(r.ok ? "" : r.issues[0]?.message).toBe("La colonne « Nom » figure deux fois dans l'en-tête.");
    // Empty headers (trailing separators of a spreadsheet) are not duplicates.
    expect((await run("Nom,Ville,,\nAssociation Amal,Rabat,,\n")).reconciliation.accepted).toBe(1);
  });

  it("quarantines a malformed element in the middle of a JSON array alone", async () => {
    const json = `[
  {"nom": "Association Amal"},
  {"nom": "Association Nour", "ville": ["Fès"},
  {"nom": "Association Atlas"},
  {"nom": "Association Chourouk}
]`;
    const s = await run(json);
    expect(s.reconciliation).toEqual({ rowsRead: 4, accepted: 2, quarantined: 2, balanced: true });
    expect(names(s)).toEqual([
      ["", "Association Amal"],
      ["", "Association Atlas"],
    ]);
    expect(s.quarantined?.map((q) => [q.row, q.line, q.issues[0]?.code])).toEqual([
      [2, 3, "ingest.json_malformed"],
      [4, 5, "ingest.json_malformed"],
    ]);
  });

  it("stops with an issue on a chunk that is neither text nor bytes", async () => {
    const s = await run(["Nom\nAssociation Amal\n", 42 as unknown as string, "Association Nour\n"]);
    expect(s.status).toBe("failed");
    expect(s.issues.map((i) => [i.code, i.params?.type])).toEqual([["ingest.invalid_chunk", "number"]]);
    expect(s.reconciliation.balanced).toBe(true);
    const first = await ingest([{} as unknown as string]);
    expect(first.ok ? "ok" : first.issues[0]?.code).toBe("ingest.invalid_chunk");
  });

  it("reads ArrayBuffer and DataView chunks as bytes", async () => {
    const bytes = new TextEncoder().encode("Nom\nجمعية الأمل\n");
    const s = await run([bytes.buffer.slice(0, 5), new DataView(bytes.buffer, 5)] as unknown as Uint8Array[]);
    expect(names(s)).toEqual([["جمعية الأمل", ""]]);
  });
});

describe("ingest: files saved by spreadsheet programs", () => {
  const cases = [
    ["windows-1256.csv", "windows-1256", true],
    ["utf-16le-bom.csv", "utf-16le", false],
    ["utf-16be-bom.csv", "utf-16be", false],
    ["utf-8-bom.csv", "utf-8", false],
    ["utf-8.csv", "utf-8", false],
  ] as const;
  for (const [file, encoding, guessed] of cases) {
    it(`reads ${file} (Arabic and French)`, async () => {
      const bytes = new Uint8Array(readFileSync(join(encodings, file)));
      for (const size of [bytes.length, 7]) {
        const s = await run(chunksOf(bytes, size));
        expect(s.encoding).toBe(encoding);
        expect(s.warnings.map((w) => w.code)).toEqual(guessed ? ["ingest.encoding_guessed"] : []);
        expect(s.columns?.headers).toEqual(["الاسم", "Nom français", "Téléphone"]);
        expect(names(s)).toEqual([
          ["جمعية الأمل للتنمية", "Association Al Amal pour le développement"],
          ["تعاونية أركان", "Coopérative Argane"],
        ]);
      }
    });
  }

  it("reads windows-1252.csv (French) and names the guess in the warning", async () => {
    const s = await run([new Uint8Array(readFileSync(join(encodings, "windows-1252.csv")))], { locale: "fr" });
    expect(s.encoding).toBe("windows-1252");
    expect(s.warnings[0]?.message).toContain("windows-1252");
    expect(s.columns?.headers).toEqual(["Nom", "Téléphone", "Date de création"]);
    expect(names(s)).toEqual([
      ["", "Association Élan de Fès"],
      ["", "Coopérative Crème d'argan"],
    ]);
  });

  it("uses the encoding it is given", async () => {
    const bytes = new Uint8Array(readFileSync(join(encodings, "windows-1256.csv")));
    const s = await run([bytes], { encoding: "windows-1256" });
    expect(s.warnings).toEqual([]);
    expect(names(s)?.[0]?.[0]).toBe("جمعية الأمل للتنمية");
    const bad = await ingest([bytes], { encoding: "koi8-r" as "utf-8" });
    expect(bad.ok ? "ok" : bad.issues[0]?.params?.option).toBe("encoding");
  });

  it("guesses windows-1256 for Arabic words and windows-1252 for French words", () => {
    expect(guessSingleByte(new Uint8Array([0xc7, 0xe1, 0xc7, 0xd3, 0xe3, 0x2c, 0xdf, 0xe4]))).toBe("windows-1256");
    expect(guessSingleByte(new TextEncoder().encode("T l phone").map((b) => (b === 0x20 ? 0xe9 : b)))).toBe(
      "windows-1252",
    );
  });

  it("refuses binary files and says what they look like, in ar, fr and en", async () => {
    const files: [number[], string, string][] = [
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], "xls", "Excel 97-2003 workbook (.xls)"],
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], "pdf", "a PDF document"],
      [[0x1f, 0x8b, 0x08, 0], "gzip", "gzip"],
      [[0x4e, 0x6f, 0x6d, 0x0a, 0x41, 0x00, 0x0a], "binary", "NUL bytes"],
    ];
    for (const [bytes, kind, text] of files) {
      const r = await ingest([new Uint8Array(bytes)]);
      expect(r.ok ? "ok" : [r.issues[0]?.code, r.issues[0]?.params?.kind]).toEqual(["ingest.binary_input", kind]);
      expect(r.ok ? "" : r.issues[0]?.message).toContain(text);
      expect(binaryKind(new Uint8Array(bytes), false)).toBe(kind);
    }
    // A zip archive is read as a workbook: cut short after its signature, it is a damaged one.
    expect(binaryKind(new Uint8Array([0x50, 0x4b, 3, 4]), false)).toBe("xlsx");
    const fr = await ingest([new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0])], { locale: "fr" });
    expect(fr.ok ? "" : [fr.issues[0]?.code, fr.issues[0]?.message]).toEqual([
      "ingest.xlsx_corrupt",
      expect.stringContaining("Ce classeur Excel (.xlsx) ne peut pas être lu"),
    ]);
    const ar = await ingest([new Uint8Array([0x50, 0x4b, 3, 4])], { locale: "ar" });
    expect(ar.ok ? "" : ar.issues[0]?.message).toContain("مصنف Excel");
    // Read as CSV on demand, a workbook is still refused for what it looks like.
    const asCsv = await ingest([new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0])], { format: "csv" });
    expect(asCsv.ok ? "ok" : [asCsv.issues[0]?.code, asCsv.issues[0]?.params?.kind]).toEqual([
      "ingest.binary_input",
      "xlsx",
    ]);
    const read = await ingest("PK\u0003\u0004 xl/workbook.xml");
    expect(read.ok ? "ok" : read.issues[0]?.code).toBe("ingest.binary_input");
  });
});

describe("ingest: one bad row does not stop an import", () => {
  it("quarantines an NDJSON line nested 6,000 levels deep and imports the rows around it", async () => {
    const deep = `{"nom": "Association Profonde", "adresse": ${"[".repeat(6000)}${"]".repeat(6000)}}`;
    const ndjson = `{"nom": "Association Amal"}\n${deep}\n{"nom": "Association Nour"}\n`;
    const checkpoints: IngestCheckpoint[] = [];
    const s = await run(ndjson, { batchSize: 1, onBatch: (b) => void checkpoints.push(b.checkpoint) });
    expect(s.status).toBe("completed");
    expect(s.reconciliation).toEqual({ rowsRead: 3, accepted: 2, quarantined: 1, balanced: true });
    expect(s.quarantined?.map((q) => [q.row, q.issues[0]?.code])).toEqual([[2, "ingest.row_failed"]]);
    // Resuming before the bad row goes past it too.
    const again = await run(ndjson, { resumeFrom: checkpoints[0] as IngestCheckpoint });
    expect(again.run).toMatchObject({ rowsRead: 2, accepted: 1, quarantined: 1, rowsSkipped: 1 });
  });
});

describe("ingest: text that PostgreSQL refuses", () => {
  it("removes NUL and other C0 controls and replaces lone surrogates, with a warning", async () => {
    const s = await run("Nom,Ville\nAssociation\u0000 Amal,Ra\u0007bat\nAssociation Nour\uD800,Fès\n");
    expect(names(s)).toEqual([
      ["", "Association Amal"],
      ["", "Association Nour\uFFFD"],
    ]);
    for (const a of s.accepted ?? []) {
      expect(a.warnings.map((w) => [w.code, w.severity])).toContainEqual(["ingest.control_characters", "warning"]);
      expect(JSON.stringify(a.organization)).not.toMatch(/\\u0000|\\u0007|\\ud800/i);
    }
    const nd = await run('{"nom": "Association \\u0000Atlas", "ville\\u0001": "x"}\n{"nom": 5, "x": "\\ud800"}\n');
    expect(nd.accepted?.[0]?.organization.name.fr).toBe("Association Atlas");
    expect(nd.accepted?.[0]?.warnings.map((w) => w.code)).toContain("ingest.control_characters");
    expect(nd.quarantined?.[0]?.issues.map((i) => i.code)).toContain("ingest.control_characters");
  });
});

describe("ingest: never throws", () => {
  it("returns a result for hostile inputs and options", async () => {
    const throwingGetter = Object.defineProperty({}, "locale", {
      get() {
        throw new Error("boom");
      },
    });
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        has() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    async function* failing() {
      yield "Nom\nAssociation Amal\n";
      throw new Error("disk unplugged");
    }
    const failingIterator = {
      [Symbol.iterator]() {
        throw new Error("no iterator");
      },
    };
    const cases: [unknown, unknown][] = [
      ["Nom\nA\n", throwingGetter],
      ["Nom\nA\n", trap],
      [trap, {}],
      [failing(), {}],
      [failingIterator, {}],
      [[null, undefined], {}],
      [[Symbol("x")], {}],
      ["Nom\nA\n", { onBatch: () => Promise.reject(new Error("full")) }],
      [
        "Nom\nA\n",
        {
          onProgress: () => {
            throw new Error("progress");
          },
        },
      ],
      ["Nom\nA\n", { signal: trap }],
      ["Nom\nA\n", null],
      [undefined, undefined],
    ];
    for (const [input, options] of cases) {
      const r = await ingest(input as string, options as IngestOptions);
      expect(typeof r.ok).toBe("boolean");
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      else expect(r.value.reconciliation.balanced).toBe(true);
    }
    const failed = await ingest(failing(), { collect: true });
    expect(failed.ok && [failed.value.status, failed.value.issues[0]?.code]).toEqual(["failed", "ingest.source_error"]);
  });

  it("never throws on arbitrary chunks (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.uint8Array({ maxLength: 40 }), fc.anything()), {
          maxLength: 6,
        }),
        fc.constantFrom("auto" as const, "utf-8" as const, "utf-16le" as const, "windows-1256" as const),
        async (chunks, encoding) => {
          const r = await ingest(chunks as string[], { encoding, batchSize: 3 });
          if (r.ok) expect(r.value.reconciliation.balanced).toBe(true);
          else expect(r.issues[0]?.code).toMatch(/^ingest\./);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ingest: names written by a CSV writer read back (property)", () => {
  const nameArb = fc
    .array(fc.constantFrom("جمعية", "الأمل", "Association", "Amal", '"Nour"', "Fès,", "l'Atlas;", "\n", "\r\n", " "), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => parts.join(" "))
    .filter((n) => n.trim() !== "");
  const quote = (c: string) => (/[",;\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);

  it("accepts every row with its name, whatever the line ends and chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(nameArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.integer({ min: 1, max: 50 }),
        async (rowNames, eol, size) => {
          const csv = `Nom,Remarque${eol}${rowNames.map((n) => `${quote(n)},x${eol}`).join("")}`;
          const s = await run(chunksOf(new TextEncoder().encode(csv), size), { defaultLegalForm: "association" });
          expect(s.reconciliation).toEqual({
            rowsRead: rowNames.length,
            accepted: rowNames.length,
            quarantined: 0,
            balanced: true,
          });
          const clean = (n: string) => n.replace(/\s+/g, " ").trim();
          expect(s.accepted?.map((a) => a.organization.name.ar ?? a.organization.name.fr)).toEqual(rowNames.map(clean));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("ingest: hostile workbooks", () => {
  const parts = clerkWorkbookParts();
  const replacing = (name: string, xml: string): [string, string][] =>
    parts.map(([n, x]): [string, string] => (n === name ? [n, xml] : [n, x]));
  const refused = async (input: Parameters<typeof ingest>[0], options: IngestOptions = {}) => {
    const r = await ingest(input, options);
    return r.ok ? ["ok", r.value.status] : [r.issues[0]?.code, r.issues[0]?.message];
  };

  it("refuses a damaged zip, cut anywhere, with ingest.xlsx_corrupt, never throwing", async () => {
    const bytes = clerkWorkbook();
    for (let cut = 4; cut < bytes.length; cut += 97) {
      const r = await ingest([bytes.subarray(0, cut)], { collect: true });
      if (r.ok) {
        // Cut in the central directory, after every entry: the rows are all there.
        expect(r.value.reconciliation.balanced).toBe(true);
      } else expect(r.issues[0]?.code).toMatch(/^ingest\.(xlsx_corrupt|xlsx_not_workbook|empty_input)$/);
    }
    const fr = await ingest([bytes.subarray(0, 600)], { locale: "fr" });
    expect(fr.ok ? "ok" : fr.issues[0]?.message).toMatch(/^Ce classeur Excel \(\.xlsx\) ne peut pas être lu/);
  });

  it("stops on a part whose bytes were changed (CRC-32), on an unknown compression and on garbage after the signature", async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, xml] of parts) files[name] = strToU8(xml);
    const stored = zipSync(files, { level: 0 });
    const at = Buffer.from(stored).indexOf("<v>42075</v>");
    stored[at + 4] = "9".charCodeAt(0);
    const r = await ingest([stored], { collect: true });
    expect(r.ok && [r.value.status, r.value.issues[0]?.code, r.value.issues[0]?.params?.reason]).toEqual([
      "failed",
      "ingest.xlsx_corrupt",
      "xl/worksheets/sheet2.xml is damaged (its CRC-32 does not match)",
    ]);
    // The method of the first entry ([Content_Types].xml, not needed) and then of the sheet set to LZMA (14).
    const lzma = clerkWorkbook();
    const sheet = Buffer.from(lzma).indexOf("xl/worksheets/sheet2.xml") - 30;
    new DataView(lzma.buffer).setUint16(sheet + 8, 14, true);
    expect(await refused([lzma])).toEqual([
      "ingest.xlsx_corrupt",
      expect.stringContaining("compression method 14 is not supported"),
    ]);
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) & 255);
    garbage.set([0x50, 0x4b, 3, 4]);
    expect((await refused([garbage]))[0]).toMatch(/^ingest\.xlsx_(corrupt|not_workbook)$/);
  });

  it("stops a zip bomb at 1 GiB unzipped (or the maxXlsxBytes given) with ingest.xlsx_too_large", {
    timeout: 60_000,
  }, async () => {
    const bomb = bombWorkbook(parts, "xl/worksheets/sheet2.xml", 1.1 * 2 ** 30);
    expect(bomb.length).toBeLessThan(8 * 2 ** 20);
    const r = await ingest([bomb], { locale: "fr" });
    expect(r.ok ? "ok" : [r.issues[0]?.code, r.issues[0]?.params?.maximum]).toEqual(["ingest.xlsx_too_large", 2 ** 30]);
    expect(r.ok ? "" : r.issues[0]?.message).toContain("bombe de décompression");
    const small = await ingest([bombWorkbook(parts, "xl/worksheets/sheet2.xml", 4 * 2 ** 20)], {
      maxXlsxBytes: 2 ** 20,
    });
    expect(small.ok ? "ok" : small.issues[0]?.code).toBe("ingest.xlsx_too_large");
    // Found after rows were delivered: the import stops, failed, with the rows read so far counted.
    let seed = 7;
    const word = () =>
      Array.from({ length: 12 }, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return String.fromCharCode(97 + (seed % 26));
      }).join("");
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 2}"><c t="inlineStr"><is><t>Association ${word()} ${word()}</t></is></c></row>`,
    );
    const late = zipParts(
      replacing(
        "xl/worksheets/sheet2.xml",
        `<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row>${rows.join("")}${" ".repeat(3 * 2 ** 20)}</sheetData></worksheet>`,
      ),
    );
    const stopped = await ingest([late], { maxXlsxBytes: 2 ** 20, defaultLegalForm: "association" });
    expect(
      stopped.ok && [stopped.value.status, stopped.value.issues[0]?.code, stopped.value.reconciliation.balanced],
    ).toEqual(["failed", "ingest.xlsx_too_large", true]);
  });

  it("refuses a workbook without sheets, a missing named sheet, a zip that is not a workbook", async () => {
    const none = zipParts(
      replacing(
        "xl/workbook.xml",
        `<workbook xmlns="${"http://schemas.openxmlformats.org/spreadsheetml/2006/main"}"><sheets/></workbook>`,
      ),
    );
    expect(await refused([none], { locale: "ar" })).toEqual([
      "ingest.xlsx_no_sheet",
      "لا يحتوي المصنف على أي ورقة بيانات تُقرأ.",
    ]);
    expect(await refused([clerkWorkbook()], { sheet: "Feuil9", locale: "fr" })).toEqual([
      "ingest.xlsx_sheet_not_found",
      "Le classeur n'a pas de feuille nommée « Feuil9 ». Ses feuilles : “Listes”, “الجمعيات”, “Notes”.",
    ]);
    const ods = zipParts([
      ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
      ["content.xml", "<office:document-content/>"],
    ]);
    expect(await refused([ods], { locale: "en" })).toEqual([
      "ingest.xlsx_not_workbook",
      "This file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx). Save the sheet as .xlsx or CSV and import that file.",
    ]);
    const docx = zipParts([["word/document.xml", "<w:document/>"]]);
    expect((await refused([docx], { locale: "fr" }))[1]).toContain("un document Word (.docx)");
    const xlsb = zipParts([["xl/workbook.bin", "\u0083\u0001"]]);
    expect((await refused([xlsb], { locale: "en" }))[1]).toContain("an Excel binary workbook (.xlsb)");
    const empty = new Uint8Array([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)]);
    expect((await refused([empty]))[0]).toBe("ingest.xlsx_corrupt");
    // A sheet without rows, a sheet that refers to a shared string that is not there.
    expect(
      (await refused([zipParts(replacing("xl/worksheets/sheet2.xml", "<worksheet><sheetData/></worksheet>"))]))[0],
    ).toBe("ingest.empty_input");
    const missing = zipParts(parts.filter(([n]) => n !== "xl/sharedStrings.xml"));
    expect(await refused([missing])).toEqual([
      "ingest.xlsx_corrupt",
      expect.stringContaining("a cell refers to shared string 0, which is missing"),
    ]);
  });

  it("says a workbook saved with a password is password-protected, in ar, fr and en", async () => {
    // An encrypted workbook is an OLE2 compound file whose directory names EncryptionInfo and EncryptedPackage.
    const encrypted = compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
    // SheetJS takes it for an encrypted package too.
    expect(() => XLSX.read(encrypted, { type: "array" })).toThrow(/Encrypted|password/i);
    expect(await refused([encrypted], { locale: "en" })).toEqual([
      "ingest.xlsx_encrypted",
      expect.stringContaining("This workbook is password-protected"),
    ]);
    expect((await refused([encrypted], { locale: "fr" }))[1]).toContain("protégé par un mot de passe");
    expect((await refused([encrypted], { locale: "ar" }))[1]).toContain("محمي بكلمة مرور");
    // Read in pieces, the names cut between chunks.
    const pieces = Array.from({ length: Math.ceil(encrypted.length / 5) }, (_, i) =>
      encrypted.subarray(i * 5, i * 5 + 5),
    );
    expect((await refused(pieces))[0]).toBe("ingest.xlsx_encrypted");
    // An OLE2 file without them is an Excel 97-2003 workbook.
    expect(await refused([compoundFile(["Workbook"])])).toEqual([
      "ingest.binary_input",
      expect.stringContaining("Excel 97-2003 workbook (.xls)"),
    ]);
  });

  it("refuses what is not a workbook when asked for one, and chunks that are not bytes in one", async () => {
    expect((await refused("Nom\nAssociation Amal\n", { format: "xlsx" }))[0]).toBe("ingest.binary_input");
    expect((await refused([new TextEncoder().encode("Nom\nAssociation Amal\n")], { format: "xlsx" }))[0]).toBe(
      "ingest.xlsx_corrupt",
    );
    const bytes = clerkWorkbook();
    expect((await refused([bytes.subarray(0, 100), "text" as unknown as Uint8Array]))[0]).toBe("ingest.invalid_chunk");
    expect((await refused([clerkWorkbook()], { sheet: "" }))[0]).toBe("ingest.invalid_option");
    expect((await refused([clerkWorkbook()], { maxXlsxBytes: -1 }))[0]).toBe("ingest.invalid_option");
  });

  it("never throws on a workbook with bytes changed anywhere (property)", { timeout: 60_000 }, async () => {
    const bytes = clerkWorkbook();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 4096 }),
        async (changes, size) => {
          const copy = bytes.slice();
          for (const [at, value] of changes) copy[at] = value;
          const chunks = Array.from({ length: Math.ceil(copy.length / size) }, (_, i) =>
            copy.subarray(i * size, i * size + size),
          );
          const r = await ingest(chunks, { collect: true });
          if (r.ok) expect(r.value.reconciliation.balanced).toBe(true);
          else expect(r.issues[0]?.code).toMatch(/^ingest\./);
        },
      ),
      { numRuns: 200 },
    );
  });
});
