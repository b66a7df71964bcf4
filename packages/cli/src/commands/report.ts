import { eventGeneralReport, meetingSeriesReport } from "@madani/events";
import { readJson } from "../files.js";
import { type Context, EXIT, type ExitCode, timestamp } from "../io.js";
import { PLAN_REPORTS, planFrom, planReport } from "./plan.js";
import { printIssues, type ReportFormat, writeReport } from "./shared.js";

/** The event reports `madani report` can build: the general report of an event, the report of a meeting series. */
export const EVENT_REPORTS = ["general", "series"] as const;

/** Options of `madani report`. */
export interface ReportOptions {
  readonly format: ReportFormat;
  readonly kind?: string | undefined;
  readonly asOf?: string | undefined;
  readonly out?: string | undefined;
}

/** `madani report <file>`: a plan's or an event's report in the chosen format and language. */
export async function report(ctx: Context, file: string, options: ReportOptions): Promise<ExitCode> {
  const json = await readJson(ctx, file);
  if (!json.ok) {
    ctx.err(json.message);
    return EXIT.usage;
  }
  const doc = json.value;
  const format = typeof doc === "object" && doc !== null ? (doc as { format?: unknown }).format : undefined;
  if (format === "madani.plan/1") {
    const kind = options.kind ?? "progress";
    if (!(PLAN_REPORTS as readonly string[]).includes(kind)) {
      ctx.err(ctx.t("cli.usage", { detail: `--kind ${kind} (${PLAN_REPORTS.join(", ")})`, command: "report" }));
      return EXIT.usage;
    }
    const plan = planFrom(ctx, file, doc);
    if (typeof plan === "number") return plan;
    return writeReport(
      ctx,
      planReport(ctx, plan, kind as (typeof PLAN_REPORTS)[number], options.asOf),
      options.format,
      options.out,
    );
  }
  if (typeof doc === "object" && doc !== null && ("event" in doc || "meetings" in doc)) {
    const kind = options.kind ?? ("meetings" in doc ? "series" : "general");
    if (!(EVENT_REPORTS as readonly string[]).includes(kind)) {
      ctx.err(ctx.t("cli.usage", { detail: `--kind ${kind} (${EVENT_REPORTS.join(", ")})`, command: "report" }));
      return EXIT.usage;
    }
    const reportOptions = { language: ctx.lang, generatedAt: timestamp(ctx.io.now()) };
    const built =
      kind === "series"
        ? meetingSeriesReport(doc as Parameters<typeof meetingSeriesReport>[0], reportOptions)
        : eventGeneralReport(doc as Parameters<typeof eventGeneralReport>[0], reportOptions);
    if (!built.ok) {
      ctx.err(ctx.t("cli.invalid_document", { path: file, count: built.issues.length }));
      printIssues(ctx, built.issues);
      return EXIT.issues;
    }
    return writeReport(ctx, built.value, options.format, options.out);
  }
  ctx.err(ctx.t("cli.unknown_document", { path: file }));
  return EXIT.usage;
}
