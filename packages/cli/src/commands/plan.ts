import {
  computeProgress,
  contributionsReport,
  createPlan,
  indicatorTrackingTable,
  lintPlan,
  type Plan,
  planProgressReport,
  toLogframe,
} from "@madani/plan";
import type { ReportDocument } from "@madani/report";
import { readJson } from "../files.js";
import { type Context, EXIT, type ExitCode, timestamp } from "../io.js";
import { printIssues } from "./shared.js";

/** The plan reports `madani report` can build. */
export const PLAN_REPORTS = ["progress", "logframe", "tracking", "contributions"] as const;

/** Read a plan file and validate it; prints the issues and returns `undefined` when it is not a valid plan. */
export async function loadPlan(ctx: Context, file: string): Promise<Plan | ExitCode> {
  const json = await readJson(ctx, file);
  if (!json.ok) {
    ctx.err(json.message);
    return EXIT.usage;
  }
  return planFrom(ctx, file, json.value);
}

/** Validate a parsed plan document; prints the issues and returns the exit code when it is not valid. */
export function planFrom(ctx: Context, file: string, value: unknown): Plan | ExitCode {
  const plan = createPlan(value, { locale: ctx.lang });
  if (!plan.ok) {
    ctx.err(ctx.t("cli.invalid_document", { path: file, count: plan.issues.length }));
    printIssues(ctx, plan.issues);
    return EXIT.issues;
  }
  return plan.value;
}

/** `madani plan lint <plan.json>`: the findings of `lintPlan`; exit 1 when one is an error. */
export async function planLint(ctx: Context, file: string, options: { asOf?: string | undefined }): Promise<ExitCode> {
  const plan = await loadPlan(ctx, file);
  if (typeof plan === "number") return plan;
  const { findings } = lintPlan(plan, {
    locale: ctx.lang,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  for (const f of findings) ctx.out(`${f.severity}\t${f.rule}\t${f.path.join(".")}\t${f.message}`);
  const errors = findings.filter((f) => f.severity === "error").length;
  ctx.out(ctx.t("cli.lint_summary", { errors, warnings: findings.length - errors }));
  return errors > 0 ? EXIT.issues : EXIT.ok;
}

/** `madani plan progress <plan.json> --as-of <date>`: scores, coverage and statuses, as text or JSON. */
export async function planProgress(
  ctx: Context,
  file: string,
  options: { asOf: string; json?: boolean | undefined },
): Promise<ExitCode> {
  const plan = await loadPlan(ctx, file);
  if (typeof plan === "number") return plan;
  const p = computeProgress(plan, options.asOf);
  if (options.json === true) {
    ctx.out(JSON.stringify(p, null, 2));
    return EXIT.ok;
  }
  const pct = (x: number | undefined) => (x === undefined ? "—" : `${(x * 100).toFixed(1)}%`);
  ctx.out(`${plan.id}\t${options.asOf}\tscore ${pct(p.plan.score)}\tcoverage ${pct(p.plan.coverage)}`);
  const codeOf = new Map(plan.elements.map((e) => [e.id, e.code]));
  for (const e of p.elements) ctx.out(`  ${codeOf.get(e.id) ?? e.id}\t${pct(e.score)}\t${pct(e.coverage)}`);
  const indicatorCode = new Map(plan.indicators.map((i) => [i.id, i.code]));
  for (const i of p.indicators) ctx.out(`  ${indicatorCode.get(i.id) ?? i.id}\t${i.status}\t${pct(i.clamped)}`);
  return EXIT.ok;
}

/** The plan report of a kind, as a document. */
export function planReport(
  ctx: Context,
  plan: Plan,
  kind: (typeof PLAN_REPORTS)[number],
  asOf: string | undefined,
): ReportDocument {
  const base = { language: ctx.lang, generatedAt: timestamp(ctx.io.now()) };
  const date = asOf ?? timestamp(ctx.io.now()).slice(0, 10);
  switch (kind) {
    case "progress":
      return planProgressReport(plan, { ...base, asOf: date });
    case "logframe":
      return toLogframe(plan, base);
    case "tracking":
      return indicatorTrackingTable(plan, { ...base, asOf: date });
    case "contributions":
      return contributionsReport(plan, base);
  }
}
