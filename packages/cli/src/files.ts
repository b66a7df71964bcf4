import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Context } from "./io.js";

/** A file's text, or the message to print when it cannot be read. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** The absolute path of a path given on the command line. */
export function resolvePath(ctx: Context, file: string): string {
  return path.resolve(ctx.io.cwd, file);
}

/** Read a UTF-8 text file given on the command line. */
export async function readText(ctx: Context, file: string): Promise<Read<string>> {
  try {
    return { ok: true, value: await readFile(resolvePath(ctx, file), "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: ctx.t("cli.file_not_found", { path: file }) };
    return { ok: false, message: ctx.t("cli.file_unreadable", { path: file, reason: String(code ?? e) }) };
  }
}

/** Read and parse a JSON file given on the command line. */
export async function readJson(ctx: Context, file: string): Promise<Read<unknown>> {
  const text = await readText(ctx, file);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value.replace(/^\uFEFF/, "")) as unknown };
  } catch (e) {
    return { ok: false, message: ctx.t("cli.invalid_json", { path: file, reason: (e as Error).message }) };
  }
}
