import type { Result } from "@madani/model";
import { guardInput } from "@madani/model";
import { prepare } from "../internal/prepare.js";
import type { ReportIssueCode } from "../messages.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderJson}.
 *
 * @example
 * ```ts
 * renderJson(doc, { indent: 0 }); // one line
 * ```
 */
export interface JsonOptions extends RenderOptions {
  /**
   * Spaces of indentation per level, 0 to 10. Default 2. With 0 the document is
   * written on one line, without spaces.
   */
  readonly indent?: number;
}

/** JSON.stringify leaves these out of objects and writes them as `null` in arrays. */
const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

function write(value: unknown, indent: string, depth: string, out: string[]): void {
  if (value === null || typeof value === "boolean") {
    out.push(String(value));
    return;
  }
  if (typeof value === "number") {
    out.push(Number.isFinite(value) ? JSON.stringify(value) : "null");
    return;
  }
  if (typeof value === "string") {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === "bigint") {
    out.push(value.toString());
    return;
  }
  if (typeof value !== "object") {
    out.push("null");
    return;
  }
  const inner = depth + indent;
  const open = indent === "" ? "" : `\n${inner}`;
  const close = indent === "" ? "" : `\n${depth}`;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      out.push(i === 0 ? open : `,${open}`);
      const item: unknown = value[i];
      write(skipped(item) ? null : item, indent, inner, out);
    }
    out.push(`${close}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  // Sorted by UTF-16 code units, the order of RFC 8785 (JSON Canonicalization Scheme) §3.2.3.
  const keys = Object.keys(record)
    .filter((k) => !skipped(record[k]))
    .sort();
  if (keys.length === 0) {
    out.push("{}");
    return;
  }
  const colon = indent === "" ? ":" : ": ";
  out.push("{");
  keys.forEach((k, i) => {
    out.push(i === 0 ? open : `,${open}`, JSON.stringify(k), colon);
    write(record[k], indent, inner, out);
  });
  out.push(`${close}}`);
}

/** A key that JavaScript objects enumerate before all others, in numeric order (ECMA-262 OrdinaryOwnPropertyKeys). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * A copy of the value whose objects have their keys inserted in sorted order, for
 * `JSON.stringify` to write in that order; `undefined` when an object has a key that looks
 * like an array index (JavaScript would enumerate it first whatever the insertion order)
 * or is `__proto__`, or the value holds something `JSON.stringify` would not write plainly (a bigint, `toJSON`).
 */
function sortedCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return typeof value === "bigint" ? undefined : value;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const copy = sortedCopy(item);
      if (copy === undefined && !skipped(item)) return undefined;
      out[i] = copy;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    // Assigning `__proto__` would set the prototype, not add a key.
    if (ARRAY_INDEX.test(k) || k === "__proto__") return undefined;
    const item = record[k];
    if (skipped(item)) continue;
    const copy = sortedCopy(item);
    if (copy === undefined) return undefined;
    out[k] = copy;
  }
  return out;
}

/**
 * Render a report document as JSON: the validated document itself, keys in a stable order.
 *
 * @param document - the report document (validated here unless `options.trusted`).
 * @param options - `indent` (default 2), `issuesLocale`, `trusted`.
 * @returns the JSON text, ending with a newline; or the document's issues. Never throws on bad input.
 * @remarks The document as validation returns it (multilingual texts trimmed), so
 * `JSON.parse` of the output is a valid document equal to it. The keys of every object are
 * sorted by UTF-16 code units at every level, as RFC 8785 (JSON Canonicalization Scheme)
 * orders them, whatever order the input had, so the same document always gives the same
 * bytes and two versions of a report compare line by line. Numbers and strings are written
 * as `JSON.stringify` writes them; with `indent: 0` the text (without its final newline) is
 * the RFC 8785 canonical form of the document.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = renderJson(doc);
 * if (r.ok) writeFileSync("rapport.json", r.value);
 * ```
 */
export function renderJson(document: unknown, options?: JsonOptions): Result<string, ReportIssueCode> {
  return guardInput(() => {
    const prepared = prepare(document, options);
    if (!prepared.ok) return prepared;
    const requested = options?.indent;
    const indent =
      typeof requested === "number" && Number.isFinite(requested)
        ? Math.min(10, Math.max(0, Math.floor(requested)))
        : 2;
    const doc = prepared.value.doc;
    // Fast path: JSON.stringify of a copy with sorted keys. The writer above gives the same
    // text, slower, for the documents it cannot serve (a column key such as "2024").
    const copy = sortedCopy(doc);
    if (copy !== undefined) return { ok: true, value: `${JSON.stringify(copy, null, indent)}\n` };
    const out: string[] = [];
    write(doc, " ".repeat(indent), "", out);
    out.push("\n");
    return { ok: true, value: out.join("") };
  });
}
