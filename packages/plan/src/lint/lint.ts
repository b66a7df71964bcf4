import {
  DEFAULT_LOCALE,
  type IssuePath,
  type Locale,
  type MessageParams,
  makeIssue,
  type Severity,
} from "@madani/model";
import type { Plan } from "../plan/plan.js";
import { type LintCode, lintMessages } from "./messages.js";
import { type LintRuleName, RULE_DEFINITIONS } from "./rules.js";

/**
 * One finding of {@link lintPlan}: which rule, which stable code, how serious, where, and why.
 *
 * @example
 * ```ts
 * const f: LintFinding = {
 *   rule: "activity-has-responsible", code: "lint.activity_without_responsible", severity: "warning",
 *   path: ["activities", 0, "responsible"], message: "The activity 1.1 has no responsible person.",
 *   params: { code: "1.1" },
 * };
 * ```
 */
export interface LintFinding {
  /** Name of the rule that found it; see {@link LINT_RULES}. */
  readonly rule: LintRuleName;
  /** Stable issue code, a key of {@link lintMessages}. */
  readonly code: LintCode;
  /** `error` or `warning`, the rule's severity. */
  readonly severity: Severity;
  /** Where the finding sits in the plan, e.g. `["indicators", 2, "baseline"]`. */
  readonly path: IssuePath;
  /** The message in the requested locale. */
  readonly message: string;
  /** The values the message refers to (codes, dates, sums, ids); locale-independent. */
  readonly params?: MessageParams;
}

/**
 * Options of {@link lintPlan}.
 *
 * @example
 * ```ts
 * const options: LintOptions = { locale: "fr", rules: ["unique-codes"], asOf: "2026-01-10" };
 * ```
 */
export interface LintOptions {
  /** Language of the messages; default `"en"`. */
  readonly locale?: Locale | undefined;
  /** Run only the rules with these names; unknown names are ignored. Default: every rule. */
  readonly rules?: readonly string[] | undefined;
  /** Date of the review (`YYYY-MM-DD`), needed by date-dependent rules (`activity-not-overdue`); they are skipped without it. */
  readonly asOf?: string | undefined;
}

/**
 * The result of {@link lintPlan}.
 *
 * @example
 * ```ts
 * const errors = lintPlan(plan).findings.filter((f) => f.severity === "error");
 * ```
 */
export interface LintResult {
  /** Findings in {@link LINT_RULES} order, then in the order of the plan's lists. */
  readonly findings: readonly LintFinding[];
}

/**
 * Check the quality of a valid strategic plan with named rules, each with stable codes.
 *
 * @param plan - a plan that passed {@link validatePlan} (e.g. from {@link createPlan}).
 * @param options - `locale` of the messages (default `"en"`), `rules` to run only
 * some rules by name, `asOf` for the date-dependent rules.
 * @returns `{ findings }`, empty for a clean plan. Never throws on a valid plan and
 * never changes it.
 * @remarks Rules (see {@link LINT_RULES} for names, severities and codes):
 * - `objective-has-indicator` (warning): every element of a tier above the last element
 *   tier (axes and objectives; overall and specific objectives in the EU logframe) has an
 *   indicator on itself or on an element below it; results need none of their own;
 * - `indicator-complete` (warning): one finding per missing item, with its own code and a
 *   `missing` param naming the field: `baseline`, `target` (no period has a target),
 *   `unit` (number measures only), `dataSource`, `frequency`, `responsible` — the fields of
 *   an indicator reference sheet;
 * - `targets-in-plan-period`, `activities-in-plan-period` (warnings): periods carrying a
 *   target and activities lie inside `plan.period`;
 * - `activity-has-responsible` (warning);
 * - `unique-codes` (error): codes are unique across elements, indicators and activities
 *   together; each repeat after the first is reported;
 * - `weights-sum-100` (error): siblings are the elements under one parent (or the top-level
 *   elements) and, separately, the indicators of one element. If any sibling has a weight,
 *   all must have one (`*_weights_incomplete`: the roll-up would give the others a weight of
 *   1) and the weights sum to 100 within 1e-6 (`*_weights_sum`). Siblings without any weight
 *   share equally and pass;
 * - `budget-consistent` (error): per budget line, committed ≤ planned, and spent ≤ committed
 *   when committed is given (amounts in different currencies are left to `validatePlan`);
 * - `no-dependency-cycle` (error): the finish-to-start dependencies form no cycle; each
 *   cycle is reported once with its ids in `params.cycle` (`"a → b → a"`) and `params.ids`;
 * - `maintain-has-band`, `percentage-has-ratio` (errors): computations of docs/indicators.md need
 *   the band of a `maintain` indicator and the numerator and denominator of percentage values;
 * - `activity-not-overdue` (warning, only with `asOf`): an activity past its end date is
 *   done, cancelled or postponed;
 * - `place-is-hcp-code` (error): every `place` of a value, a category target or a category baseline names a
 *   région, province or commune of `@madani/model/geo` (the schema only checks the shape of the code);
 * - `breakdowns-agree` (warning): when a period's values come in several breakdowns of one total (by sex and
 *   again by province; docs/indicators.md, "Breakdowns: one total per period"), each breakdown of a count, a
 *   percentage or a ratio gives the total of the breakdown the total comes from;
 * - `category-targets-sum` (warning): for counts, the targets of each breakdown of a period's `targetsBy` add up
 *   to its `target`, and those of `lopTargetsBy` to the life-of-project target.
 *
 * The indicator rules follow the usual indicator reference sheet of results-based
 * management (baseline, target, data source, frequency, responsible).
 * @example
 * ```ts
 * const created = createPlan(json);
 * if (created.ok) {
 *   for (const f of lintPlan(created.value, { locale: "fr" }).findings) {
 *     console.log(f.severity, f.rule, f.path.join("."), f.message);
 *   }
 * }
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function lintPlan(plan: Plan, options: LintOptions = {}): LintResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const only = options.rules === undefined ? undefined : new Set(options.rules);
  const findings: LintFinding[] = [];
  for (const rule of RULE_DEFINITIONS) {
    if (only !== undefined && !only.has(rule.name)) continue;
    rule.check(plan, {
      asOf: options.asOf,
      report(code, path, params) {
        const issue = makeIssue(lintMessages, code, locale, path, { params, severity: rule.severity });
        const finding: LintFinding = {
          rule: rule.name,
          code,
          severity: rule.severity,
          path,
          message: issue.message,
          ...(params === undefined ? {} : { params }),
        };
        findings.push(finding);
      },
    });
  }
  return { findings };
}
