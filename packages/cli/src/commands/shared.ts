import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Issue } from "@madani/model";
import { type ReportDocument, renderCsv, renderHtml, renderJson, renderMarkdown } from "@madani/report";
import { resolvePath } from "../files.js";
import { type Context, EXIT, type ExitCode } from "../io.js";

/** Output formats of reports. */
export const REPORT_FORMATS = ["html", "md", "csv", "json"] as const;

/** A report format; see {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Print issues as `path: message [code]`, one per line, on stderr. */
export function printIssues(ctx: Context, issues: readonly Pick<Issue<string>, "path" | "message" | "code">[]): void {
  for (const i of issues) {
    const where = i.path.length === 0 ? "" : `${i.path.join(".")}: `;
    ctx.err(`  ${where}${i.message} [${i.code}]`);
  }
}

/**
 * Render a report document and write it: to `out` when given (a file, or a folder for several CSV files),
 * else to stdout.
 */
export async function writeReport(
  ctx: Context,
  document: ReportDocument,
  format: ReportFormat,
  out: string | undefined,
): Promise<ExitCode> {
  const rendered =
    format === "html"
      ? renderHtml(document)
      : format === "md"
        ? renderMarkdown(document)
        : format === "json"
          ? renderJson(document)
          : renderCsv(document, { bom: true });
  if (!rendered.ok) {
    printIssues(ctx, rendered.issues);
    return EXIT.issues;
  }
  const value = rendered.value;
  if (typeof value !== "string") {
    // CSV: one file per table.
    if (out === undefined) {
      const only = value.length === 1 ? value[0] : undefined;
      if (only === undefined) {
        ctx.err(ctx.t("cli.needs_out", { count: value.length }));
        return EXIT.usage;
      }
      ctx.io.stdout.write(only.content.replace(/^\uFEFF/, ""));
      return EXIT.ok;
    }
    const dir = resolvePath(ctx, out);
    await mkdir(dir, { recursive: true });
    for (const file of value) {
      const target = path.join(dir, file.name);
      await writeFile(target, file.content, "utf8");
      ctx.out(ctx.t("cli.written", { path: target }));
    }
    return EXIT.ok;
  }
  if (out === undefined) {
    ctx.io.stdout.write(value.endsWith("\n") ? value : `${value}\n`);
    return EXIT.ok;
  }
  const target = resolvePath(ctx, out);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, value, "utf8");
  ctx.out(ctx.t("cli.written", { path: target }));
  return EXIT.ok;
}
