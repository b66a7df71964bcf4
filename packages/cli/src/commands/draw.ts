import { commitSeed, runDraw, verifyDraw } from "@madani/events";
import { readJson, readText } from "../files.js";
import { type Context, EXIT, type ExitCode } from "../io.js";
import { printIssues } from "./shared.js";

/** Options of `madani draw`. */
export interface DrawCommandOptions {
  readonly seed: string;
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
 * `madani draw --seed … --entries … --k n`: the draw `madani-draw/1` (docs/events.md, "The draw"); prints the record as JSON. With
 * `--commit-only`, prints only the commitment to publish before the draw.
 */
export async function draw(ctx: Context, o: DrawCommandOptions): Promise<ExitCode> {
  if (o.commitOnly === true) {
    const c = commitSeed(o.seed, { locale: ctx.lang });
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
    seed: o.seed,
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
