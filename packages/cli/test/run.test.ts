import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { commitSeed, verifyDraw } from "@madani/events";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { EXIT, run } from "../src/index.js";

/** Run the command line in-process with collected output, in a temporary folder. */
async function madani(
  args: string[],
  env: Record<string, string> = {},
  cwd = mkdtempSync(join(tmpdir(), "madani-cli-")),
) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { CI: "true", ...env },
    cwd,
    now: () => new Date("2025-01-15T09:00:00Z"),
  });
  return { code, stdout, stderr, cwd };
}

describe("madani: usage", () => {
  it("prints help for the program and every command, with exit 0", async () => {
    const top = await madani(["--help"]);
    expect(top.code).toBe(EXIT.ok);
    for (const c of ["validate", "import", "dedup", "stats", "report", "draw", "verify-draw", "plan"]) {
      expect(top.stdout).toContain(c);
      const sub = await madani(c === "plan" ? ["plan", "lint", "--help"] : [c, "--help"]);
      expect(sub.code).toBe(EXIT.ok);
      expect(sub.stdout).toMatch(/Usage: madani/);
    }
  });

  it("prints its version with --version or -V, with exit 0", async () => {
    const version = (
      JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    for (const flag of ["--version", "-V"]) {
      const r = await madani([flag]);
      expect([r.code, r.stdout.trim()]).toEqual([EXIT.ok, `madani ${version}`]);
    }
  });

  it("reports usage errors in the chosen language with exit 2", async () => {
    const unknown = await madani(["nope", "--lang", "fr"]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain("Commande inconnue « nope »");
    const ar = await madani(["plan", "progress", "x.json", "--as-of", "2025-13-01"], { MADANI_LANG: "ar" });
    expect(ar.code).toBe(EXIT.usage);
    expect(ar.stderr).toContain("استعمال غير صحيح");
    const missing = await madani(["plan", "lint", "absent.json", "--lang", "en"]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain("The file “absent.json” does not exist.");
    const badOption = await madani(["report", "a.json", "--format", "pdf"]);
    expect(badOption.code).toBe(EXIT.usage);
  });
});

describe("madani draw and verify-draw", () => {
  it("draws, verifies, and detects a tampered record", async () => {
    const seed = "rencontre-5-sidi-bennour-2024";
    const commit = await madani(["draw", "--seed", seed, "--commit-only"]);
    expect(commit.stdout.trim()).toBe(commitSeed(seed).ok ? (commitSeed(seed) as { value: string }).value : "");
    const entries = "coop-argane,coop-safran,coop-zaafrane,assoc-amal,assoc-nour";
    const drawn = await madani(["draw", "--seed", seed, "--entries", entries, "--k", "2"]);
    expect(drawn.code).toBe(EXIT.ok);
    const record = JSON.parse(drawn.stdout) as { winners: string[] };
    expect(verifyDraw(record).ok).toBe(true);
    const file = join(drawn.cwd, "draw.json");
    writeFileSync(file, drawn.stdout);
    const ok = await madani(["verify-draw", file, "--lang", "fr"], {}, drawn.cwd);
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.stdout).toContain(record.winners.join(", "));
    writeFileSync(file, drawn.stdout.replace(record.winners[0] as string, "coop-autre"));
    const tampered = await madani(["verify-draw", file], {}, drawn.cwd);
    expect(tampered.code).toBe(EXIT.issues);
    const tooMany = await madani(["draw", "--seed", seed, "--entries", "a,b", "--k", "3"]);
    expect(tooMany.code).toBe(EXIT.issues);
    expect(tooMany.stderr).toContain("draw.k_too_large");
  });

  it("reads the seed from a file's first line or from standard input, never from both ways at once", async () => {
    const seed = "rencontre-5-sidi-bennour-2024";
    const entries = "coop-argane,coop-safran,coop-zaafrane,assoc-amal,assoc-nour";
    const byFlag = await madani(["draw", "--seed", seed, "--entries", entries, "--k", "2"]);
    const dir = mkdtempSync(join(tmpdir(), "madani-seed-"));
    // A file saved by a Windows editor: byte-order mark, CRLF, a second line that is not part of the seed.
    writeFileSync(join(dir, "seed.txt"), `\uFEFF${seed}\r\nnote: opened on 2024-11-20\r\n`);
    const byFile = await madani(["draw", "--seed-file", "seed.txt", "--entries", entries, "--k", "2"], {}, dir);
    expect(byFile.code).toBe(EXIT.ok);
    expect(byFile.stdout).toBe(byFlag.stdout);
    let out = "";
    let err = "";
    const byStdin = await run(["draw", "--seed-file", "-", "--commit-only"], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      env: { CI: "true" },
      cwd: dir,
      stdin: (async function* () {
        yield Buffer.from(`${seed.slice(0, 10)}`);
        yield `${seed.slice(10)}\n`;
      })(),
    });
    expect([byStdin, err]).toEqual([EXIT.ok, ""]);
    expect(out.trim()).toBe((commitSeed(seed) as { ok: true; value: string }).value);
    const both = await madani(["draw", "--seed", seed, "--seed-file", "seed.txt", "--lang", "fr"], {}, dir);
    expect(both.code).toBe(EXIT.usage);
    expect(both.stderr).toContain("Donnez la graine d'une seule façon");
    const none = await madani(["draw", "--entries", entries]);
    expect(none.code).toBe(EXIT.usage);
    writeFileSync(join(dir, "empty.txt"), "\n");
    const empty = await madani(["draw", "--seed-file", "empty.txt"], {}, dir);
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.stderr).toContain("holds no seed on its first line");
    const missing = await madani(["draw", "--seed-file", "absent.txt"], {}, dir);
    expect(missing.code).toBe(EXIT.usage);
  });
});

describe("madani validate", () => {
  it("accepts valid rows, quarantines bad ones with their issues, and reconciles the counts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-validate-"));
    const csv = [
      "Identifiant,Forme juridique,Nom arabe,Nom français,Date de création,Province,Commune,Téléphone",
      "a-1,Association,جمعية الأمل للتنمية,Association Al Amal,12/03/2015,06.181,الجديدة,0661234567",
      "a-2,Association,جمعية النور,,2016-05-02,06.181,الجديدة,05 12",
    ].join("\n");
    writeFileSync(join(dir, "orgs.csv"), csv);
    const r = await madani(["validate", "orgs.csv", "--lang", "fr", "--quarantine", "q.ndjson"], {}, dir);
    expect(r.code).toBe(EXIT.issues);
    expect(r.stdout).toContain("2 enregistrement(s) lu(s) : 1 valide(s), 1 en quarantaine.");
    const quarantined = readFileSync(join(dir, "q.ndjson"), "utf8").trim().split("\n");
    expect(quarantined).toHaveLength(1);
    expect(JSON.parse(quarantined[0] as string)).toMatchObject({ row: 2 });
  });
});

describe("madani validate and import: Excel workbooks", () => {
  const RIB = "011519000001205000534921";
  /** A clerk's workbook: a notes sheet first, then the associations, with a RIB Excel turned into a number. */
  function workbook(): Uint8Array {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Registre provincial, novembre 2024"]]), "Notes");
    const rows = [
      ["Nom", "Forme juridique", "Téléphone", "Date de création", "RIB", "Identifiant"],
      ["Association Al Amal", "Association", 661234567, new Date(Date.UTC(2015, 2, 12)), RIB, "ST-001"],
      ["Association Nour", "Association", "0522123456", new Date(Date.UTC(2016, 4, 2)), 1.17e23, "ST-002"],
      ["Association Atlas", "Association", "05 12", "", "", "ST-003"],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), "Associations");
    return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  }

  it("read the sheet named by --sheet, and print each issue with the sheet, row, column header and value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-xlsx-"));
    writeFileSync(join(dir, "registre.xlsx"), workbook());
    const r = await madani(["validate", "registre.xlsx", "--sheet", "Associations", "--lang", "fr"], {}, dir);
    expect(r.code).toBe(EXIT.issues);
    expect(r.stdout).toContain("3 enregistrement(s) lu(s) : 1 valide(s), 2 en quarantaine.");
    expect(r.stderr).toContain(
      "Feuille « Associations », ligne 3, colonne « RIB », valeur « 1.17E+23 » : Excel a enregistré la colonne « RIB » comme un nombre (1.17E+23) et en a perdu des chiffres.",
    );
    expect(r.stderr).toMatch(
      /Feuille « Associations », ligne 4, colonne « Téléphone », valeur « 05 12 » : .*\[phone\.invalid\]/,
    );
    // Without --sheet the first visible sheet is read; a sheet that is not there is named with the others.
    const first = await madani(["validate", "registre.xlsx"], {}, dir);
    expect(first.code).toBe(EXIT.issues);
    expect(first.stderr).toContain("[ingest.no_name_column]");
    const absent = await madani(["validate", "registre.xlsx", "--sheet", "Feuil3", "--lang", "ar"], {}, dir);
    expect(absent.code).toBe(EXIT.issues);
    expect(absent.stderr).toContain("لا توجد في المصنف ورقة باسم «Feuil3». أوراقه: “Notes”, “Associations”.");
  });

  it("round trip: import → --quarantine q.xlsx → the clerk fixes it in Excel → import q.xlsx → stored", {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-xlsx-"));
    writeFileSync(join(dir, "registre.xlsx"), workbook());
    const first = await madani(
      ["import", "registre.xlsx", "--sheet", "associations", "--data-dir", "db", "--quarantine", "q.xlsx", "--quiet"],
      {},
      dir,
    );
    expect(first.code).toBe(EXIT.issues);
    expect(first.stdout).toContain("Organizations in the database: 1");
    expect(first.stderr).toBe("");
    const wb = XLSX.read(readFileSync(join(dir, "q.xlsx")), { type: "array" });
    const sheet = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: "" });
    expect(rows[0]).toEqual([
      "Nom",
      "Forme juridique",
      "Téléphone",
      "Date de création",
      "RIB",
      "Identifiant",
      "Quarantine reason",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ["Association Nour", "Association", "0522123456", "2016-05-02", "1.17E+23", "ST-002"],
      ["Association Atlas", "Association", "05 12", "", "", "ST-003"],
    ]);
    sheet.E2 = { t: "s", v: RIB };
    sheet.C3 = { t: "s", v: "0661234568" };
    writeFileSync(
      join(dir, "q.xlsx"),
      new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer),
    );
    const again = await madani(["import", "q.xlsx", "--data-dir", "db", "--quiet"], {}, dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(EXIT.ok);
    expect(again.stdout).toContain("2 record(s) read: 2 valid, 0 quarantined.");
    expect(again.stdout).toContain("Organizations in the database: 3");
    // The CSV form, with the file's own headers and the reason, and NDJSON for any other name.
    const csv = await madani(
      ["validate", "registre.xlsx", "--sheet", "Associations", "--quarantine", "q.csv"],
      {},
      dir,
    );
    expect(csv.code).toBe(EXIT.issues);
    expect(readFileSync(join(dir, "q.csv"), "utf8")).toMatch(
      /^\uFEFFNom,Forme juridique,Téléphone,Date de création,RIB,Identifiant,Quarantine reason\r\nAssociation Nour,Association,0522123456,2016-05-02,1\.17E\+23,ST-002,/,
    );
    await madani(["validate", "registre.xlsx", "--sheet", "Associations", "--quarantine", "q.ndjson"], {}, dir);
    const nd = readFileSync(join(dir, "q.ndjson"), "utf8").trim().split("\n");
    expect(nd.map((l) => JSON.parse(l).cells?.[0])).toEqual(["Association Nour", "Association Atlas"]);
  });

  it("say a password-protected workbook is one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-xlsx-"));
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(new Uint8Array(Buffer.from("EncryptionInfo", "utf16le")), 1024);
    ole.set(new Uint8Array(Buffer.from("EncryptedPackage", "utf16le")), 1152);
    writeFileSync(join(dir, "secret.xlsx"), ole);
    const r = await madani(["validate", "secret.xlsx", "--lang", "fr"], {}, dir);
    expect(r.code).toBe(EXIT.issues);
    expect(r.stderr).toContain("Ce classeur est protégé par un mot de passe");
    expect(r.stderr).toContain("[ingest.xlsx_encrypted]");
  });
});

describe("madani validate and import: failures are not successes", () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../registry/test/fixtures/ingest/encodings");

  it("refuses a file with a NUL byte, an Excel workbook and a PDF with exit 1 and says why", {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-binary-"));
    writeFileSync(join(dir, "nul.csv"), Buffer.from("Nom\nAssociation\u0000 Amal\n", "utf8"));
    writeFileSync(join(dir, "book.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    writeFileSync(join(dir, "doc.pdf"), Buffer.from("%PDF-1.7\n", "latin1"));
    for (const command of ["validate", "import"]) {
      const store = command === "import" ? ["--data-dir", "db"] : [];
      const nul = await madani([command, "nul.csv", "--quiet", ...store], {}, dir);
      expect(nul.code).toBe(EXIT.issues);
      expect(nul.stderr).toContain("a binary file (it holds NUL bytes)");
      expect(nul.stderr).toContain("[ingest.binary_input]");
      expect(nul.stdout).not.toContain("0 record(s) read");
    }
    const xlsx = await madani(["validate", "book.xlsx", "--lang", "fr"], {}, dir);
    expect(xlsx.code).toBe(EXIT.issues);
    expect(xlsx.stderr).toContain("Le fichier « book.xlsx » ne peut pas être lu");
    // A zip archive is read as a workbook: this one is cut short after its first bytes.
    expect(xlsx.stderr).toContain("Ce classeur Excel (.xlsx) ne peut pas être lu");
    expect(xlsx.stderr).toContain("[ingest.xlsx_corrupt]");
    const pdf = await madani(["validate", "doc.pdf", "--lang", "ar"], {}, dir);
    expect(pdf.code).toBe(EXIT.issues);
    expect(pdf.stderr).toContain("وثيقة PDF");
  });

  it("exits 1 when a row of an NDJSON file cannot be processed, and reads the rows around it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-ndjson-"));
    const deep = `{"nom": "Association Profonde", "adresse": ${"[".repeat(6000)}${"]".repeat(6000)}}`;
    writeFileSync(join(dir, "orgs.ndjson"), `{"nom": "Association Amal"}\n${deep}\n{"nom": "Association Nour"}\n`);
    const r = await madani(["validate", "orgs.ndjson"], {}, dir);
    expect(r.code).toBe(EXIT.issues);
    expect(r.stdout).toContain("3 record(s) read: 2 valid, 1 quarantined.");
    expect(r.stderr).toContain("[ingest.row_failed]");
  });

  it("reads Excel's windows-1256 and UTF-16 files, with --encoding or detected, and exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-encoding-"));
    for (const file of ["windows-1256.csv", "utf-16le-bom.csv"]) {
      writeFileSync(join(dir, file), readFileSync(join(fixtures, file)));
    }
    const detected = await madani(["validate", "windows-1256.csv", "--quarantine", "q.ndjson"], {}, dir);
    expect(detected.code).toBe(EXIT.ok);
    expect(detected.stdout).toContain("2 record(s) read: 2 valid, 0 quarantined.");
    expect(detected.stderr).toContain("[ingest.encoding_guessed]");
    const given = await madani(["validate", "windows-1256.csv", "--encoding", "windows-1256"], {}, dir);
    expect(given.code).toBe(EXIT.ok);
    expect(given.stderr).not.toContain("encoding_guessed");
    const utf16 = await madani(["import", "utf-16le-bom.csv", "--data-dir", "db", "--quiet"], {}, dir);
    expect(utf16.code).toBe(EXIT.ok);
    expect(utf16.stdout).toContain("Organizations in the database: 2");
    const wrong = await madani(["validate", "windows-1256.csv", "--encoding", "utf-8"], {}, dir);
    expect(wrong.code).toBe(EXIT.issues);
    const bad = await madani(["validate", "windows-1256.csv", "--encoding", "latin9"], {}, dir);
    expect(bad.code).toBe(EXIT.usage);
  }, 120_000);
});

describe("madani stats and dedup: they read a registry, never create one", () => {
  it("refuse a --data-dir that holds no database with exit 2, create nothing, and read one that import made", {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-readonly-"));
    const stats = await madani(["stats", "--data-dir", "bd-typo", "--lang", "fr"], {}, dir);
    expect(stats.code).toBe(EXIT.usage);
    expect(stats.stderr).toContain("Aucune base du registre dans « ");
    expect(stats.stderr).toContain("bd-typo");
    expect(existsSync(join(dir, "bd-typo"))).toBe(false);
    const dedup = await madani(["dedup", "--data-dir", "bd-typo", "--lang", "ar"], {}, dir);
    expect(dedup.code).toBe(EXIT.usage);
    expect(dedup.stderr).toContain("لا توجد قاعدة بيانات للسجل");
    expect(existsSync(join(dir, "bd-typo"))).toBe(false);
    // The default folder too, when nothing was imported.
    const bare = await madani(["stats"], {}, dir);
    expect(bare.code).toBe(EXIT.usage);
    expect(existsSync(join(dir, "madani-db"))).toBe(false);
    // An empty folder is not a database either.
    mkdirSync(join(dir, "empty"));
    expect((await madani(["stats", "--data-dir", "empty"], {}, dir)).code).toBe(EXIT.usage);

    writeFileSync(join(dir, "orgs.csv"), "Nom,Commune\nجمعية الأمل,Tétouan\nAssociation Ennour,Safi\n");
    const imported = await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], {}, dir);
    expect(imported.code).toBe(EXIT.ok);
    const counted = await madani(["stats", "--data-dir", "db", "--format", "json"], {}, dir);
    expect(counted.code).toBe(EXIT.ok);
    expect(counted.stdout).toContain("Tétouan");
  });
});

describe("madani: a failure of the run exits 3", () => {
  it("when the database cannot be opened or reached, or a file cannot be written", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-failure-"));
    writeFileSync(join(dir, "orgs.csv"), "Nom,Commune\nجمعية الأمل,Tétouan\n");
    writeFileSync(join(dir, "a-file"), "not a folder");
    const unreachable = await madani(["import", "orgs.csv", "--db", "postgres://madani@127.0.0.1:1/registry"], {}, dir);
    expect(unreachable.code).toBe(EXIT.failure);
    expect(unreachable.stderr).toContain("[store.open_failed]");
    const notAFolder = await madani(["import", "orgs.csv", "--data-dir", "a-file/db", "--quiet"], {}, dir);
    expect(notAFolder.code).toBe(EXIT.failure);
    // A quarantine file that cannot be written where asked.
    const unwritable = await madani(
      ["validate", "orgs.csv", "--quarantine", "a-file/q.ndjson", "--lang", "fr"],
      {},
      dir,
    );
    expect(unwritable.code).toBe(EXIT.failure);
    expect(unwritable.stderr).not.toBe("");
    // Issues of the input stay 1.
    writeFileSync(join(dir, "bad.csv"), "Nom,Commune\nAssociation Amal,Xyzabad Zqrt\n");
    expect((await madani(["validate", "bad.csv"], {}, dir)).code).toBe(EXIT.issues);
  });
});

describe("madani dedup and stats: progress on a terminal", () => {
  it("draw their bars on a terminal's stderr, and nothing with --quiet", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "madani-progress-"));
    writeFileSync(
      join(dir, "orgs.csv"),
      "Nom,Commune\nجمعية الأمل,Tétouan\nجمعية الامل,Tétouan\nAssociation Ennour,Safi\n",
    );
    expect((await madani(["import", "orgs.csv", "--data-dir", "db", "--quiet"], {}, dir)).code).toBe(EXIT.ok);
    const onTerminal = async (args: string[]) => {
      let err = "";
      await run(args, {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (err += s), isTTY: true },
        env: {},
        cwd: dir,
        now: () => new Date("2025-01-15T09:00:00Z"),
      });
      return err;
    };
    const dedup = await onTerminal(["dedup", "--data-dir", "db"]);
    expect(dedup).toContain("read [");
    expect(dedup).toContain("dedup: read [");
    expect(dedup).toContain("dedup: compare [");
    expect(await onTerminal(["stats", "--data-dir", "db", "--format", "json"])).toContain("stats: aggregate [");
    expect(await onTerminal(["stats", "--data-dir", "db", "--format", "json", "--quiet"])).not.toContain("\u001b[2K");
  });
});
