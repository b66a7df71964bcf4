/**
 * Workbook benchmark: `ingest` of the same generated registry as an `.xlsx` workbook and as CSV, each read
 * from a file on disk in a fresh process (so that its peak RSS is its own), time and peak RSS side by side,
 * with the ratio.
 *
 * Run with `pnpm --filter @madani/registry bench:xlsx` (BENCH_ROWS=… to change the size, default 100000;
 * BENCH_RUNS=… runs of each, default 3, alternated; the median is reported).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ReportDocument, renderXlsx } from "@madani/report";
import { parse as parseCsv } from "csv-parse/sync";
import { generateRegistry, ingest, recognizeColumn } from "../src/index.js";

interface Measure {
  readonly ms: number;
  readonly peakRssMiB: number;
  readonly startRssMiB: number;
  readonly rowsRead: number;
  readonly accepted: number;
  readonly quarantined: number;
  readonly balanced: boolean;
}

const MiB = 1024 * 1024;

if (process.argv[2] === "child") {
  // One measured import: the file read as a stream of 64 KB chunks, every batch dropped once delivered.
  const file = process.argv[3] as string;
  const startRssMiB = process.memoryUsage().rss / MiB;
  const t = performance.now();
  const r = await ingest(createReadStream(file), { onBatch: () => {} });
  const ms = performance.now() - t;
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  const rec = r.value.reconciliation;
  const measure: Measure = {
    ms,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    startRssMiB,
    rowsRead: rec.rowsRead,
    accepted: rec.accepted,
    quarantined: rec.quarantined,
    balanced: rec.balanced,
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
  process.exit(0);
}

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const seed = 2025;
const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(`@madani/registry xlsx bench: ${fmt(rows)} generated rows, seed ${seed}, Node ${process.version}\n`);
const dir = mkdtempSync(join(tmpdir(), "madani-xlsx-bench-"));
try {
  const registry = generateRegistry({ seed, size: rows, duplicateRate: 0.1, errorRate: 0.02 });
  const csvText = [...registry.csvChunks(2000)].join("");
  const csvFile = join(dir, "registry.csv");
  writeFileSync(csvFile, csvText);

  // The same rows as a workbook: each row's values as typed (the CSV's own cells), every cell text (as a careful
  // clerk keeps phones and RIBs), written by renderXlsx. Rows the generator broke for CSV (a quote never closed…)
  // are whole rows of cells here: the counts read are the same, the accepted ones differ by those rows.
  const header = (parseCsv(csvText.slice(0, csvText.search(/\r?\n/)), { bom: true }) as string[][])[0] ?? [];
  const fields = header.map((h) => recognizeColumn(h) ?? undefined);
  const keys = header.map((_, k) => `c${k}`);
  const body: string[][] = [];
  for (const r of registry.records()) body.push(fields.map((f) => (f === undefined ? "" : (r.values[f] ?? ""))));
  const doc: ReportDocument = {
    format: "madani.report/1",
    meta: { title: "Registre", language: "fr", generatedAt: "2026-12-03T10:00:00Z" },
    sections: [
      {
        heading: "Registre",
        blocks: [
          {
            type: "table",
            id: "registre",
            title: "Registre",
            columns: header.map((h, k) => ({ key: keys[k] as string, label: h, type: "text" as const })),
            rows: body.map((cells) => {
              const row: Record<string, string> = {};
              cells.forEach((c, k) => {
                if (c !== "" && k < keys.length) row[keys[k] as string] = c;
              });
              return row;
            }),
          },
        ],
      },
    ],
  };
  const t = performance.now();
  const xlsx = renderXlsx(doc, { trusted: true });
  if (!xlsx.ok) throw new Error("renderXlsx failed");
  const xlsxFile = join(dir, "registry.xlsx");
  writeFileSync(xlsxFile, xlsx.value);
  console.log(
    `files         CSV ${(statSync(csvFile).size / MiB).toFixed(1)} MiB; xlsx ${(statSync(xlsxFile).size / MiB).toFixed(1)} MiB ` +
      `(written by renderXlsx in ${((performance.now() - t) / 1000).toFixed(2)} s)`,
  );

  const child = (file: string): Measure => {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "child", file], {
      encoding: "utf8",
      maxBuffer: 16 * MiB,
    });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").at(-1) as string) as Measure;
  };
  const measured: Record<"csv" | "xlsx", Measure[]> = { csv: [], xlsx: [] };
  for (let k = 0; k < runs; k++) {
    measured.csv.push(child(csvFile));
    measured.xlsx.push(child(xlsxFile));
  }
  const summary = (name: "csv" | "xlsx") => {
    const list = measured[name];
    const last = list.at(-1) as Measure;
    return {
      ms: median(list.map((m) => m.ms)),
      rss: median(list.map((m) => m.peakRssMiB)),
      start: median(list.map((m) => m.startRssMiB)),
      last,
    };
  };
  const csv = summary("csv");
  const book = summary("xlsx");
  for (const [name, s] of [
    ["ingest CSV ", csv],
    ["ingest xlsx", book],
  ] as const) {
    console.log(
      `${name}   ${(s.ms / 1000).toFixed(2)} s (${fmt(rows / (s.ms / 1000))} rows/s), peak RSS ${fmt(s.rss)} MiB ` +
        `(${fmt(s.start)} MiB before reading); read ${fmt(s.last.rowsRead)} = accepted ${fmt(s.last.accepted)} + ` +
        `quarantined ${fmt(s.last.quarantined)} (balanced: ${s.last.balanced}); median of ${runs}`,
    );
  }
  console.log(
    `ratio         xlsx / CSV: time ${(book.ms / csv.ms).toFixed(2)}x, peak RSS ${(book.rss / csv.rss).toFixed(2)}x`,
  );
  if (csv.last.rowsRead !== book.last.rowsRead) throw new Error("the workbook and the CSV gave different rows");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
