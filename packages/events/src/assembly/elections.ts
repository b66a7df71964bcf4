import {
  addDaysToDate,
  addMonthsToDate,
  atBoundary,
  type BoundaryIssueCode,
  type GoverningBody,
  IdSchema,
  IsoDateSchema,
  type Issue,
  type Mandate,
  MandateRole,
  MultilingualTextSchema,
  makeIssue,
  type Result,
  SINGLE_HOLDER_ROLES,
} from "@madani/model";
import * as z from "zod";
import { type AssemblyIssueCode, assemblyMessages } from "./messages.js";
import { type AssemblyOptions, invalidInput } from "./quorum.js";

/**
 * Schema of the results of an election by a general assembly: who was
 * elected to which role, when, and for how long.
 *
 * @remarks The term is given by `endOn` or by `termYears` (the mandate ends
 * the day before the anniversary); without either the mandates are open-ended.
 * @example
 * ```ts
 * ElectionResultSchema.parse({ electedOn: "2025-06-14", termYears: 4, elected: [{ personId: "p-1", role: "president", votes: 31 }] });
 * ```
 */
export const ElectionResultSchema = z.strictObject({
  electedOn: IsoDateSchema,
  startOn: IsoDateSchema.optional(),
  endOn: IsoDateSchema.optional(),
  termYears: z.int().min(1).max(20).optional(),
  elected: z
    .array(
      z.strictObject({
        personId: IdSchema,
        personName: MultilingualTextSchema.optional(),
        role: MandateRole.schema,
        votes: z.int().min(0).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

/** Election results; see {@link ElectionResultSchema}. */
export type ElectionResult = z.infer<typeof ElectionResultSchema>;

/**
 * Turn election results into mandates of `@madani/model`.
 *
 * @param input - the election results (checked, never trusted).
 * @param options - `locale` of the issue messages.
 * @returns one mandate per elected person, starting on `startOn` (the election
 * day by default), or issues `assembly.invalid_input` and `assembly.role_taken`
 * (two people elected to a role held by one person: president, secretary-general,
 * treasurer and their deputies).
 * @example
 * ```ts
 * const r = electionToMandates({ electedOn: "2025-06-14", termYears: 4, elected: [{ personId: "p-1", role: "president" }] });
 * if (r.ok) r.value[0]?.endOn; // "2029-06-13"
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function electionToMandates(
  input: unknown,
  options: AssemblyOptions = {},
): Result<readonly Mandate[], AssemblyIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const parsed = ElectionResultSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error, locale);
    const e = parsed.data;
    const startOn = e.startOn ?? e.electedOn;
    const endOn =
      e.endOn ??
      (e.termYears === undefined ? undefined : addDaysToDate(addMonthsToDate(startOn, 12 * e.termYears), -1));
    const issues: Issue<AssemblyIssueCode>[] = [];
    const taken = new Set<string>();
    e.elected.forEach((x, i) => {
      if (SINGLE_HOLDER_ROLES.includes(x.role)) {
        if (taken.has(x.role)) {
          issues.push(
            makeIssue(assemblyMessages, "assembly.role_taken", locale, ["elected", i, "role"], {
              params: { role: MandateRole.labels[x.role][locale] },
              value: x.role,
            }),
          );
        }
        taken.add(x.role);
      }
    });
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: e.elected.map(
        (x): Mandate => ({
          personId: x.personId,
          ...(x.personName === undefined ? {} : { personName: x.personName }),
          role: x.role,
          startOn,
          ...(endOn === undefined ? {} : { endOn }),
          electedOn: e.electedOn,
        }),
      ),
    };
  });
}

/**
 * Renew a governing body with newly elected mandates: the mandates running on
 * the start day of the new ones end the day before, and the new ones are added.
 *
 * @param body - the governing body (not modified).
 * @param mandates - the new mandates, from {@link electionToMandates}.
 * @returns the renewed governing body.
 * @example
 * ```ts
 * const board = renewGoverningBody(organization.governingBodies[0], mandates);
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function renewGoverningBody(body: GoverningBody, mandates: readonly Mandate[]): GoverningBody {
  const start = mandates.reduce<string | undefined>(
    (min, m) => (m.startOn !== undefined && (min === undefined || m.startOn < min) ? m.startOn : min),
    undefined,
  );
  if (start === undefined) return body;
  const dayBefore = addDaysToDate(start, -1);
  const ended = body.mandates.map((m) =>
    // A mandate whose start is not known is taken to have started before the new one.
    (m.startOn === undefined || m.startOn < start) && (m.endOn === undefined || m.endOn >= start)
      ? { ...m, endOn: dayBefore }
      : m,
  );
  return { ...body, mandates: [...ended, ...mandates] };
}
