import { commitSeed, runDraw, verifyDraw } from "@madani/events";
import { readJson, readText } from "../files.js";
import { type Context, EXIT, type ExitCode } from "../io.js";
import { printIssues } from "./shared.js";

/** Options of `madani draw`. */
export interface DrawCommandOptions {
  /** The seed itself (visible in shell history and `ps`). */
  readonly seed?: string | undefined;
  /** A file whose first line is the seed, or `-` for standard input. */
  readonly seedFile?: string | undefined;
  readonly entries: string;
  readonly k?: string | undefined;
  readonly exclude?: string | undefined;
  readonly commitOnly?: boolean | undefined;
  readonly commitment?: string | undefined;
}

/** Entries from a file (JSON array of ids or `{ id, name }`, or one id per line) or a comma-separated list. */
async function entriesOf(ctx: Context, spec: string): Promise<unknown[] | ExitCode> {
  if (!/\.(json|txt|csv)$/i.test(spec))
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (spec.toLowerCase().endsWith(".json")) {
    const json = await readJson(ctx, spec);
    if (!json.ok) {
      ctx.err(json.message);
      return EXIT.usage;
    }
    return Array.isArray(json.value) ? json.value : [json.value];
  }
  const text = await readText(ctx, spec);
  if (!text.ok) {
    ctx.err(text.message);
    return EXIT.usage;
  }
  return text.value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * `madani draw --seed-file seed.txt --entries … --k n` (or `--seed …`): the draw `madani-draw/1` (docs/events.md,
 * "The draw"); prints the record as JSON. With `--commit-only`, prints only the commitment to publish before the
 * draw. The seed comes from exactly one of `--seed` and `--seed-file` (a file's first line, or standard input
 * with `-`), else a usage error.
 */
/** Longest seed file or input read (a seed is one line). */
const MAX_SEED_INPUT = 64 * 1024;

/** The first line of a text, without its line end. */
const firstLine = (text: string): string => text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)[0] ?? "";

/** The text of standard input, at most {@link MAX_SEED_INPUT} characters. */
async function readStdin(ctx: Context): Promise<string | undefined> {
  const input = ctx.io.stdin;
  if (input === undefined) return undefined;
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of input) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > MAX_SEED_INPUT) break;
  }
  return text + decoder.decode();
}

/** The seed given by `--seed` or `--seed-file`, or (its message printed) the exit code of a usage error. */
async function seedOf(ctx: Context, o: DrawCommandOptions): Promise<string | ExitCode> {
  if ((o.seed === undefined) === (o.seedFile === undefined)) {
    ctx.err(ctx.t("cli.draw_seed_needed"));
    return EXIT.usage;
  }
  if (o.seed !== undefined) return o.seed;
  const file = o.seedFile as string;
  let text: string | undefined;
  if (file === "-") text = await readStdin(ctx);
  else {
    const read = await readText(ctx, file);
    if (!read.ok) {
      ctx.err(read.message);
      return EXIT.usage;
    }
    text = read.value;
  }
  const seed = firstLine(text ?? "");
  if (seed === "") {
    ctx.err(ctx.t("cli.draw_seed_empty", { path: file }));
    return EXIT.usage;
  }
  return seed;
}

export async function draw(ctx: Context, o: DrawCommandOptions): Promise<ExitCode> {
  const seed = await seedOf(ctx, o);
  if (typeof seed === "number") return seed;
  if (o.commitOnly === true) {
    const c = commitSeed(seed, { locale: ctx.lang });
    if (!c.ok) {
      ctx.err(ctx.t("cli.draw_invalid"));
      printIssues(ctx, c.issues);
      return EXIT.issues;
    }
    ctx.out(c.value);
    return EXIT.ok;
  }
  const entries = await entriesOf(ctx, o.entries);
  if (typeof entries === "number") return entries;
  const k = o.k === undefined ? 1 : Number(o.k);
  const input = {
    seed,
    entries,
    k,
    ...(o.exclude === undefined ? {} : { exclusions: o.exclude.split(",").map((s) => s.trim()) }),
    ...(o.commitment === undefined ? {} : { commitment: o.commitment }),
  };
  const r = runDraw(input as Parameters<typeof runDraw>[0], { locale: ctx.lang });
  if (!r.ok) {
    ctx.err(ctx.t("cli.draw_invalid"));
    printIssues(ctx, r.issues);
    return EXIT.issues;
  }
  ctx.out(JSON.stringify(r.value, null, 2));
  return EXIT.ok;
}

/** `madani verify-draw <record.json> [--commitment hex]`: recomputes a published draw; exit 1 when it does not match. */
export async function verifyDrawCommand(
  ctx: Context,
  file: string,
  o: { commitment?: string | undefined },
): Promise<ExitCode> {
  const json = await readJson(ctx, file);
  if (!json.ok) {
    ctx.err(json.message);
    return EXIT.usage;
  }
  const r = verifyDraw(json.value, {
    locale: ctx.lang,
    ...(o.commitment === undefined ? {} : { commitment: o.commitment }),
  });
  if (!r.ok) {
    ctx.err(ctx.t("cli.draw_mismatch", { detail: r.issues[0]?.message ?? "" }));
    printIssues(ctx, r.issues);
    return EXIT.issues;
  }
  ctx.out(ctx.t("cli.draw_verified"));
  ctx.out(ctx.t("cli.draw_winners", { winners: r.value.winners.join(", ") }));
  return EXIT.ok;
}
