import { createRequire } from "node:module";
import { IsoDateSchema, type Locale } from "@madani/model";
import { Command, CommanderError, Option } from "commander";
import { draw, verifyDrawCommand } from "./commands/draw.js";
import { planLint, planProgress } from "./commands/plan.js";
import {
  DEFAULT_DATA_DIR,
  dedup,
  INGEST_ENCODINGS,
  type IngestEncodingName,
  importFile,
  STATS_FORMATS,
  type StatsFormat,
  stats,
  validate,
} from "./commands/registry.js";
import { report } from "./commands/report.js";
import { REPORT_FORMATS } from "./commands/shared.js";
import { type CliIo, type CliStream, type Context, contextOf, EXIT, type ExitCode } from "./io.js";

const LANGS = ["ar", "fr", "en"] as const;

/** The version of this package, from its package.json (one folder up from both `src/` and `dist/`). */
const VERSION: string = (() => {
  try {
    const version = (createRequire(import.meta.url)("../package.json") as { version?: unknown }).version;
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
})();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function defaultLang(env: CliIo["env"]): Locale {
  const l = env.MADANI_LANG;
  return l === "ar" || l === "fr" || l === "en" ? l : "en";
}

/** The language asked for on the command line (`--lang x` or `--lang=x`), before commander parses it. */
function langOf(argv: readonly string[], env: CliIo["env"]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a?.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "ar" || v === "fr" || v === "en") return v;
  }
  return defaultLang(env);
}

const HELP_AFTER = `
Exit codes: 0 done, 1 issues found in the input (a quarantined row, duplicates found), 2 usage error (unknown
command or option, missing file or database), 3 failure of the run (the database cannot be opened, reached or
written; a file cannot be read or written while the command runs).
Language of messages and reports: --lang ar|fr|en (or the MADANI_LANG environment variable); default en.
Progress bars (import, dedup, stats) are drawn on a terminal only, never when CI is set or with --quiet.`;

/**
 * Run the `madani` command line with arguments, as the `madani` binary does.
 *
 * @param argv - the arguments after the program name, e.g. `["plan", "lint", "plan.json"]`.
 * @param io - where to read and write (the process by default; tests pass collectors).
 * @returns the exit code: 0 done, 1 issues found in the input, 2 usage error, 3 failure of the run (database or
 * file system).
 * @remarks Never throws or rejects, whatever it is given: every problem is printed in the chosen language and
 * becomes an exit code. Arguments that are not a list of text, or an `io` field of the wrong kind, are a usage
 * error (2), said on the given `stderr` when it can write, else on the process's. Writes that throw (a closed
 * pipe) are dropped.
 * @example
 * ```ts
 * const code = await run(["plan", "lint", "plan.json", "--lang", "fr"]);
 * ```
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<ExitCode> {
  const call = readCall(argv, io);
  if ("what" in call) {
    const stderr = call.stderr ?? process.stderr;
    const ctx = contextOf({ ...PROCESS_IO(), stderr: guarded(stderr) }, "en");
    ctx.err(ctx.t("cli.invalid_call", { what: call.what }));
    return EXIT.usage;
  }
  try {
    return await runChecked(call.argv, call.io);
  } catch (e) {
    // A failure of the i/o itself (a clock or an environment that throws): reported, never rejected.
    const ctx = contextOf(call.io, "en");
    ctx.err(ctx.t("cli.failed", { reason: reasonOf(e) }));
    return EXIT.failure;
  }
}

const PROCESS_IO = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  stdin: process.stdin,
});

const isAsyncIterable = (v: unknown): boolean =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";

function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return "unknown error";
  }
}

/** A stream whose failing writes (a closed pipe, a throwing collector) are dropped instead of thrown. */
function guarded(stream: CliStream): CliStream {
  return {
    write: (chunk: string) => {
      try {
        return stream.write(chunk);
      } catch {
        return false;
      }
    },
    isTTY: stream.isTTY === true,
    ...(typeof stream.columns === "number" ? { columns: stream.columns } : {}),
  };
}

const isStream = (v: unknown): v is CliStream =>
  typeof v === "object" && v !== null && typeof (v as { write?: unknown }).write === "function";

/**
 * The arguments and i/o of a call, copied once so that later reads see plain values; or what is wrong
 * with them (and a usable stderr to say it on, when the caller gave one).
 */
function readCall(
  argv: unknown,
  io: unknown,
): { argv: string[]; io: CliIo } | { what: string; stderr?: CliStream | undefined } {
  let stderr: CliStream | undefined;
  try {
    const given = (io ?? {}) as Partial<Record<keyof CliIo, unknown>>;
    if (typeof given !== "object") return { what: "io" };
    const base = PROCESS_IO();
    const pick = <K extends keyof CliIo>(key: K, ok: (v: unknown) => boolean): CliIo[K] | string => {
      const v = given[key];
      if (v === undefined) return base[key];
      return ok(v) ? (v as CliIo[K]) : `io.${key}`;
    };
    const err = pick("stderr", isStream);
    if (typeof err === "string") return { what: err };
    stderr = err;
    const out = pick("stdout", isStream);
    const env = pick("env", (v) => typeof v === "object" && v !== null);
    const cwd = pick("cwd", (v) => typeof v === "string" && v !== "");
    const now = pick("now", (v) => typeof v === "function");
    const stdin = pick("stdin", isAsyncIterable);
    for (const v of [out, env, cwd, now, stdin])
      if (typeof v === "string" && v.startsWith("io.")) return { what: v, stderr };
    if (!Array.isArray(argv) || argv.length > 10_000) return { what: "argv", stderr };
    const args = Array.from(argv as readonly unknown[]);
    if (!args.every((a): a is string => typeof a === "string")) return { what: "argv", stderr };
    const envCopy: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(env as object)) if (typeof v === "string") envCopy[k] = v;
    return {
      argv: args,
      io: {
        stdout: guarded(out as CliStream),
        stderr: guarded(stderr),
        env: envCopy,
        cwd: cwd as string,
        now: now as () => Date,
        stdin: stdin as CliIo["stdin"],
      },
    };
  } catch {
    return { what: "io", stderr };
  }
}

async function runChecked(argv: readonly string[], full: CliIo): Promise<ExitCode> {
  const ctx = contextOf(full, langOf(argv, full.env));
  let code: ExitCode = EXIT.ok;
  const done = (c: ExitCode) => {
    code = c;
  };
  const program = buildProgram(ctx, done);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      const command = commandOf(program, argv);
      if (e.code === "commander.unknownCommand") {
        const name = /'([^']+)'/.exec(e.message)?.[1] ?? argv[0] ?? "";
        ctx.err(ctx.t("cli.unknown_command", { name }));
      } else {
        ctx.err(ctx.t("cli.usage", { detail: e.message.replace(/^error: /, "").replace(/\.\s*$/, ""), command }));
      }
      return EXIT.usage;
    }
    // Anything thrown while a command runs is a failure of the run (a file that cannot be written, a database
    // that stops answering), not an issue of the input.
    ctx.err(ctx.t("cli.failed", { reason: e instanceof Error ? e.message : String(e) }));
    return EXIT.failure;
  }
  return code;
}

/** The command named by the arguments (e.g. `plan lint`), for the help hint of a usage error. */
function commandOf(program: Command, argv: readonly string[]): string {
  const names: string[] = [];
  let current: Command = program;
  for (const a of argv) {
    const sub = current.commands.find((c) => c.name() === a);
    if (sub === undefined) continue;
    names.push(a);
    current = sub;
  }
  return names.join(" ");
}

function buildProgram(ctx: Context, done: (code: ExitCode) => void): Command {
  const output = {
    writeOut: (s: string) => void ctx.io.stdout.write(s),
    writeErr: (s: string) => void ctx.io.stderr.write(s),
    // Usage errors are printed by `run`, in the chosen language.
    outputError: () => {},
  };
  const configure = (c: Command): Command =>
    c.exitOverride().configureOutput(output).showSuggestionAfterError(true).allowExcessArguments(false);
  const lang = () => new Option("--lang <lang>", "language of messages and reports").choices(LANGS);
  const date = (name: string, description: string) =>
    new Option(`${name} <date>`, description).argParser((v: string) => {
      if (!DATE.test(v) || !IsoDateSchema.safeParse(v).success)
        throw new CommanderError(2, "madani.date", `${name} expects a date YYYY-MM-DD, got "${v}"`);
      return v;
    });

  const program = configure(new Command("madani"))
    .description("Madani (مدني): validate, import, deduplicate and report on civil-society data.")
    .version(`madani ${VERSION}`, "-V, --version", "print the version of madani and stop")
    .addOption(lang())
    .addHelpText("after", HELP_AFTER);

  const store = (c: Command): Command =>
    c
      .option("--db <postgres-url>", "a PostgreSQL server, e.g. postgres://user@localhost/registry")
      .option("--data-dir <path>", `the embedded PGlite database folder (default ./${DEFAULT_DATA_DIR})`);
  const quiet = (c: Command): Command => c.option("--quiet", "no progress bar");
  // The help of validate, import and dedup is in the language of the run (--lang, MADANI_LANG).
  const encoding = () => new Option("--encoding <encoding>", ctx.t("cli.help_encoding")).choices(INGEST_ENCODINGS);

  configure(
    quiet(
      program
        .command("validate")
        .description(ctx.t("cli.help_validate"))
        .argument("<file>", ctx.t("cli.help_ingest_file"))
        .option("--quarantine <file.xlsx|file.csv|file.ndjson>", ctx.t("cli.help_quarantine"))
        .option("--sheet <name>", ctx.t("cli.help_sheet"))
        .addOption(encoding())
        .addOption(date("--as-of", ctx.t("cli.help_as_of")))
        .addOption(lang()),
    ).action(
      async (
        file: string,
        o: { quarantine?: string; asOf?: string; quiet?: boolean; encoding?: IngestEncodingName; sheet?: string },
      ) => done(await validate(ctx, file, o)),
    ),
  );
  configure(
    quiet(
      store(
        program
          .command("import")
          .description(ctx.t("cli.help_import"))
          .argument("<file>", ctx.t("cli.help_ingest_file"))
          .option("--quarantine <file.xlsx|file.csv|file.ndjson>", ctx.t("cli.help_quarantine"))
          .option("--sheet <name>", ctx.t("cli.help_sheet"))
          .addOption(encoding())
          .addOption(date("--as-of", ctx.t("cli.help_as_of")))
          .addOption(lang()),
      ),
    ).action(
      async (
        file: string,
        o: {
          db?: string;
          dataDir?: string;
          quarantine?: string;
          quiet?: boolean;
          asOf?: string;
          encoding?: IngestEncodingName;
          sheet?: string;
        },
      ) => done(await importFile(ctx, file, o)),
    ),
  );
  configure(
    quiet(
      store(
        program
          .command("dedup")
          .description(ctx.t("cli.help_dedup"))
          .option("--out <file.json>", ctx.t("cli.help_dedup_out"))
          .option("--threshold <score>", ctx.t("cli.help_threshold"), (v: string) => {
            if (v.trim() === "" || !Number.isFinite(Number(v)))
              throw new CommanderError(2, "madani.number", `--threshold expects a number, got "${v}"`);
            return v;
          })
          .option("--review-out <file.xlsx|file.csv>", ctx.t("cli.help_review_out"))
          .option("--review <file.xlsx|file.csv>", ctx.t("cli.help_review"))
          .option("--reviewer <name>", ctx.t("cli.help_reviewer"))
          .addOption(new Option("--separator <sep>", ctx.t("cli.help_separator")).choices([",", ";"]).default(","))
          .addOption(lang()),
      ),
    ).action(
      async (o: {
        db?: string;
        dataDir?: string;
        quiet?: boolean;
        out?: string;
        threshold?: string;
        reviewOut?: string;
        review?: string;
        reviewer?: string;
        separator?: "," | ";";
      }) => done(await dedup(ctx, o)),
    ),
  );
  configure(
    quiet(
      store(
        program
          .command("stats")
          .description(
            "statistics report of the registry database, computed by the database (density rankings and maps, censuses, cross-tables, creations, compliance)",
          )
          .addOption(
            new Option("--format <format>", "output format (xlsx: the tables as an Excel workbook, with --out)")
              .choices(STATS_FORMATS)
              .default("html"),
          )
          .option("--out <path>", "write to this file (a folder for CSV) instead of stdout")
          .addOption(date("--as-of", "the date statuses and compliance are read on"))
          .addOption(lang()),
      ),
    ).action(
      async (o: { db?: string; dataDir?: string; quiet?: boolean; format: StatsFormat; out?: string; asOf?: string }) =>
        done(await stats(ctx, o)),
    ),
  );

  const plan = configure(program.command("plan").description("strategic plans: lint and progress"));
  configure(
    plan
      .command("lint")
      .description("check a plan with the named rules of lintPlan (exit 1 on an error)")
      .argument("<plan.json>", "the plan, as JSON")
      .addOption(date("--as-of", "also flag activities overdue on this date"))
      .addOption(lang())
      .action(async (file: string, o: { asOf?: string }) => done(await planLint(ctx, file, o))),
  );
  configure(
    plan
      .command("progress")
      .description("achievement, status and roll-up of a plan on a date")
      .argument("<plan.json>", "the plan, as JSON")
      .addOption(date("--as-of", "the date to read progress on").makeOptionMandatory())
      .option("--json", "print the full progress as JSON")
      .addOption(lang())
      .action(async (file: string, o: { asOf: string; json?: boolean }) => done(await planProgress(ctx, file, o))),
  );

  configure(
    program
      .command("report")
      .description("render the report of a plan or an event")
      .argument("<file.json>", "a strategic plan or an event, as JSON")
      .addOption(new Option("--format <format>", "output format").choices(REPORT_FORMATS).default("html"))
      .addOption(lang())
      .option(
        "--kind <kind>",
        "which report: progress, logframe, tracking, contributions (plans); general, series (events)",
      )
      .addOption(date("--as-of", "the date progress is read on (plans)"))
      .option("--out <path>", "write to this file (a folder for several CSV files) instead of stdout")
      .action(
        async (
          file: string,
          o: { format: (typeof REPORT_FORMATS)[number]; kind?: string; asOf?: string; out?: string },
        ) => done(await report(ctx, file, o)),
      ),
  );
  configure(
    program
      .command("draw")
      .description(
        "run an auditable draw (madani-draw/1, see docs/events.md): prints the record as JSON, or only the commitment",
      )
      .option(
        "--seed <seed>",
        "the seed (keep it secret until the draw; publish its commitment first); shell history and ps show it: prefer --seed-file",
      )
      .option("--seed-file <file|->", "read the seed from a file's first line, or from standard input with -")
      .option("--entries <list|file>", "comma-separated ids, or a file: JSON array, or one id per line", "")
      .option(
        "--k <n>",
        "how many winners",
        (v: string) => {
          if (!/^\d+$/.test(v)) throw new CommanderError(2, "madani.number", `--k expects a whole number, got "${v}"`);
          return v;
        },
        "1",
      )
      .option("--exclude <ids>", "comma-separated ids to exclude")
      .option("--commitment <hex>", "the commitment published before; the draw fails when the seed does not match")
      .option("--commit-only", "print the commitment of the seed (SHA-256) and stop")
      .addOption(lang())
      .action(
        async (o: {
          seed?: string;
          seedFile?: string;
          entries: string;
          k?: string;
          exclude?: string;
          commitOnly?: boolean;
          commitment?: string;
        }) => done(await draw(ctx, o)),
      ),
  );
  configure(
    program
      .command("verify-draw")
      .description("recompute a published draw record and check its winners (exit 1 when it does not match)")
      .argument("<record.json>", "the draw record")
      .option("--commitment <hex>", "also check the seed against the commitment published before the draw")
      .addOption(lang())
      .action(async (file: string, o: { commitment?: string }) => done(await verifyDrawCommand(ctx, file, o))),
  );
  return program;
}
