import { labelOf } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActualValue, ActualValueSchema, ValueState, type ValueStateValue } from "../indicator/indicator.js";
import { deepFreeze } from "../plan/freeze.js";
import type { Plan } from "../plan/plan.js";
import { validatePlan } from "../plan/validate.js";
import { computeProgress } from "../progress/computeProgress.js";
import { applyCommand, type EditablePlan, type Revision, undo } from "./applyCommand.js";
import { describeRevision, diffPlans } from "./diff.js";
import { VALUE_TRANSITIONS } from "./workflow.js";

const STATES = ["draft", "submitted", "returned", "approved"] as const;

/**
 * The workflow as this test reads docs/plan.md ("Editing"), written out independently of `VALUE_TRANSITIONS`:
 * draft → submitted; submitted → approved | returned; returned → submitted; approved → submitted | draft (reopening).
 */
const ALLOWED: ReadonlySet<string> = new Set([
  "draft→submitted",
  "submitted→approved",
  "submitted→returned",
  "returned→submitted",
  "approved→submitted",
  "approved→draft",
]);

const plan: EditablePlan = deepFreeze({
  period: { startOn: "2025-01-01", endOn: "2029-12-31" },
  elements: [{ id: "os-1" }],
  indicators: [
    {
      id: "i-trained",
      elementId: "os-1",
      code: "OS1.1",
      name: { fr: "Associations formées" },
      measure: "number" as const,
      direction: "increase" as const,
      periods: [2025, 2026].map((y) => ({ id: String(y), startOn: `${y}-01-01`, endOn: `${y}-12-31`, target: 40 })),
      values: [],
    },
  ],
  activities: [],
});

const COORDINATOR = "Khadija Benali, coordinatrice (El Jadida)";
const OFFICER = "Youssef Amrani, chargé de suivi-évaluation";
const PRESIDENT = "Fatima Zahra Ouazzani, présidente du réseau";
const meta = (author: string, day = 12, reason?: string) => ({
  author,
  at: `2026-01-${String(day).padStart(2, "0")}T09:00:00+01:00`,
  ...(reason === undefined ? {} : { reason }),
});

type Step = { readonly plan: EditablePlan; readonly revision: Revision };
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => i.code);

function step(p: EditablePlan, command: unknown, m: unknown): Step {
  const r = applyCommand(p, command, m);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.map((i) => [i.code, i.path])));
  return r.value;
}
const add = (state: ValueStateValue = "draft", extra: Record<string, unknown> = {}) => ({
  type: "add-value",
  indicatorId: "i-trained",
  value: { id: "v", periodId: "2025", value: 38, state, ...extra },
});
const move = (state: ValueStateValue, comment?: string) => ({
  type: "set-value-state",
  indicatorId: "i-trained",
  valueId: "v",
  state,
  ...(comment === undefined ? {} : { comment }),
});
const theValue = (p: EditablePlan, id = "v"): ActualValue | undefined =>
  p.indicators[0]?.values.find((v) => v.id === id);

/** A plan whose value `v` is in `state`, reached through the workflow: submitted by the coordinator, reviewed by the officer. */
function reach(state: ValueStateValue): EditablePlan {
  let p = step(plan, add(), meta(COORDINATOR, 10)).plan;
  if (state === "draft") return p;
  p = step(p, move("submitted"), meta(COORDINATOR, 11)).plan;
  if (state === "returned") p = step(p, move("returned", "Joindre les listes de présence"), meta(OFFICER, 12)).plan;
  if (state === "approved") p = step(p, move("approved"), meta(OFFICER, 12)).plan;
  return p;
}

describe("approval workflow of values", () => {
  it("VALUE_TRANSITIONS is the documented table", () => {
    const table = new Set(Object.entries(VALUE_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`)));
    expect(table).toEqual(ALLOWED);
  });

  describe("every pair of states (table)", () => {
    const pairs = STATES.flatMap((from) => STATES.map((to) => [from, to] as const));
    it.each(pairs)("%s → %s", (from, to) => {
      const before = reach(from);
      expect(theValue(before)?.state).toBe(from);
      // A third person, with a comment: every condition other than the table itself is met.
      const r = applyCommand(before, move(to, "Motif de la décision"), meta(PRESIDENT, 20), { locale: "fr" });
      if (ALLOWED.has(`${from}→${to}`)) {
        expect(codes(r)).toEqual([]);
        if (r.ok) expect(theValue(r.value.plan)?.state).toBe(to);
      } else {
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.issues).toEqual([
          {
            code: "command.invalid_transition",
            path: ["command", "state"],
            severity: "error",
            params: {
              id: "v",
              from,
              to,
              fromLabel: labelOf(ValueState, from, "fr"),
              toLabel: labelOf(ValueState, to, "fr"),
            },
            message: `La valeur « v » ne peut pas passer de l'état « ${labelOf(ValueState, from, "fr")} » à l'état « ${labelOf(ValueState, to, "fr")} ».`,
          },
        ]);
      }
    });
  });

  it("adds a value as a draft or submitted (recording who and when), never reviewed", () => {
    expect(theValue(step(plan, add("draft"), meta(COORDINATOR)).plan)).toEqual({
      id: "v",
      periodId: "2025",
      value: 38,
      state: "draft",
    });
    expect(theValue(step(plan, add("submitted"), meta(COORDINATOR)).plan)).toMatchObject({
      state: "submitted",
      submittedBy: COORDINATOR,
      submittedAt: "2026-01-12T09:00:00+01:00",
    });
    for (const state of ["approved", "returned"] as const) {
      const r = applyCommand(plan, add(state), meta(COORDINATOR), { locale: "en" });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params?.state])).toEqual([
        ["command.invalid_initial_state", ["command", "value", "state"], state],
      ]);
    }
    // The workflow's fields are the workflow's: a new value cannot bring them.
    for (const field of ["submittedBy", "reviewedBy", "submittedAt", "reviewedAt", "reviewNotes"]) {
      const r = applyCommand(
        plan,
        add("draft", { [field]: field.endsWith("At") ? meta(OFFICER).at : [] }),
        meta(OFFICER),
      );
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
        ["schema.unrecognized_key", ["command", "value", field]],
      ]);
    }
  });

  describe("four eyes", () => {
    it("refuses an approval or a return by the person who submitted the value, however the name is written", () => {
      const submitted = reach("submitted");
      for (const author of [COORDINATOR, `  ${COORDINATOR.toUpperCase()} `, COORDINATOR.replace(", ", ",   ")]) {
        for (const [to, comment] of [
          ["approved", undefined],
          ["returned", "À revoir"],
        ] as const) {
          const r = applyCommand(submitted, move(to, comment), meta(author, 13));
          expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
            ["command.same_reviewer", ["meta", "author"]],
          ]);
          // The names of people are not echoed.
          if (!r.ok) expect(JSON.stringify(r.issues)).not.toContain("Khadija");
        }
      }
      const approved = step(submitted, move("approved"), meta(OFFICER, 13)).plan;
      expect(theValue(approved)).toMatchObject({
        state: "approved",
        submittedBy: COORDINATOR,
        submittedAt: "2026-01-11T09:00:00+01:00",
        reviewedBy: OFFICER,
        reviewedAt: "2026-01-13T09:00:00+01:00",
      });
    });

    it("the submitter is who last submitted: after a resubmission by the reviewer, another person approves", () => {
      const returned = reach("returned");
      const resubmitted = step(returned, move("submitted"), meta(OFFICER, 14)).plan;
      expect(theValue(resubmitted)).toMatchObject({ submittedBy: OFFICER, submittedAt: "2026-01-14T09:00:00+01:00" });
      expect(theValue(resubmitted)?.reviewedBy).toBeUndefined();
      expect(codes(applyCommand(resubmitted, move("approved"), meta(OFFICER, 15)))).toEqual(["command.same_reviewer"]);
      expect(codes(applyCommand(resubmitted, move("approved"), meta(COORDINATOR, 15)))).toEqual([]);
    });

    it("a value submitted before the workflow recorded its submitter is reviewed by anyone", () => {
      const legacy: EditablePlan = deepFreeze({
        ...plan,
        indicators: [
          {
            ...(plan.indicators[0] as EditablePlan["indicators"][number]),
            values: [{ id: "v", periodId: "2025", value: 3, state: "submitted" as const }],
          },
        ],
      });
      const r = step(legacy, move("approved"), meta(OFFICER));
      expect(theValue(r.plan)).toEqual({
        id: "v",
        periodId: "2025",
        value: 3,
        state: "approved",
        reviewedBy: OFFICER,
        reviewedAt: "2026-01-12T09:00:00+01:00",
      });
    });
  });

  describe("return comment", () => {
    it("refuses a return without a comment, or with a blank one, and keeps the comment as a review note", () => {
      const submitted = reach("submitted");
      for (const comment of [undefined, "", "   \n "]) {
        const r = applyCommand(submitted, move("returned", comment), meta(OFFICER, 13));
        expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
          ["command.comment_required", ["command", "comment"]],
        ]);
      }
      const returned = step(
        submitted,
        move("returned", "  Joindre les listes de présence signées  "),
        meta(OFFICER, 13),
      );
      expect(theValue(returned.plan)).toEqual({
        id: "v",
        periodId: "2025",
        value: 38,
        state: "returned",
        submittedBy: COORDINATOR,
        submittedAt: "2026-01-11T09:00:00+01:00",
        reviewedBy: OFFICER,
        reviewedAt: "2026-01-13T09:00:00+01:00",
        reviewNotes: [
          {
            kind: "returned",
            by: OFFICER,
            at: "2026-01-13T09:00:00+01:00",
            text: "Joindre les listes de présence signées",
          },
        ],
      });
      // The edit's reason does not stand in for the comment.
      expect(codes(applyCommand(submitted, move("returned"), meta(OFFICER, 13, "Revue annuelle")))).toEqual([
        "command.comment_required",
      ]);
    });

    it("explains the refusals in ar, fr and en", () => {
      const submitted = reach("submitted");
      const messages = (command: unknown, author: string) =>
        (["ar", "fr", "en"] as const).map((locale) => {
          const r = applyCommand(submitted, command, meta(author, 13), { locale });
          return r.ok ? "" : (r.issues[0]?.message ?? "");
        });
      expect(messages(move("returned"), OFFICER)).toEqual([
        "إرجاع القيمة «v» يحتاج إلى تعليق يوضح ما يجب تصحيحه.",
        "Le renvoi de la valeur « v » doit être accompagné d'un commentaire qui dit quoi corriger.",
        "Returning the value “v” needs a comment that says what to correct.",
      ]);
      expect(messages(move("approved"), COORDINATOR)).toEqual([
        "لا يمكن لمن قدم القيمة «v» أن يصادق عليها أو يرجعها: يراجعها شخص آخر.",
        "La personne qui a soumis la valeur « v » ne peut ni l'approuver ni la renvoyer : une autre personne la revoit.",
        "The person who submitted the value “v” cannot approve or return it: another person reviews it.",
      ]);
      expect(messages(move("draft"), OFFICER)).toEqual([
        "لا يمكن نقل القيمة «v» من حالة «مقدمة» إلى حالة «مسودة».",
        "La valeur « v » ne peut pas passer de l'état « Soumise » à l'état « Brouillon ».",
        "The value “v” cannot go from “Submitted” to “Draft”.",
      ]);
    });
  });

  describe("reopening an approved value", () => {
    it("needs a reason, given as the command's comment", () => {
      const approved = reach("approved");
      for (const to of ["submitted", "draft"] as const) {
        for (const comment of [undefined, " "]) {
          const r = applyCommand(approved, move(to, comment), meta(PRESIDENT, 20, "Revue"), { locale: "en" });
          expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.message])).toEqual([
            [
              "command.reopen_reason_required",
              ["command", "comment"],
              "Reopening the approved value “v” needs a reason.",
            ],
          ]);
        }
      }
    });

    it("to submitted: the submission stands and awaits a new review; to draft: both are cleared", () => {
      const approved = reach("approved");
      const reason = "Double comptage des sessions de Sidi Bennour";
      const toSubmitted = theValue(step(approved, move("submitted", reason), meta(PRESIDENT, 20)).plan);
      expect(toSubmitted).toEqual({
        id: "v",
        periodId: "2025",
        value: 38,
        state: "submitted",
        submittedBy: COORDINATOR,
        submittedAt: "2026-01-11T09:00:00+01:00",
        reviewNotes: [{ kind: "reopened", by: PRESIDENT, at: "2026-01-20T09:00:00+01:00", text: reason }],
      });
      const toDraft = theValue(step(approved, move("draft", reason), meta(PRESIDENT, 20)).plan);
      expect(toDraft).toEqual({
        id: "v",
        periodId: "2025",
        value: 38,
        state: "draft",
        reviewNotes: [{ kind: "reopened", by: PRESIDENT, at: "2026-01-20T09:00:00+01:00", text: reason }],
      });
      // The reopened value counts no more.
      expect(toSubmitted?.state).not.toBe("approved");
    });
  });

  describe("evidence documents", () => {
    const base = { id: "v", periodId: "2025", state: "draft" };
    const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    const parse = (evidence: unknown) => ActualValueSchema.safeParse({ ...base, evidence });

    it("reads the single text of earlier releases as one document with that title, and a blank text as none", () => {
      expect(parse("PV de l'assemblée générale n° 3").data?.evidence).toEqual([
        { title: "PV de l'assemblée générale n° 3" },
      ]);
      expect(parse("  ").data?.evidence).toEqual([]);
      expect(parse("e".repeat(2001)).success).toBe(false);
      // A plan of an earlier release is read as it was written.
      const old = validatePlan({
        format: "madani.plan/1",
        id: "p",
        organizationId: "rad",
        title: { fr: "Plan" },
        period: { startOn: "2025-01-01", endOn: "2029-12-31" },
        template: { kind: "default" },
        elements: [{ id: "ax", tier: "axis", code: "A1", title: { fr: "Axe" } }],
        indicators: [{ ...plan.indicators[0], elementId: "ax", values: [{ ...base, value: 1, evidence: "PV n° 3" }] }],
        activities: [],
      });
      expect(old.ok && old.value.indicators[0]?.values[0]?.evidence).toEqual([{ title: "PV n° 3" }]);
    });

    it("takes documents with a title in text or in several languages, a link, a hash and a date", () => {
      const docs = [
        { title: "Listes de présence", url: "https://reseau-doukkala.ma/docs/presence-2025.pdf", date: "2025-12-20" },
        { title: { ar: "محضر الجمع العام", fr: "PV de l'assemblée générale" }, sha256: hash },
      ];
      expect(parse(docs).data?.evidence).toEqual(docs);
    });

    it("refuses a bad hash, a link that is not http(s), a document without a title, and unknown fields", () => {
      for (const sha256 of [hash.toUpperCase(), hash.slice(1), `${hash}0`, "z".repeat(64)])
        expect(parse([{ title: "PV", sha256 }]).error?.issues.map((i) => [i.code, i.path])).toEqual([
          ["invalid_format", ["evidence", 0, "sha256"]],
        ]);
      for (const url of ["javascript:alert(1)", "ftp://reseau.ma/pv.pdf", "pv.pdf"])
        expect(parse([{ title: "PV", url }]).success).toBe(false);
      expect(parse([{ url: "https://reseau.ma/pv.pdf" }]).success).toBe(false);
      expect(parse([{ title: "PV", sha256: hash, size: 3 }]).success).toBe(false);
    });

    it("a new document needs a link or a hash: add-value refuses one with neither, the old text form included", () => {
      const evidence = (e: unknown) =>
        applyCommand(plan, add("draft", { evidence: e }), meta(COORDINATOR), { locale: "fr" });
      expect(codes(evidence([{ title: "PV", url: "https://reseau.ma/pv.pdf" }]))).toEqual([]);
      expect(codes(evidence([{ title: "PV", sha256: hash }]))).toEqual([]);
      expect(codes(evidence([]))).toEqual([]);
      const neither = evidence([
        { title: "PV", sha256: hash },
        { title: { fr: "Photos de la formation" }, date: "2025-06-01" },
      ]);
      expect(neither.ok ? [] : neither.issues.map((i) => [i.code, i.path, i.message])).toEqual([
        [
          "command.evidence_unverifiable",
          ["command", "value", "evidence", 1],
          "La pièce justificative « Photos de la formation » doit avoir un lien ou l'empreinte SHA-256 de son contenu.",
        ],
      ]);
      expect(codes(evidence("PV n° 3"))).toEqual(["command.evidence_unverifiable"]);
    });
  });

  it("undo of each step of the workflow gives back the plan before it", () => {
    const steps: [unknown, ReturnType<typeof meta>][] = [
      [add("draft", { evidence: [{ title: "PV", url: "https://reseau.ma/pv.pdf" }] }), meta(COORDINATOR, 10)],
      [move("submitted"), meta(COORDINATOR, 11)],
      [move("returned", "Joindre les listes"), meta(OFFICER, 12)],
      [move("submitted", "Listes jointes"), meta(COORDINATOR, 13)],
      [move("approved"), meta(PRESIDENT, 14)],
      [move("draft", "Erreur de saisie"), meta(OFFICER, 15)],
    ];
    let p = plan;
    for (const [command, m] of steps) {
      const s = step(p, command, m);
      expect(undo(s.plan, s.revision)).toEqual(p);
      expect(Object.isFrozen(theValue(s.plan))).toBe(true);
      p = s.plan;
    }
  });

  it("law: any sequence of commands keeps every value's history consistent, accepting exactly what the workflow allows", () => {
    const AUTHORS = [COORDINATOR, ` ${COORDINATOR.toLowerCase()}`, OFFICER, PRESIDENT];
    const person = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
    const ids = ["v1", "v2", "v3"];
    const command = fc.oneof(
      {
        weight: 2,
        arbitrary: fc.record({
          type: fc.constant("add-value"),
          indicatorId: fc.constant("i-trained"),
          value: fc.record({
            id: fc.constantFrom(...ids),
            periodId: fc.constantFrom("2025", "2026"),
            value: fc.integer({ min: 0, max: 60 }),
            state: fc.constantFrom("draft", "submitted", ...STATES),
          }),
        }),
      },
      {
        weight: 8,
        arbitrary: fc.record(
          {
            type: fc.constant("set-value-state"),
            indicatorId: fc.constant("i-trained"),
            valueId: fc.constantFrom(...ids),
            state: fc.constantFrom(...STATES),
            comment: fc.constantFrom("", "  ", "Joindre les listes de présence", "Erreur de saisie", "Vu"),
          },
          { requiredKeys: ["type", "indicatorId", "valueId", "state"] },
        ),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          type: fc.constant("lock-period"),
          indicatorId: fc.constant("i-trained"),
          // 2025 stays open, so that values keep moving after a lock.
          periodId: fc.constant("2026"),
        }),
      },
    );
    type Model = { state: ValueStateValue; periodId: string; submitter?: string | undefined };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(command, fc.constantFrom(...AUTHORS)), { minLength: 1, maxLength: 40, size: "max" }),
        (script) => {
          // Two values to start with: v1 a draft, v2 submitted by the coordinator.
          let current = step(
            step(
              plan,
              { ...add("draft"), value: { id: "v1", periodId: "2025", value: 1, state: "draft" } },
              meta(OFFICER, 1),
            ).plan,
            { ...add("submitted"), value: { id: "v2", periodId: "2025", value: 2, state: "submitted" } },
            meta(COORDINATOR, 1),
          ).plan;
          const model = new Map<string, Model>([
            ["v1", { state: "draft", periodId: "2025" }],
            ["v2", { state: "submitted", periodId: "2025", submitter: COORDINATOR }],
          ]);
          const locked = new Set<string>();
          script.forEach(([c, author], k) => {
            const at = `2026-02-${String(1 + (k % 28)).padStart(2, "0")}T${String(8 + Math.floor(k / 28)).padStart(2, "0")}:00:00+01:00`;
            const r = applyCommand(current, c, { author, at });
            // What the workflow allows, by this test's own reading of it.
            let expected: boolean;
            if (c.type === "lock-period") expected = !locked.has(c.periodId);
            else if (c.type === "add-value") {
              expected =
                !model.has(c.value.id) &&
                !locked.has(c.value.periodId) &&
                (c.value.state === "draft" || c.value.state === "submitted");
            } else {
              const m = model.get(c.valueId);
              const comment = (c.comment ?? "").trim() !== "";
              expected =
                m !== undefined &&
                !locked.has(m.periodId) &&
                ALLOWED.has(`${m.state}→${c.state}`) &&
                !(
                  (c.state === "approved" || c.state === "returned") &&
                  m.submitter !== undefined &&
                  person(m.submitter) === person(author)
                ) &&
                (c.state !== "returned" || comment) &&
                (m.state !== "approved" || comment);
            }
            expect(r.ok, JSON.stringify([c, author, r.ok ? null : r.issues[0]?.code])).toBe(expected);
            if (!r.ok) return;
            current = r.value.plan;
            if (c.type === "lock-period") locked.add(c.periodId);
            else if (c.type === "add-value")
              model.set(c.value.id, {
                state: c.value.state,
                periodId: c.value.periodId,
                submitter: c.value.state === "submitted" ? author.trim() : undefined,
              });
            else {
              const m = model.get(c.valueId) as Model;
              if (c.state === "submitted" && m.state !== "approved") m.submitter = author.trim();
              if (c.state === "draft") m.submitter = undefined;
              m.state = c.state;
            }
            // Every value's history is consistent with its state.
            for (const v of current.indicators[0]?.values ?? []) {
              const m = model.get(v.id);
              expect(v.state).toBe(m?.state);
              expect(v.submittedBy).toBe(m?.submitter);
              expect(v.submittedAt === undefined).toBe(v.submittedBy === undefined);
              expect(v.reviewedAt === undefined).toBe(v.reviewedBy === undefined);
              const reviewed = v.state === "approved" || v.state === "returned";
              expect(v.reviewedBy !== undefined).toBe(reviewed);
              if (v.state !== "draft") expect(v.submittedBy).toBeDefined();
              if (reviewed && v.submittedBy !== undefined && v.reviewedBy !== undefined)
                expect(person(v.reviewedBy)).not.toBe(person(v.submittedBy));
              if (v.state === "returned") {
                const note = v.reviewNotes?.at(-1);
                expect(note).toMatchObject({ kind: "returned", by: v.reviewedBy, at: v.reviewedAt });
                expect(note?.text.trim()).not.toBe("");
              }
              for (const note of v.reviewNotes ?? []) expect(note.text).toBe(note.text.trim());
              expect(ActualValueSchema.safeParse(v).success).toBe(true);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the Doukkala network (El Jadida): submitted, returned with a comment, resubmitted, approved by another person", () => {
  const doukkala: Plan = deepFreeze({
    format: "madani.plan/1",
    id: "plan-doukkala-2025-2029",
    organizationId: "reseau-doukkala",
    title: {
      ar: "المخطط الاستراتيجي لشبكة الجمعيات الدكالية",
      fr: "Plan stratégique du Réseau des associations des Doukkala",
    },
    period: { startOn: "2025-01-01", endOn: "2029-12-31" },
    template: { kind: "default" },
    elements: [
      { id: "ax1", tier: "axis", code: "A1", title: { fr: "Renforcement des capacités" } },
      {
        id: "os1",
        parentId: "ax1",
        tier: "objective",
        code: "OS1.1",
        title: { fr: "Améliorer la gestion de projets" },
      },
    ],
    indicators: [
      {
        id: "ind-formees",
        elementId: "os1",
        code: "IND-1",
        name: { ar: "عدد الجمعيات المستفيدة من التكوين", fr: "Associations formées à la gestion de projets" },
        measure: "number",
        direction: "increase",
        periods: [{ id: "2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 40 }],
        values: [],
      },
    ],
    activities: [],
  });
  const at = (d: string) => `${d}T10:00:00+01:00`;
  const by = (author: string, d: string) => ({ author, at: at(d) });
  const go = (p: Plan, command: unknown, m: unknown) => {
    const r = applyCommand(p, command, m);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const state = (s: ValueStateValue, comment?: string) => ({
    type: "set-value-state",
    indicatorId: "ind-formees",
    valueId: "v-2025",
    state: s,
    ...(comment === undefined ? {} : { comment }),
  });
  const texts = (s: { revision: Revision }, before: Plan) =>
    (["fr", "en", "ar"] as const).map((language) =>
      describeRevision(s.revision, before, { language }).map((c) => c.text),
    );

  it("records each step on the value, refuses the coordinator's own approval, and counts the value once approved", () => {
    const entered = go(
      doukkala,
      {
        type: "add-value",
        indicatorId: "ind-formees",
        value: {
          id: "v-2025",
          periodId: "2025",
          value: 38,
          state: "draft",
          evidence: [
            {
              title: { ar: "لوائح الحضور لدورات الجديدة", fr: "Listes de présence des sessions d'El Jadida" },
              url: "https://reseau-doukkala.ma/docs/presence-2025.pdf",
              sha256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
              date: "2025-12-20",
            },
          ],
        },
      },
      by(COORDINATOR, "2026-01-12"),
    );
    const submitted = go(entered.plan, state("submitted"), by(COORDINATOR, "2026-01-15"));
    expect(texts(submitted, entered.plan)).toEqual([
      [
        `Indicateur IND-1, période 2025, valeur v-2025 : état Brouillon → Soumise (par ${COORDINATOR}, le 2026-01-15 10:00 +01:00)`,
      ],
      [
        `Indicator IND-1, period 2025, value v-2025: state Draft → Submitted (by ${COORDINATOR}, 2026-01-15 10:00 +01:00)`,
      ],
      [
        `المؤشر IND-1، الفترة 2025، القيمة v-2025: الحالة مسودة → مقدمة (من طرف ${COORDINATOR}، في 2026-01-15 10:00 +01:00)`,
      ],
    ]);

    const comment = "Les listes de Sidi Bennour manquent : joindre les feuilles signées.";
    const returned = go(submitted.plan, state("returned", comment), by(OFFICER, "2026-01-20"));
    expect(texts(returned, submitted.plan)).toEqual([
      [
        `Indicateur IND-1, période 2025, valeur v-2025 : état Soumise → Renvoyée (par ${OFFICER}, le 2026-01-20 10:00 +01:00) : « ${comment} »`,
      ],
      [
        `Indicator IND-1, period 2025, value v-2025: state Submitted → Returned (by ${OFFICER}, 2026-01-20 10:00 +01:00): “${comment}”`,
      ],
      [
        `المؤشر IND-1، الفترة 2025، القيمة v-2025: الحالة مقدمة → مرجعة للمراجعة (من طرف ${OFFICER}، في 2026-01-20 10:00 +01:00): «${comment}»`,
      ],
    ]);
    expect(describeRevision(returned.revision, submitted.plan)[0]).toMatchObject({
      path: "indicators/IND-1/values/v-2025/state",
      kind: "changed",
      before: "submitted",
      after: "returned",
      by: OFFICER,
      at: "2026-01-20T10:00:00+01:00",
      comment,
    });

    const resubmitted = go(
      returned.plan,
      state("submitted", "Feuilles de Sidi Bennour jointes."),
      by(COORDINATOR, "2026-01-27"),
    );
    expect(texts(resubmitted, returned.plan)[1]).toEqual([
      `Indicator IND-1, period 2025, value v-2025: state Returned → Submitted (by ${COORDINATOR}, 2026-01-27 10:00 +01:00): “Feuilles de Sidi Bennour jointes.”`,
    ]);
    // Not approved yet: the value does not count.
    expect(computeProgress(resubmitted.plan, "2025-12-31").indicators[0]?.actual).toBeUndefined();

    // Four eyes: the coordinator who submitted cannot approve.
    const own = applyCommand(resubmitted.plan, state("approved"), by(COORDINATOR, "2026-02-05"), { locale: "ar" });
    expect(own.ok ? [] : own.issues.map((i) => i.code)).toEqual(["command.same_reviewer"]);

    const approved = go(resubmitted.plan, state("approved"), by(PRESIDENT, "2026-02-05"));
    expect(texts(approved, resubmitted.plan)[0]).toEqual([
      `Indicateur IND-1, période 2025, valeur v-2025 : état Soumise → Approuvée (par ${PRESIDENT}, le 2026-02-05 10:00 +01:00)`,
    ]);
    const value = approved.plan.indicators[0]?.values[0];
    expect(value).toMatchObject({
      state: "approved",
      submittedBy: COORDINATOR,
      submittedAt: "2026-01-27T10:00:00+01:00",
      reviewedBy: PRESIDENT,
      reviewedAt: "2026-02-05T10:00:00+01:00",
      reviewNotes: [
        { kind: "returned", by: OFFICER, at: "2026-01-20T10:00:00+01:00", text: comment },
        {
          kind: "submitted",
          by: COORDINATOR,
          at: "2026-01-27T10:00:00+01:00",
          text: "Feuilles de Sidi Bennour jointes.",
        },
      ],
    });
    expect(computeProgress(approved.plan, "2025-12-31").indicators[0]?.actual?.value).toBe(38);
    // Between the draft and the approved plan: one change, the approval, without the comment of another step.
    expect(diffPlans(entered.plan, approved.plan, { language: "fr" })).toEqual([
      {
        path: "indicators/IND-1/values/v-2025/state",
        kind: "changed",
        before: "draft",
        after: "approved",
        by: PRESIDENT,
        at: "2026-02-05T10:00:00+01:00",
        text: `Indicateur IND-1, période 2025, valeur v-2025 : état Brouillon → Approuvée (par ${PRESIDENT}, le 2026-02-05 10:00 +01:00)`,
      },
    ]);
    // The plan after the whole workflow is still a valid plan.
    expect(validatePlan(approved.plan).ok).toBe(true);

    // Reopened by the officer, with its reason: said in the history too.
    const reopened = go(approved.plan, state("submitted", "Double comptage d'une session"), by(OFFICER, "2026-03-02"));
    expect(texts(reopened, approved.plan)[0]).toEqual([
      `Indicateur IND-1, période 2025, valeur v-2025 : état Approuvée → Soumise (rouverte par ${OFFICER}, le 2026-03-02 10:00 +01:00) : « Double comptage d'une session »`,
    ]);
  });
});
