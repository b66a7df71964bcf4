import type { ValidateOptions, ValidationResult } from "@madani/model";
import { deepFreeze } from "./freeze.js";
import type { PlanIssueCode } from "./messages.js";
import type { Plan } from "./plan.js";
import { validatePlan } from "./validate.js";

/**
 * Make a plan from any input: validate it, then freeze it at every depth.
 *
 * @param input - any value (parsed JSON, a form, a stored document).
 * @param options - `locale` of the messages (default `"en"`), `maxIssues` (default 100).
 * @returns `{ ok: true, value, warnings }` where `value` is the plan, deep-frozen
 * (a fresh copy: the input is never frozen nor changed), or `{ ok: false, issues }`
 * with the codes of {@link validatePlan}. Never throws on bad input.
 * @remarks Plans are immutable values: edits make new plans (see the edit commands).
 * @example
 * ```ts
 * const r = createPlan(json, { locale: "fr" });
 * if (r.ok) Object.isFrozen(r.value.elements); // true
 * ```
 */
export function createPlan(input: unknown, options?: ValidateOptions): ValidationResult<Plan, PlanIssueCode> {
  const result = validatePlan(input, options);
  if (!result.ok) return result;
  return { ok: true, value: deepFreeze(result.value), warnings: result.warnings };
}
