import * as z from "zod";
import { unreadable } from "./boundary.js";
import { CODE_PREFIX } from "./coded.js";
import { type IsoDate, IsoDateSchema } from "./date.js";
import { DEFAULT_LOCALE, isLocale, type Locale, type MessageParams, type MessageTemplate } from "./i18n/locale.js";
import { schemaMessages } from "./i18n/schemaMessages.js";
import { identifierMessages } from "./identifiers/messages.js";
import { type IssueExtras, makeIssue } from "./issues.js";
import { isPersonalPath, personalDataPaths } from "./personalData.js";
import type { Issue, IssuePath, Severity, ValidationResult } from "./result.js";
import { ruleMessages } from "./rules/messages.js";
import type { ValidateOptions } from "./validation.js";

/** Every message of the core entry (geo has its own table). */
const coreMessages = { ...schemaMessages, ...identifierMessages, ...ruleMessages };

/** The issue codes of the core entry: shape, identifier and rule codes (not `geo.*`). */
export type CoreIssueCode = keyof typeof schemaMessages | keyof typeof identifierMessages | keyof typeof ruleMessages;
type CoreCode = CoreIssueCode;
type Table<C extends string> = Readonly<Record<CoreCode | C, MessageTemplate>>;

const DEFAULT_MAX_ISSUES = 100;

/**
 * What a {@link Rule} sees: the caller's options, the `asOf` date (checked) and
 * a way to report issues.
 *
 * @typeParam O - the options of the entry point.
 * @typeParam C - extra issue codes of the package that defines the rule.
 */
export interface RuleContext<O extends ValidateOptions, C extends string = never> {
  /** The options as the caller gave them (`{}` when none). */
  readonly options: O;
  /** The `asOf` option once checked, or `undefined`. */
  readonly asOf: IsoDate | undefined;
  /** Report an issue; a `warning` severity keeps the result valid. */
  report(code: CoreCode | C, path: IssuePath, extras?: IssueExtras): void;
}

/**
 * A business rule over a value that already has the right shape.
 *
 * @example
 * ```ts
 * const founders: Rule<Organization> = (org, ctx) => {
 *   if ((org.founders?.length ?? 2) < 2) ctx.report("association.founders_min", ["founders"], { params: { count: 1 } });
 * };
 * ```
 */
export type Rule<T, O extends ValidateOptions = ValidateOptions, C extends string = never> = (
  value: T,
  ctx: RuleContext<O, C>,
) => void;

/** Build an issue from the core message table. */
export function coreIssue(code: CoreCode, locale: Locale, path: IssuePath, extras?: IssueExtras): Issue<CoreCode> {
  return makeIssue(coreMessages, code, locale, path, extras);
}

function isCode<C extends string>(table: Table<C>, code: unknown): code is CoreCode | C {
  return typeof code === "string" && Object.hasOwn(table, code);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

function short(list: readonly unknown[]): string {
  const shown = list.slice(0, 12).map((v) => String(v));
  return list.length > 12 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** Turn one zod issue into Madani issues (unrecognized keys give one issue per key). */
function fromZod<C extends string>(
  table: Table<C>,
  raw: z.core.$ZodIssue,
  locale: Locale,
  personal: readonly string[],
  out: Issue<CoreCode | C>[],
): void {
  const path = raw.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const input = (raw as { input?: unknown }).input;
  const echo = isPersonalPath(personal, path) ? {} : { value: input };
  const add = (code: CoreCode | C, params?: MessageParams, at: IssuePath = path): void => {
    out.push(makeIssue(table, code, locale, at, { params, ...echo }));
  };
  if (typeof raw.message === "string" && raw.message.startsWith(CODE_PREFIX)) {
    const code = raw.message.slice(CODE_PREFIX.length);
    if (isCode(table, code)) {
      add(code);
      return;
    }
  }
  switch (raw.code) {
    case "invalid_type":
      if (input === undefined) {
        add("schema.required", { expected: raw.expected });
        return;
      }
      {
        add("schema.invalid_type", { expected: raw.expected, received: typeName(input) });
        return;
      }
    case "too_small": {
      add("schema.too_small", { minimum: String(raw.minimum), origin: raw.origin });
      return;
    }
    case "too_big": {
      add("schema.too_big", { maximum: String(raw.maximum), origin: raw.origin });
      return;
    }
    case "invalid_format": {
      add("schema.invalid_format", { format: raw.format });
      return;
    }
    case "not_multiple_of": {
      add("schema.not_multiple_of", { divisor: String(raw.divisor) });
      return;
    }
    case "invalid_value": {
      add("schema.invalid_value", { values: short(raw.values) });
      return;
    }
    case "unrecognized_keys":
      for (const key of raw.keys) {
        out.push(coreIssue("schema.unrecognized_key", locale, [...path, key], { params: { key } }));
      }
      return;
    case "invalid_union": {
      const note = (raw as { note?: string }).note;
      if (note !== undefined && /discriminator/i.test(note)) {
        add("schema.invalid_value", { values: String((raw as { discriminator?: string }).discriminator ?? "") });
        return;
      }
      add("schema.invalid_union");
      return;
    }
    case "invalid_key": {
      add("schema.invalid_key");
      return;
    }
    case "invalid_element": {
      add("schema.invalid_element");
      return;
    }
    case "custom": {
      const params = raw.params as { madani?: unknown; madaniParams?: MessageParams } | undefined;
      if (params !== undefined && isCode(table, params.madani)) {
        add(params.madani, params.madaniParams);
        return;
      }
      add("schema.invalid_value", { values: "" });
      return;
    }
  }
}

function checkOptions(options: unknown): {
  locale: Locale;
  asOf: IsoDate | undefined;
  maxIssues: number;
  issues: Issue<CoreCode>[];
} {
  const issues: Issue<CoreCode>[] = [];
  let locale: Locale = DEFAULT_LOCALE;
  let asOf: IsoDate | undefined;
  let maxIssues = DEFAULT_MAX_ISSUES;
  if (options === undefined || options === null) return { locale, asOf, maxIssues, issues };
  if (typeof options !== "object") {
    issues.push(coreIssue("schema.invalid_option", locale, [], { params: { option: "options" } }));
    return { locale, asOf, maxIssues, issues };
  }
  const o = options as Record<string, unknown>;
  if (o.locale !== undefined) {
    if (isLocale(o.locale)) locale = o.locale;
    else issues.push(coreIssue("schema.invalid_option", locale, [], { params: { option: "locale" }, value: o.locale }));
  }
  if (o.asOf !== undefined) {
    if (typeof o.asOf === "string" && IsoDateSchema.safeParse(o.asOf).success) asOf = o.asOf;
    else issues.push(coreIssue("schema.invalid_option", locale, [], { params: { option: "asOf" }, value: o.asOf }));
  }
  if (o.maxIssues !== undefined) {
    if (typeof o.maxIssues === "number" && Number.isInteger(o.maxIssues) && o.maxIssues > 0) maxIssues = o.maxIssues;
    else
      issues.push(
        coreIssue("schema.invalid_option", locale, [], { params: { option: "maxIssues" }, value: o.maxIssues }),
      );
  }
  return { locale, asOf, maxIssues, issues };
}

function capped<C extends string>(
  issues: Issue<CoreCode | C>[],
  maxIssues: number,
  locale: Locale,
): Issue<CoreCode | C>[] {
  if (issues.length <= maxIssues) return issues;
  const kept = issues.slice(0, maxIssues);
  kept.push(coreIssue("input.too_many_issues", locale, [], { params: { limit: maxIssues, total: issues.length } }));
  return kept;
}

/**
 * Make a validation entry point from a zod schema, business rules and,
 * for packages built on the model, their own message table.
 *
 * @param schema - the schema of the entity (the source of truth for its shape).
 * @param rules - rules run, in order, on input of the right shape.
 * @param messages - messages of the extra codes the rules report, in ar, fr and en.
 * @returns a function `(input, options?) => ValidationResult` that never throws on
 * bad input: options are checked (`schema.invalid_option`), unreadable input
 * gives `input.unreadable`, zod issues become localized issues with stable codes,
 * personal-data values are not echoed, and more than `maxIssues` issues end with
 * `input.too_many_issues`.
 * @remarks The schema is compiled with `z.compile` on first use: valid input takes the
 * generated fast path; invalid input falls back to zod's interpreter, which produces
 * the detailed issues. Rules run only on input of the right shape.
 * @example
 * ```ts
 * const validateBudget = createValidator(BudgetSchema, [balanced], { "budget.unbalanced": { ar: "…", fr: "…", en: "…" } });
 * validateBudget(input, { locale: "fr" });
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function createValidator<
  S extends z.ZodType,
  O extends ValidateOptions = ValidateOptions,
  C extends string = never,
>(
  schema: S,
  rules: readonly Rule<z.output<S>, O, C>[],
  messages?: Readonly<Record<C, MessageTemplate>>,
): (input: unknown, options?: O) => ValidationResult<z.output<S>, CoreCode | C> {
  const table: Table<C> = messages === undefined ? (coreMessages as Table<C>) : { ...coreMessages, ...messages };
  let compiled: S | undefined;
  let personal: readonly string[] | undefined;
  const validate = (
    input: unknown,
    options: O | undefined,
    locale: Locale,
    asOf: IsoDate | undefined,
    maxIssues: number,
  ): ValidationResult<z.output<S>, CoreCode | C> => {
    compiled ??= z.compile(schema);
    const parsed = compiled.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      personal ??= personalDataPaths(schema);
      const issues: Issue<CoreCode | C>[] = [];
      for (const raw of parsed.error.issues) fromZod(table, raw, locale, personal, issues);
      return { ok: false, issues: capped(issues, maxIssues, locale) };
    }
    const found: Issue<CoreCode | C>[] = [];
    const ctx: RuleContext<O, C> = {
      options: (options ?? {}) as O,
      asOf,
      report(code, path, extras) {
        found.push(makeIssue(table, code, locale, path, extras));
      },
    };
    for (const rule of rules) rule(parsed.data, ctx);
    if (found.length === 0) return { ok: true, value: parsed.data, warnings: [] };
    if (found.some((i) => i.severity === "error")) return { ok: false, issues: capped(found, maxIssues, locale) };
    return { ok: true, value: parsed.data, warnings: found };
  };
  return (input, options) => {
    // One try per call: reading hostile input (a throwing getter or Proxy, nesting deeper than the stack)
    // becomes one `input.unreadable` issue instead of an exception.
    let locale: Locale = DEFAULT_LOCALE;
    try {
      const checked = checkOptions(options);
      locale = checked.locale;
      if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
      return validate(input, options, checked.locale, checked.asOf, checked.maxIssues);
    } catch (error) {
      return unreadable(error, locale);
    }
  };
}

/** Extras that make a reported issue a warning: `ctx.report(code, path, { ...WARNING })`. */
export const WARNING: { readonly severity: Severity } = { severity: "warning" };
