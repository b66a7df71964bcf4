import { createReadStream } from "node:fs";
import { mkdir, open, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import type { Organization } from "@madani/model";
import {
  applyDecisions,
  type IngestBatch,
  type IngestOptions,
  type IngestSummary,
  ingest,
  issueLine,
  proposeDuplicates,
  type QuarantinedRow,
  readReviewFile,
  readReviewXlsx,
  registryStatisticsReport,
  writeQuarantineCsv,
  writeQuarantineXlsx,
  writeReviewFile,
  writeReviewXlsx,
} from "@madani/registry";
import { pgliteStore, postgresStore, type RegistryStore } from "@madani/registry/storage";
import { renderXlsx } from "@madani/report";
import { resolvePath } from "../files.js";
import { type Context, EXIT, type ExitCode, timestamp } from "../io.js";
import { createProgress, type Progress } from "../progress.js";
import { printIssues, REPORT_FORMATS, writeReport } from "./shared.js";

/** Where the registry is stored: a PostgreSQL server (`--db`) or an embedded PGlite folder (`--data-dir`). */
export interface StoreOptions {
  readonly db?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly quiet?: boolean | undefined;
}

/** The default PGlite folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = "madani-db";

/** Whether a folder holds a PGlite database (PostgreSQL writes `PG_VERSION` when it creates one). */
async function isDatabaseFolder(path: string): Promise<boolean> {
  try {
    return (await stat(join(path, "PG_VERSION"))).isFile();
  } catch {
    return false;
  }
}

/**
 * The open store and where it is, or (its issues printed) the exit code of a store that cannot be opened.
 * `import` creates the PGlite folder when it is missing; the commands that only read (`existing: true`) refuse
 * a folder that holds no database, so that a mistyped `--data-dir` is not read as an empty registry.
 */
async function openStore(
  ctx: Context,
  o: StoreOptions,
  options: { readonly existing?: boolean } = {},
): Promise<{ store: RegistryStore; where: string } | ExitCode> {
  const where = o.db ?? resolvePath(ctx, o.dataDir ?? DEFAULT_DATA_DIR);
  if (o.db === undefined && options.existing === true && !(await isDatabaseFolder(where))) {
    ctx.err(ctx.t("cli.no_database", { path: where }));
    return EXIT.usage;
  }
  const opened =
    o.db !== undefined
      ? await postgresStore({ connectionString: o.db, locale: ctx.lang })
      : await pgliteStore({ dataDir: where, locale: ctx.lang });
  if (opened.ok) return { store: opened.value, where };
  printIssues(ctx, opened.issues);
  return EXIT.failure;
}

/** Every organization of the store, page by page, in id order; the progress counts the organizations read. */
async function readAll(store: RegistryStore, progress?: Progress): Promise<Organization[]> {
  const counted = progress?.active === true ? await store.count() : undefined;
  const total = counted?.ok === true ? counted.value : undefined;
  const all: Organization[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.query({}, { limit: 10_000, ...(after === undefined ? {} : { after }) });
    if (!page.ok) throw new Error(page.issues[0]?.message ?? "query failed");
    for (const o of page.value.items) all.push(o);
    progress?.update(all.length, total);
    if (page.value.next === undefined) {
      progress?.stop();
      return all;
    }
    after = page.value.next;
  }
}

/** Approximate number of records of a file (its line count, lines ending with LF, CRLF or CR), for the progress bar. */
async function countLines(path: string): Promise<number> {
  let lf = 0;
  let cr = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lf++;
    for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) cr++;
  }
  return Math.max(lf, cr);
}

/** The values of `--encoding` (`auto` detects it). */
export const INGEST_ENCODINGS = [
  "auto",
  "utf-8",
  "utf-16le",
  "utf-16be",
  "windows-1256",
  "windows-1252",
] as const satisfies readonly NonNullable<IngestOptions["encoding"]>[];

/** A value of `--encoding`; see {@link INGEST_ENCODINGS}. */
export type IngestEncodingName = (typeof INGEST_ENCODINGS)[number];

/** Options of `madani validate` and `madani import`. */
export interface IngestCommandOptions extends StoreOptions {
  /**
   * Write the quarantined rows to this file instead of printing them: `.xlsx` or `.csv`, the file's own columns
   * and cells with a column of reasons, to fix and import again; any other name, NDJSON (row, line, raw text,
   * cells, issues).
   */
  readonly quarantine?: string | undefined;
  readonly asOf?: string | undefined;
  /** Encoding of the file; detected when absent or `auto`. */
  readonly encoding?: IngestEncodingName | undefined;
  /** The sheet of a workbook to read (default the first visible one). */
  readonly sheet?: string | undefined;
}

/** The kind of a file a command writes, by its extension: `.xlsx`, `.csv`, or anything else. */
function fileKind(file: string): "xlsx" | "csv" | "other" {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : "other";
}

/** Whether a file starts as a zip archive does (an `.xlsx` workbook). */
async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
  } finally {
    await handle.close();
  }
}

async function runIngest(
  ctx: Context,
  file: string,
  o: IngestCommandOptions,
  label: string,
  onAccepted: ((batch: IngestBatch) => Promise<void>) | undefined,
): Promise<IngestSummary | ExitCode> {
  const path = resolvePath(ctx, file);
  try {
    if (!(await stat(path)).isFile()) throw new Error("not a file");
  } catch {
    ctx.err(ctx.t("cli.file_not_found", { path: file }));
    return EXIT.usage;
  }
  // A workbook's rows are not its lines: the bar then shows the rows read without a total.
  const workbook = await isZip(path);
  const progress = createProgress(ctx.io, label, "rows", o.quiet === true);
  const total =
    workbook || !progress.active ? undefined : Math.max(0, (await countLines(path)) - (/\.csv$/i.test(file) ? 1 : 0));
  const quarantineKind = o.quarantine === undefined ? undefined : fileKind(o.quarantine);
  const quarantined: QuarantinedRow[] = [];
  let sheet: string | undefined;
  const result = await ingest(createReadStream(path), {
    locale: ctx.lang,
    ...(o.asOf === undefined ? {} : { asOf: o.asOf }),
    ...(o.encoding === undefined ? {} : { encoding: o.encoding }),
    ...(o.sheet === undefined ? {} : { sheet: o.sheet }),
    onProgress: (p) => progress.update(p.rowsRead, total === undefined ? undefined : Math.max(total, p.rowsRead)),
    onBatch: async (batch) => {
      sheet ??= batch.checkpoint.sheet;
      for (const q of batch.quarantined) {
        if (o.quarantine !== undefined) quarantined.push(q);
        else {
          progress.stop();
          // Each issue with the row, the column by the file's own header and the value at fault; then the row.
          for (const i of q.issues) ctx.err(issueLine(q, i, { sheet, locale: ctx.lang }));
          ctx.err(`    ${q.raw.slice(0, 120)}`);
        }
      }
      if (onAccepted !== undefined) await onAccepted(batch);
    },
  });
  progress.stop();
  if (!result.ok) {
    ctx.err(ctx.t("cli.import_refused", { path: file }));
    printIssues(ctx, result.issues);
    return EXIT.issues;
  }
  if (result.value.warnings.length > 0) printIssues(ctx, result.value.warnings);
  if (o.quarantine !== undefined) {
    const target = resolvePath(ctx, o.quarantine);
    const summary = result.value;
    const fileOptions = {
      headers: summary.columns?.headers,
      sheet: summary.sheet,
      locale: ctx.lang,
      generatedAt: timestamp(ctx.io.now()),
      ...(summary.delimiter === ";" || summary.delimiter === "\t" ? { delimiter: summary.delimiter } : {}),
    };
    const written =
      quarantineKind === "xlsx"
        ? writeQuarantineXlsx(quarantined, fileOptions)
        : quarantineKind === "csv"
          ? writeQuarantineCsv(quarantined, fileOptions)
          : {
              ok: true as const,
              value: quarantined
                .map(
                  (q) =>
                    `${JSON.stringify({ row: q.row, line: q.line, raw: q.raw, cells: q.cells, issues: q.issues })}\n`,
                )
                .join(""),
            };
    if (!written.ok) {
      printIssues(ctx, written.issues);
      return EXIT.failure;
    }
    await writeFile(target, written.value);
    ctx.out(ctx.t("cli.written", { path: target }));
  }
  const r = result.value.reconciliation;
  ctx.out(ctx.t("cli.validate_summary", { read: r.rowsRead, accepted: r.accepted, quarantined: r.quarantined }));
  if (result.value.status !== "completed") {
    ctx.err(
      ctx.t(result.value.status === "failed" ? "cli.import_failed" : "cli.import_cancelled", { rows: r.rowsRead }),
    );
    printIssues(ctx, result.value.issues);
  }
  return result.value;
}

/**
 * Exit 3 when the reading or writing failed before the end of the file (the file system, the database), 1 when the
 * import stopped otherwise or set a row aside, else 0.
 */
function exitOf(summary: IngestSummary): ExitCode {
  // The file could not be read further (`ingest.source_error`) or a batch could not be stored (`ingest.batch_failed`):
  // a failure of the run. A stop for what the file holds (binary data past the start…) is an issue of the input.
  const runFailed = summary.issues.some((i) => i.code === "ingest.source_error" || i.code === "ingest.batch_failed");
  if (summary.status === "failed" && runFailed) return EXIT.failure;
  return summary.status !== "completed" || summary.reconciliation.quarantined > 0 || summary.issues.length > 0
    ? EXIT.issues
    : EXIT.ok;
}

/** `madani validate <file>`: ingest without storing; exit 1 when the file is refused, the reading fails or a row is quarantined. */
export async function validate(ctx: Context, file: string, o: IngestCommandOptions): Promise<ExitCode> {
  const summary = await runIngest(ctx, file, o, "validate", undefined);
  if (typeof summary === "number") return summary;
  return exitOf(summary);
}

/**
 * `madani import <file>`: ingest into the store (PGlite folder by default); exit 1 when the file is refused, the
 * import fails (reading or writing) or a row is quarantined.
 */
export async function importFile(ctx: Context, file: string, o: IngestCommandOptions): Promise<ExitCode> {
  const opened = await openStore(ctx, o);
  if (typeof opened === "number") return opened;
  const { store, where } = opened;
  try {
    // Rows the store refuses (text PostgreSQL cannot hold, a row the database rejects) are left out by the store
    // while the rest of the batch is written: they are reported here and make the exit code 1.
    let refusedByStore = 0;
    const summary = await runIngest(ctx, file, o, "import", async (batch) => {
      if (batch.accepted.length === 0) return;
      const written = await store.put(
        batch.accepted.map((a) => a.organization),
        { validate: false },
      );
      if (!written.ok) throw new Error(written.issues[0]?.message ?? "write failed");
      if (written.value.quarantined.length > 0) {
        refusedByStore += written.value.quarantined.length;
        printIssues(ctx, written.value.quarantined);
      }
    });
    if (typeof summary === "number") return summary;
    const count = await store.count();
    ctx.out(ctx.t("cli.database", { where }));
    if (count.ok) ctx.out(ctx.t("cli.stored", { count: count.value }));
    if (refusedByStore > 0) {
      ctx.err(ctx.t("cli.store_refused", { count: refusedByStore }));
      return EXIT.issues;
    }
    return exitOf(summary);
  } finally {
    await store.close();
  }
}

/** Options of `madani dedup`. */
export interface DedupOptions extends StoreOptions {
  /** Write the proposals (clusters, pairs, reasons) as JSON to this file. */
  readonly out?: string | undefined;
  readonly threshold?: string | undefined;
  /** Write the review file (one row per proposed pair, to fill in) to this file: a workbook when it ends with `.xlsx`, else CSV. */
  readonly reviewOut?: string | undefined;
  /** Read a filled review file (CSV, or an `.xlsx` workbook) and apply its decisions before proposing again. */
  readonly review?: string | undefined;
  /** Who reviewed (default: MADANI_REVIEWER, else the login name). */
  readonly reviewer?: string | undefined;
  /** Separator of the review file written: `,` (default) or `;`. */
  readonly separator?: "," | ";" | undefined;
}

/** A review file's text: UTF-8 (with or without BOM), else windows-1256 (which also holds French letters). */
function decodeReviewFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1256").decode(bytes);
  }
}

/** Read a filled review file and apply its decisions to the store; the exit code when it cannot. */
async function applyReviewFile(
  ctx: Context,
  store: RegistryStore,
  file: string,
  reviewer: string,
): Promise<ExitCode | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolvePath(ctx, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    ctx.err(
      code === "ENOENT"
        ? ctx.t("cli.file_not_found", { path: file })
        : ctx.t("cli.file_unreadable", { path: file, reason: String(code ?? e) }),
    );
    return EXIT.usage;
  }
  // Ids of the store, and ids merged before (they resolve to their surviving organization).
  const known = new Set((await readAll(store)).map((o) => o.id));
  const merges = await store.merges();
  if (merges.ok) for (const m of merges.value) if (m.undone === undefined) for (const id of m.mergedIds) known.add(id);
  const readOptions = {
    by: reviewer,
    at: timestamp(ctx.io.now()),
    isKnown: (id: string) => known.has(id),
    locale: ctx.lang,
  };
  // A workbook (a zip archive) is read as one, whatever its name; anything else as CSV text.
  const workbook = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  const read = workbook
    ? await readReviewXlsx(bytes, readOptions)
    : readReviewFile(decodeReviewFile(bytes), readOptions);
  if (!read.ok) {
    ctx.err(ctx.t("cli.review_refused", { path: file }));
    printIssues(ctx, read.issues);
    return EXIT.issues;
  }
  const applied = await applyDecisions(store, read.value.decisions, {
    by: reviewer,
    at: timestamp(ctx.io.now()),
    locale: ctx.lang,
  });
  if (!applied.ok) {
    // The decisions may be recorded already; the issue says which write failed.
    printIssues(ctx, applied.issues);
    return EXIT.issues;
  }
  const accepted = read.value.decisions.filter((d) => d.verdict === "accept").length;
  ctx.out(
    ctx.t("cli.review_applied", {
      accepted,
      rejected: read.value.decisions.length - accepted,
      undecided: read.value.undecided,
      merges: applied.value.merges.length,
    }),
  );
  return undefined;
}

/**
 * `madani dedup`: clusters of likely duplicates in the store, with the reasons, leaving out the pairs reviewed
 * before; with `--review`, first apply a filled review file (decisions recorded, accepted pairs merged); with
 * `--review-out`, write the review file to fill in. Exit 1 when duplicates are proposed or the review file is refused.
 */
export async function dedup(ctx: Context, o: DedupOptions): Promise<ExitCode> {
  const reviewer = o.reviewer ?? ctx.io.env.MADANI_REVIEWER ?? ctx.io.env.USER ?? ctx.io.env.USERNAME;
  if (o.review !== undefined && (reviewer === undefined || reviewer.trim() === "")) {
    ctx.err(ctx.t("cli.reviewer_needed"));
    return EXIT.usage;
  }
  const opened = await openStore(ctx, o, { existing: true });
  if (typeof opened === "number") return opened;
  const { store } = opened;
  let organizations: Organization[];
  let found: ReturnType<typeof proposeDuplicates>;
  try {
    if (o.review !== undefined) {
      const failed = await applyReviewFile(ctx, store, o.review, reviewer as string);
      if (failed !== undefined) return failed;
    }
    organizations = await readAll(store, createProgress(ctx.io, "read", "organizations", o.quiet === true));
    const decided = await store.decisions();
    if (!decided.ok) {
      printIssues(ctx, decided.issues);
      return EXIT.issues;
    }
    const threshold = o.threshold === undefined ? undefined : Number(o.threshold);
    const progress = {
      profiles: createProgress(ctx.io, "dedup: read", "organizations", o.quiet === true),
      scoring: createProgress(ctx.io, "dedup: compare", "blocks", o.quiet === true),
    };
    found = proposeDuplicates(organizations, decided.value, {
      locale: ctx.lang,
      ...(threshold === undefined ? {} : { threshold }),
      onProgress: (p) => {
        const bar = progress[p.stage];
        bar.update(p.done, p.total);
        if (p.done === p.total) bar.stop();
      },
    });
  } finally {
    await store.close();
  }
  if (!found.ok) {
    printIssues(ctx, found.issues);
    return EXIT.issues;
  }
  const { clusters } = found.value;
  const names = new Map(organizations.map((org) => [org.id, org.name.ar ?? org.name.fr ?? org.name.en ?? org.id]));
  const shown = o.out === undefined && o.reviewOut === undefined ? clusters : clusters.slice(0, 20);
  for (const c of shown) {
    ctx.out(c.ids.map((id) => `${id} (${names.get(id) ?? ""})`).join("  ≈  "));
    for (const p of c.pairs) ctx.out(`    ${p.a} ~ ${p.b}: ${p.reasons.map((r) => r.detail).join("; ")}`);
  }
  if (o.out !== undefined) {
    const target = resolvePath(ctx, o.out);
    await writeFile(target, `${JSON.stringify(found.value, null, 2)}\n`, "utf8");
    ctx.out(ctx.t("cli.written", { path: target }));
  }
  if (o.reviewOut !== undefined) {
    const file =
      fileKind(o.reviewOut) === "xlsx"
        ? writeReviewXlsx(clusters, organizations, { language: ctx.lang, generatedAt: timestamp(ctx.io.now()) })
        : writeReviewFile(clusters, organizations, { delimiter: o.separator ?? "," });
    if (!file.ok) {
      printIssues(ctx, file.issues);
      return EXIT.issues;
    }
    const target = resolvePath(ctx, o.reviewOut);
    await writeFile(target, file.value);
    ctx.out(ctx.t("cli.written", { path: target }));
  }
  if (found.value.accepted.length > 0) ctx.out(ctx.t("cli.dedup_pending", { groups: found.value.accepted.length }));
  ctx.out(ctx.t("cli.dedup_summary", { organizations: organizations.length, clusters: clusters.length }));
  return clusters.length > 0 ? EXIT.issues : EXIT.ok;
}

/** Formats of `madani stats`: those of every report, and an Excel workbook of its tables. */
export const STATS_FORMATS = [...REPORT_FORMATS, "xlsx"] as const;

/** A format of `madani stats`; see {@link STATS_FORMATS}. */
export type StatsFormat = (typeof STATS_FORMATS)[number];

/**
 * `madani stats`: the statistics report of the store, in the chosen format and language. The store computes
 * the statistics itself (SQL aggregates in PGlite or PostgreSQL): no organization is read out of it.
 * `--format xlsx` writes the report's tables as one Excel workbook (a sheet per table) to `--out`.
 */
export async function stats(
  ctx: Context,
  o: StoreOptions & { format: StatsFormat; out?: string | undefined; asOf?: string | undefined },
): Promise<ExitCode> {
  if (o.format === "xlsx" && o.out === undefined) {
    ctx.err(ctx.t("cli.stats_xlsx_needs_out"));
    return EXIT.usage;
  }
  const opened = await openStore(ctx, o, { existing: true });
  if (typeof opened === "number") return opened;
  const { store } = opened;
  const now = timestamp(ctx.io.now());
  const progress = createProgress(ctx.io, "stats: aggregate", "queries", o.quiet === true);
  let computed: Awaited<ReturnType<RegistryStore["statistics"]>>;
  try {
    progress.update(0, 1);
    computed = await store.statistics({ asOf: o.asOf ?? now.slice(0, 10), locale: ctx.lang });
    progress.update(1, 1);
    progress.stop();
  } finally {
    await store.close();
  }
  if (!computed.ok) {
    printIssues(ctx, computed.issues);
    return EXIT.issues;
  }
  const doc = registryStatisticsReport(computed.value, { language: ctx.lang, generatedAt: now });
  if (o.format !== "xlsx") return writeReport(ctx, doc, o.format, o.out);
  const workbook = renderXlsx(doc, { trusted: true });
  if (!workbook.ok) {
    printIssues(ctx, workbook.issues);
    return EXIT.issues;
  }
  const target = resolvePath(ctx, o.out as string);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, workbook.value);
  ctx.out(ctx.t("cli.written", { path: target }));
  return EXIT.ok;
}
