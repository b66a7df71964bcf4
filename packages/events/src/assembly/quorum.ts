import {
  addDaysToDate,
  atBoundary,
  type BoundaryIssueCode,
  daysBetween,
  defineEnumeration,
  IsoDateSchema,
  type Locale,
  makeIssue,
  type Result,
} from "@madani/model";
import * as z from "zod";
import { type AssemblyIssueCode, assemblyMessages } from "./messages.js";

/**
 * Kinds of general assembly, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(AssemblyKind, "extraordinary", "ar"); // "استثنائي"
 * ```
 */
export const AssemblyKind = defineEnumeration("assemblyKind", {
  ordinary: { ar: "عادي", fr: "Ordinaire", en: "Ordinary" },
  extraordinary: { ar: "استثنائي", fr: "Extraordinaire", en: "Extraordinary" },
});

/** A general-assembly kind; see {@link AssemblyKind}. */
export type AssemblyKindValue = (typeof AssemblyKind.values)[number];

const count = z.int().min(0).max(10_000_000);
const fraction = { numerator: z.int().min(1).max(1000), denominator: z.int().min(1).max(1000) };

/**
 * Schema of a quorum rule of the statutes: none, at least a fraction of the
 * members (`at-least` 2/3), more than a fraction (`more-than` 1/2: "half plus
 * one", النصف زائد واحد), or a fixed number of members.
 *
 * @example
 * ```ts
 * QuorumRuleSchema.parse({ type: "more-than", numerator: 1, denominator: 2 });
 * ```
 */
export const QuorumRuleSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("none") }),
  z.strictObject({ type: z.literal("at-least"), ...fraction }),
  z.strictObject({ type: z.literal("more-than"), ...fraction }),
  z.strictObject({ type: z.literal("count"), count }),
]);

/** A quorum rule; see {@link QuorumRuleSchema}. */
export type QuorumRule = z.infer<typeof QuorumRuleSchema>;

const convocations = z.strictObject({ first: QuorumRuleSchema, second: QuorumRuleSchema });

/**
 * Schema of the general-assembly rules of an organization's statutes: the
 * notice period of each kind of assembly, the quorum of the first and second
 * convocation, the minimum delay before a second convocation, and whether
 * proxies count towards the quorum (`true` by default).
 *
 * @remarks Dahir 1-58-376 leaves these rules to the statutes (art. 5 lists
 * what they must contain). A common model: ordinary assembly, half plus one at
 * the first convocation and any number at the second, 15 days later;
 * extraordinary assembly, two thirds then half plus one.
 * @example
 * ```ts
 * AssemblyRulesSchema.parse({
 *   noticeDays: { ordinary: 15, extraordinary: 15 },
 *   quorum: {
 *     ordinary: { first: { type: "more-than", numerator: 1, denominator: 2 }, second: { type: "none" } },
 *     extraordinary: { first: { type: "at-least", numerator: 2, denominator: 3 }, second: { type: "more-than", numerator: 1, denominator: 2 } },
 *   },
 * });
 * ```
 */
export const AssemblyRulesSchema = z.strictObject({
  noticeDays: z.strictObject({ ordinary: z.int().min(0).max(365), extraordinary: z.int().min(0).max(365) }),
  quorum: z.strictObject({ ordinary: convocations, extraordinary: convocations }),
  secondConvocationMinDays: z.int().min(0).max(365).optional(),
  proxiesCount: z.boolean().optional(),
});

/** General-assembly rules of the statutes; see {@link AssemblyRulesSchema}. */
export type AssemblyRules = z.infer<typeof AssemblyRulesSchema>;

/**
 * Schema of the input of {@link computeQuorum}.
 */
export const QuorumInputSchema = z.strictObject({
  rules: AssemblyRulesSchema,
  kind: AssemblyKind.schema,
  convocation: z.union([z.literal(1), z.literal(2)]),
  members: count,
  present: count,
  represented: count.optional(),
});

/** The input of {@link computeQuorum}; see {@link QuorumInputSchema}. */
export type QuorumInput = z.infer<typeof QuorumInputSchema>;

/** The quorum of a convocation. */
export interface Quorum {
  /** The rule of the statutes that applies. */
  readonly rule: QuorumRule;
  /** Members whose presence is required (0 when the rule is `none`). */
  readonly required: number;
  /** Members counted: present, plus represented when proxies count. */
  readonly attending: number;
  /** Whether `attending >= required`. */
  readonly reached: boolean;
}

/** Options of the general-assembly functions. */
export interface AssemblyOptions {
  /** Language of the issue messages; `en` by default. */
  readonly locale?: Locale;
}

/**
 * The number of members a quorum rule requires, in integer arithmetic.
 *
 * @param rule - the rule.
 * @param members - members with the right to vote.
 * @returns `ceil(members × n / d)` for `at-least`, `floor(members × n / d) + 1`
 * for `more-than`, the count for `count`, 0 for `none`.
 * @example
 * ```ts
 * requiredForQuorum({ type: "more-than", numerator: 1, denominator: 2 }, 40); // 21
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function requiredForQuorum(rule: QuorumRule, members: number): number {
  switch (rule.type) {
    case "none":
      return 0;
    case "count":
      return rule.count;
    case "at-least":
      return Math.floor((members * rule.numerator + rule.denominator - 1) / rule.denominator);
    case "more-than":
      return Math.floor((members * rule.numerator) / rule.denominator) + 1;
  }
}

/** The first issue of a failed zod parse as an `assembly.invalid_input` issue. */
export function invalidInput(error: z.ZodError, locale: Locale) {
  const path = (error.issues[0]?.path ?? []).filter((p): p is string | number => typeof p !== "symbol");
  const field = path.join(".");
  return {
    ok: false as const,
    issues: [makeIssue(assemblyMessages, "assembly.invalid_input", locale, path, { params: { field } })],
  };
}

/**
 * The quorum of a general assembly at its first or second convocation, from
 * the rules of the statutes.
 *
 * @param input - rules, kind, convocation (1 or 2), members, present and represented (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns the required number, the members counted and whether the quorum is
 * reached; or issues `assembly.invalid_input`, `assembly.present_exceeds_members`.
 * @remarks Integer arithmetic only, so "two thirds of 31" is 21, never 20.67
 * rounded the wrong way. Represented members (proxies) count unless the
 * statutes say `proxiesCount: false`.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = computeQuorum({ rules, kind: "ordinary", convocation: 1, members: 40, present: 18, represented: 3 });
 * if (r.ok) r.value.reached; // true: 21 of 21
 * ```
 */
export function computeQuorum(
  input: unknown,
  options: AssemblyOptions = {},
): Result<Quorum, AssemblyIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = QuorumInputSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error, locale);
    const { rules, kind, convocation, members, present } = parsed.data;
    const represented = rules.proxiesCount === false ? 0 : (parsed.data.represented ?? 0);
    const attending = present + represented;
    if (present + (parsed.data.represented ?? 0) > members) {
      return {
        ok: false,
        issues: [
          makeIssue(assemblyMessages, "assembly.present_exceeds_members", locale, ["present"], {
            params: { attending: present + (parsed.data.represented ?? 0), members },
          }),
        ],
      };
    }
    const set = rules.quorum[kind];
    const rule = convocation === 1 ? set.first : set.second;
    const required = requiredForQuorum(rule, members);
    return { ok: true, value: { rule, required, attending, reached: attending >= required } };
  });
}

/**
 * Schema of the input of {@link checkNotice}.
 */
export const NoticeInputSchema = z.strictObject({
  rules: AssemblyRulesSchema,
  kind: AssemblyKind.schema,
  noticeSentOn: IsoDateSchema,
  heldOn: IsoDateSchema,
  firstConvocationOn: IsoDateSchema.optional(),
});

/** The input of {@link checkNotice}; see {@link NoticeInputSchema}. */
export type NoticeInput = z.infer<typeof NoticeInputSchema>;

/** Whether a convocation respected the notice period of the statutes. */
export interface NoticeCheck {
  /** Whole days between sending the notice and the assembly. */
  readonly days: number;
  /** Days the statutes require. */
  readonly required: number;
  /** The earliest date the assembly could be held with this notice. */
  readonly earliestOn: string;
  /** Whether `days >= required` (and the second convocation came late enough). */
  readonly sufficient: boolean;
  /** Facts to act on: `assembly.notice_too_short`, `assembly.second_too_early`. */
  readonly warnings: readonly ReturnType<typeof makeIssue<AssemblyIssueCode>>[];
}

/**
 * Check the notice period of a convocation, and for a second convocation its
 * delay after the first.
 *
 * @param input - rules, kind, `noticeSentOn`, `heldOn`, and `firstConvocationOn` for a second convocation.
 * @param options - `locale` of the messages.
 * @returns the days of notice, the days required, the earliest valid date and
 * warnings when the notice was too short; `assembly.invalid_input` for bad input.
 * @example
 * ```ts
 * checkNotice({ rules, kind: "ordinary", noticeSentOn: "2025-03-01", heldOn: "2025-03-10" }); // sufficient: false with 15 days required
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function checkNotice(
  input: unknown,
  options: AssemblyOptions = {},
): Result<NoticeCheck, AssemblyIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = NoticeInputSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error, locale);
    const { rules, kind, noticeSentOn, heldOn, firstConvocationOn } = parsed.data;
    const days = daysBetween(noticeSentOn, heldOn);
    const required = rules.noticeDays[kind];
    const warnings: NoticeCheck["warnings"][number][] = [];
    if (days < required) {
      warnings.push(
        makeIssue(assemblyMessages, "assembly.notice_too_short", locale, ["noticeSentOn"], {
          params: { days, required },
          severity: "warning",
        }),
      );
    }
    const minGap = rules.secondConvocationMinDays;
    if (firstConvocationOn !== undefined && minGap !== undefined) {
      const gap = daysBetween(firstConvocationOn, heldOn);
      if (gap < minGap) {
        warnings.push(
          makeIssue(assemblyMessages, "assembly.second_too_early", locale, ["heldOn"], {
            params: { days: gap, required: minGap },
            severity: "warning",
          }),
        );
      }
    }
    return {
      ok: true,
      value: {
        days,
        required,
        earliestOn: addDaysToDate(noticeSentOn, required),
        sufficient: warnings.length === 0,
        warnings,
      },
    };
  });
}
