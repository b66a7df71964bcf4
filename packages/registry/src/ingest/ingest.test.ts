import { OrganizationSchema, validateOrganization } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type IngestBatch,
  type IngestCheckpoint,
  IngestCheckpointSchema,
  type IngestOptions,
  ingest,
  mapColumns,
  recognizeColumn,
} from "../index.js";
import { generateRegistry } from "../synthetic/generate.js";

async function run(input: Parameters<typeof ingest>[0], options: IngestOptions = {}) {
  const r = await ingest(input, { collect: true, ...options });
  if (!r.ok) throw new Error(`import failed: ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

const HEADER = "الاسم,Commune,Province,Téléphone,تاريخ التأسيس,RIB,Président,Trésorier";

describe("column mapping", () => {
  it("recognizes Arabic, French and English headers", () => {
    expect(recognizeColumn("تاريخ التأسيس")).toBe("foundedOn");
    expect(recognizeColumn("Date de création")).toBe("foundedOn");
    expect(recognizeColumn("founded on")).toBe("foundedOn");
    expect(recognizeColumn("الجماعة")).toBe("commune");
    expect(recognizeColumn("TÉLÉPHONE")).toBe("phone");
    expect(recognizeColumn("colonne inconnue")).toBeUndefined();
  });

  it("lets the caller override and ignore columns", () => {
    const r = mapColumns(["Nom", "Tel", "x"], { tel: null, x: "nameFr" });
    if (!r.ok) throw new Error("mapping refused");
    const m = r.value;
    expect(m.fields).toEqual(["name", null, "nameFr"]);
    expect(m.unmapped).toEqual([]);
  });

  it("refuses headers that are not a list of text, and bad overrides, with the option named", () => {
    const option = (r: ReturnType<typeof mapColumns>) => (r.ok ? undefined : r.issues[0]?.params?.option);
    expect(option(mapColumns(null as never))).toBe("headers");
    expect(option(mapColumns("Nom,Ville" as never))).toBe("headers");
    expect(option(mapColumns(["Nom", 3] as never))).toBe("headers");
    expect(option(mapColumns(["Nom"], { Nom: "nom" } as never))).toBe("columns");
    expect(option(mapColumns(["Nom"], {}, { locale: "de" as "fr" }))).toBe("locale");
    const fr = mapColumns(null as never, {}, { locale: "fr" });
    expect(fr.ok ? "" : fr.issues[0]?.message).toBe("L'option headers n'est pas valide.");
  });
});

describe("ingest: normalization", () => {
  it("normalizes dates, digits, phones, RIB and places", async () => {
    const csv = `${HEADER}\nجمعية الأمل للتنمية ,تطوان,,٠٦ ١٢ ٣٤ ٥٦ ٧٨,١٢/٠٣/٢٠١١,011 519 0000012050005349 21,أحمد العلوي,فاطمة بناني\n`;
    const s = await run(csv);
    expect(s.reconciliation).toEqual({ rowsRead: 1, accepted: 1, quarantined: 0, balanced: true });
    const org = s.accepted?.[0]?.organization;
    expect(org?.name).toEqual({ ar: "جمعية الأمل للتنمية" });
    expect(org?.legalForm).toBe("association");
    expect(org?.foundedOn).toBe("2011-03-12");
    expect(org?.contacts).toEqual([{ kind: "phone", value: "+212612345678" }]);
    expect(org?.bankAccount?.rib).toBe("011519000001205000534921");
    expect(org?.seat?.communeCode).toMatch(/^\d\d\.\d{3}\.\d\d\.\d{1,2}$/);
    expect(org?.seat?.communeCode?.startsWith(`${org?.seat?.provinceCode}.`)).toBe(true);
    expect(org?.governingBodies?.[0]?.mandates.map((m) => m.role)).toEqual(["president", "treasurer"]);
  });

  it("reads NDJSON and JSON arrays, flat or in the model's shape", async () => {
    const flat = { nom: "Association Ennour", commune: "Tétouan", "date de création": "2001-05-06" };
    const shaped = { id: "org-2", legalForm: "cooperative", name: { fr: "Coopérative  Argane" } };
    const nd = await run(`${JSON.stringify(flat)}\n\n${JSON.stringify(shaped)}\n`);
    expect(nd.format).toBe("ndjson");
    expect(nd.reconciliation.accepted).toBe(2);
    expect(nd.accepted?.[1]?.organization.name.fr).toBe("Coopérative Argane");
    const arr = await run(`[${JSON.stringify(flat)}, ${JSON.stringify(shaped)}, 3, {"broken": ]`);
    expect(arr.format).toBe("json");
    expect(arr.reconciliation).toMatchObject({ rowsRead: 4, accepted: 2, quarantined: 2, balanced: true });
    expect(arr.quarantined?.map((q) => q.issues[0]?.code)).toEqual(["ingest.not_an_object", "ingest.json_malformed"]);
  });
});

describe("ingest: bad input", () => {
  it("quarantines unbalanced quotes and wrong column counts without losing the rows after them", async () => {
    const csv = [
      HEADER,
      '"جمعية النور,تطوان,,,,,,',
      '"جمعية الخير,تطوان,,,,,,',
      "جمعية الأمل,تطوان,,,,,,",
      "Association Chourouk,Tétouan,,,,,,,extra",
      '"Association ""Ennour""",Tétouan,,,,,,',
    ].join("\r\n");
    const s = await run(csv);
    expect(s.reconciliation).toEqual({ rowsRead: 5, accepted: 2, quarantined: 3, balanced: true });
    expect(s.quarantined?.map((q) => [q.row, q.line, q.issues[0]?.code])).toEqual([
      [1, 2, "ingest.csv_unbalanced_quote"],
      [2, 3, "ingest.csv_unbalanced_quote"],
      [4, 5, "ingest.column_count"],
    ]);
    expect(s.quarantined?.[0]?.raw).toBe('"جمعية النور,تطوان,,,,,,');
    expect(s.accepted?.[1]?.organization.name.fr).toBe('Association "Ennour"');
  });

  it("accepts a real multi-line quoted field", async () => {
    const s = await run('Nom,Adresse\n"Association Atlas","Hay Salam\nN° 12"\nAssociation Amal,x\n');
    expect(s.reconciliation).toMatchObject({ rowsRead: 2, accepted: 2 });
    expect(s.accepted?.[0]?.organization.seat?.line?.fr).toBe("Hay Salam N° 12");
  });

  it("reads a lone windows-1252 byte as such, and quarantines it when the file is declared UTF-8", async () => {
    const enc = new TextEncoder();
    const chunks = () => [
      enc.encode("Nom,Ville\nAssociation Amal,Rabat\nAssociation "),
      new Uint8Array([0xe9, 0x2c]),
      enc.encode("Rabat\n"),
    ];
    const guessed = await run(chunks());
    expect(guessed.encoding).toBe("windows-1252");
    expect(guessed.warnings.map((w) => [w.code, w.severity, w.params?.encoding])).toEqual([
      ["ingest.encoding_guessed", "warning", "windows-1252"],
    ]);
    expect(guessed.accepted?.[1]?.organization.name.fr).toBe("Association é");
    const s = await run(chunks(), { encoding: "utf-8" });
    expect(s.reconciliation).toEqual({ rowsRead: 2, accepted: 1, quarantined: 1, balanced: true });
    expect(s.quarantined?.[0]?.issues[0]?.code).toBe("ingest.encoding");
    expect(s.warnings).toEqual([]);
  });

  it("gives an error result for empty input and a header without a name column", async () => {
    for (const input of ["", "  \n\n", []]) {
      const r = await ingest(input);
      expect(r.ok ? "ok" : r.issues[0]?.code).toBe("ingest.empty_input");
    }
    const r = await ingest("a,b,c\n1,2,3\n", { locale: "fr" });
    expect(r.ok ? "ok" : r.issues[0]?.code).toBe("ingest.no_name_column");
    expect(r.ok ? "" : r.issues[0]?.message).toContain("Aucune colonne");
    const headerOnly = await run("Nom,Ville\n");
    expect(headerOnly.reconciliation).toEqual({ rowsRead: 0, accepted: 0, quarantined: 0, balanced: true });
  });

  it("quarantines huge fields and records", async () => {
    const big = "x".repeat(50_000);
    const s = await run(`Nom,Adresse\nAssociation Amal,${big}\n${big}${big}\nAssociation Nour,ok\n`, {
      maxRecordLength: 80_000,
    });
    expect(s.reconciliation).toEqual({ rowsRead: 3, accepted: 1, quarantined: 2, balanced: true });
    expect(s.quarantined?.map((q) => q.issues[0]?.code)).toEqual(["ingest.field_too_large", "ingest.record_too_large"]);
  });

  it("reports duplicate ids and keeps the first", async () => {
    const s = await run("id,Nom\na-1,Association Amal\na-2,Association Nour\na-1,Association Atlas\n");
    expect(s.duplicateIds).toEqual([{ id: "a-1", row: 3, firstRow: 1 }]);
    expect(s.quarantined?.[0]?.issues[0]?.code).toBe("ingest.duplicate_id");
    expect(s.reconciliation).toMatchObject({ accepted: 2, quarantined: 1, balanced: true });
  });

  it("refuses bad options and non-iterable input with a result", async () => {
    const r = await ingest("Nom\nA\n", { batchSize: 0 });
    expect(r.ok ? "ok" : r.issues[0]?.code).toBe("ingest.invalid_option");
    const bad = await ingest(42 as unknown as string);
    expect(bad.ok).toBe(false);
  });

  it("never throws and always reconciles on arbitrary text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
        const r = await ingest(`Nom,Ville\n${text}`, { batchSize: 7 });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.reconciliation.balanced).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ingest: reconciliation, cancellation and resume (properties)", () => {
  const corrupt = (line: string, kind: number): string => {
    switch (kind % 5) {
      case 0:
        return `"${line}`;
      case 1:
        return `${line},extra`;
      case 2:
        return line.replace(/,/g, ";");
      case 3:
        return `${line}\uFFFD`;
      default:
        return line.slice(0, Math.floor(line.length / 2));
    }
  };

  it("reads every row once when random rows are corrupted", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 15 }),
        async (seed, corruptions) => {
          const reg = generateRegistry({ seed, size: 60, duplicateRate: 0.2, errorRate: 0.1 });
          const lines = [...reg.records()].map((r) => r.csv);
          for (const [at, kind] of corruptions) {
            const k = at % lines.length;
            lines[k] = corrupt(lines[k] as string, kind);
          }
          const text = `${reg.headers.join(",")}\n${lines.join("\n")}\n`;
          const s = await run(text, { batchSize: 16 });
          expect(s.reconciliation.balanced).toBe(true);
          expect(s.reconciliation.rowsRead).toBe(lines.length);
          expect([...(s.accepted ?? []), ...(s.quarantined ?? [])].map((r) => r.row).sort((a, b) => a - b)).toEqual(
            lines.map((_, k) => k + 1),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("neither duplicates nor loses rows when interrupted and resumed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("csv" as const, "ndjson" as const),
        async (seed, batchSize, stops, format) => {
          const reg = generateRegistry({ seed, size: 50, duplicateRate: 0.1, errorRate: 0.15 });
          const text = () => (format === "csv" ? reg.csvChunks(7) : reg.ndjsonChunks(7));
          const full = await run(text(), { batchSize });
          const delivered: IngestBatch[] = [];
          let checkpoint: IngestCheckpoint | undefined;
          for (const stopAfter of [...stops, Number.POSITIVE_INFINITY]) {
            const controller = new AbortController();
            let batches = 0;
            const r = await run(text(), {
              batchSize,
              signal: controller.signal,
              ...(checkpoint === undefined
                ? {}
                : { resumeFrom: JSON.parse(JSON.stringify(checkpoint)) as IngestCheckpoint }),
              onBatch: (b) => {
                delivered.push(b);
                if (++batches >= stopAfter) controller.abort();
              },
            });
            checkpoint = r.checkpoint;
            expect(r.reconciliation.balanced).toBe(true);
            if (r.status === "completed") break;
          }
          const rows = delivered
            .flatMap((b) => [...b.accepted.map((a) => a.row), ...b.quarantined.map((q) => q.row)])
            .sort((a, b) => a - b);
          expect(rows).toEqual(Array.from({ length: full.reconciliation.rowsRead }, (_, k) => k + 1));
          const ids = delivered.flatMap((b) => b.accepted.map((a) => a.organization.id));
          expect(ids).toEqual(full.accepted?.map((a) => a.organization.id));
          expect(checkpoint?.rowsRead).toBe(full.reconciliation.rowsRead);
          expect(checkpoint?.accepted).toBe(full.reconciliation.accepted);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("delivers nothing twice when onBatch fails and the import is resumed", async () => {
    const reg = generateRegistry({ seed: 3, size: 40, errorRate: 0.1 });
    const seen: number[] = [];
    let fail = true;
    const first = await run(reg.csvChunks(), {
      batchSize: 10,
      onBatch: (b) => {
        if (b.checkpoint.rowsRead > 20 && fail) {
          fail = false;
          throw new Error("disk full");
        }
        seen.push(...b.accepted.map((a) => a.row), ...b.quarantined.map((q) => q.row));
      },
    });
    expect(first.status).toBe("failed");
    expect(first.issues[0]?.code).toBe("ingest.batch_failed");
    const second = await run(reg.csvChunks(), {
      batchSize: 10,
      resumeFrom: first.checkpoint,
      onBatch: (b) => {
        seen.push(...b.accepted.map((a) => a.row), ...b.quarantined.map((q) => q.row));
      },
    });
    expect(second.status).toBe("completed");
    expect(second.run.rowsSkipped).toBe(20);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, k) => k + 1));
  });

  it("quarantines exactly the rows the generator corrupted (CSV, CSV bytes and NDJSON)", async () => {
    const reg = generateRegistry({ seed: 99, size: 1500, duplicateRate: 0.1, errorRate: 0.08 });
    const errors = new Map([...reg.records()].map((r) => [r.index + 1, r.error]));
    for (const input of [reg.csvChunks(), reg.csvBytes(), reg.ndjsonChunks()]) {
      const s = await run(input);
      expect(s.reconciliation).toMatchObject({ rowsRead: 1500, balanced: true });
      expect(s.quarantined?.map((q) => q.row).filter((row) => errors.get(row) === undefined)).toEqual([]);
      expect(s.accepted?.map((a) => a.row).filter((row) => errors.get(row) !== undefined)).toEqual([]);
    }
  });
});

describe("ingest: the board of a row without founding date", () => {
  const BOARD_HEADER = "الاسم,Commune,Téléphone,تاريخ التأسيس,Président,Trésorier,Secrétaire général";

  it("keeps the names, without a start date, with the warning ingest.board_undated", async () => {
    const csv = `${BOARD_HEADER}\nجمعية الأمل,Tétouan,0612345678,,أحمد العلوي,Khadija Fassi,خالد الفاسي\n`;
    const s = await run(csv, { asOf: "2025-12-31" });
    expect(s.reconciliation).toMatchObject({ accepted: 1, quarantined: 0 });
    const accepted = s.accepted?.[0];
    const mandates = accepted?.organization.governingBodies?.[0]?.mandates ?? [];
    expect(mandates.map((m) => [m.role, m.personName, m.startOn])).toEqual([
      ["president", { ar: "أحمد العلوي" }, undefined],
      ["treasurer", { fr: "Khadija Fassi" }, undefined],
      ["secretary-general", { ar: "خالد الفاسي" }, undefined],
    ]);
    expect(accepted?.warnings.map((w) => w.code)).toEqual(["ingest.board_undated"]);
  });

  it("without asOf, keeps the names the same way: no date is made up", async () => {
    const csv = `${BOARD_HEADER}\nجمعية الأمل,,,,أحمد العلوي,Khadija Fassi,\n`;
    const s = await run(csv);
    const mandates = s.accepted?.[0]?.organization.governingBodies?.[0]?.mandates ?? [];
    expect(mandates.map((m) => [m.personName, m.startOn])).toEqual([
      [{ ar: "أحمد العلوي" }, undefined],
      [{ fr: "Khadija Fassi" }, undefined],
    ]);
  });

  it("law: every board name of a row reaches the organization, whatever other columns are empty", async () => {
    const person = fc
      .array(fc.constantFrom("أحمد", "العلوي", "فاطمة", "Khadija", "Fassi", "Aït", "Ben Ali"), {
        minLength: 1,
        maxLength: 3,
      })
      .map((words) => words.join(" "));
    const maybe = (values: readonly string[]) => fc.option(fc.constantFrom(...values), { nil: "" });
    const line = fc.record({
      commune: maybe(["Tétouan", "طاطا", "Casablanca"]),
      phone: maybe(["0612345678", "+212 5 22 27 12 34"]),
      founded: maybe(["12/03/2011", "2001-05-06"]),
      declared: maybe(["2012-01-10"]),
      president: person,
      treasurer: person,
      secretary: fc.option(person, { nil: "" }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), async (lines, withAsOf) => {
        const header =
          "الاسم,Commune,Téléphone,تاريخ التأسيس,Date de déclaration,Président,Trésorier,Secrétaire général";
        const body = lines.map(
          (l, k) =>
            `جمعية رقم ${k + 1},${l.commune},${l.phone},${l.founded},${l.declared},${l.president},${l.treasurer},${l.secretary}`,
        );
        const s = await run(`${header}\n${body.join("\n")}\n`, withAsOf ? { asOf: "2025-12-31" } : {});
        expect(s.reconciliation).toMatchObject({ accepted: lines.length, quarantined: 0 });
        lines.forEach((l, k) => {
          const org = s.accepted?.[k]?.organization;
          const names = (org?.governingBodies ?? []).flatMap((b) =>
            b.mandates.map((m) => m.personName?.ar ?? m.personName?.fr),
          );
          expect(names).toEqual([l.president, l.treasurer, ...(l.secretary === "" ? [] : [l.secretary])]);
          const undated = l.founded === "" && l.declared === "";
          expect(s.accepted?.[k]?.warnings.some((w) => w.code === "ingest.board_undated")).toBe(undated);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("ingest: accepted organizations are valid", () => {
  it("law: every accepted organization passes the model's schema and validation, unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), async (seed, withAsOf) => {
        const reg = generateRegistry({ seed, size: 150, duplicateRate: 0.2, errorRate: 0.1 });
        const asOf = withAsOf ? "2015-01-01" : undefined;
        const s = await run(reg.csvChunks(), asOf === undefined ? {} : { asOf });
        expect(s.reconciliation.balanced).toBe(true);
        for (const a of s.accepted ?? []) {
          expect(OrganizationSchema.safeParse(a.organization).success).toBe(true);
          const v = validateOrganization(a.organization, asOf === undefined ? {} : { asOf });
          expect(v.ok ? v.value : v.issues).toEqual(a.organization);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe("ingest: checkpoints", () => {
  it("gives each batch a checkpoint that stays as it was, also when a later batch fails", async () => {
    const reg = generateRegistry({ seed: 5, size: 120, duplicateRate: 0, errorRate: 0 });
    const seen: IngestCheckpoint[] = [];
    const r = await ingest(reg.csvChunks(), {
      batchSize: 25,
      onBatch: (b) => {
        seen.push(b.checkpoint);
        if (seen.length === 4) throw new Error("disk full");
      },
    });
    if (!r.ok) throw new Error("import failed");
    expect(r.value.status).toBe("failed");
    expect(seen.map((c) => [c.rowsRead, c.ids.length, c.idRows.length])).toEqual([
      [25, 25, 25],
      [50, 50, 50],
      [75, 75, 75],
      [100, 100, 100],
    ]);
    expect(r.value.checkpoint.ids).toEqual(seen[2]?.ids);
    for (const c of seen) {
      expect(IngestCheckpointSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual({ ...c });
      expect(c.idRows).toEqual(Array.from({ length: c.rowsRead }, (_, k) => k + 1));
    }
  });
});
