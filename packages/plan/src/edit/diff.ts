import { type Enumeration, labelOf, type Money } from "@madani/model";
import { createFormatter } from "@madani/report";
import { type ActualValue, type EvidenceDocument, ValueState } from "../indicator/indicator.js";
import { ActivityStatus, ContributionHandling, type Plan } from "../plan/plan.js";
import { textOf } from "../reports/labels.js";
import { type Revision, redo } from "./applyCommand.js";

/** One readable change between two plans. */
export interface PlanChange {
  /** Where, by codes and ids: e.g. `indicators/OS1.1/periods/2025/target`. */
  readonly path: string;
  readonly kind: "added" | "removed" | "changed";
  /** The raw value before (an enumeration value, a completion in [0, 1], a `Money`…); absent when added. */
  readonly before?: unknown;
  /** The raw value after; absent when removed. */
  readonly after?: unknown;
  /**
   * The change in words, in the requested language: enumeration values by their labels,
   * completion in percent, money with its currency, periods by their dates.
   */
  readonly text: string;
  /** For a value's state change: who made it (the submitter, the reviewer, or who reopened the value). */
  readonly by?: string;
  /** For a value's state change: when (ISO 8601 with an offset). */
  readonly at?: string;
  /** For a value's state change: the comment made with it (a return's comment, a reopening's reason…). */
  readonly comment?: string;
}

/** Options of {@link diffPlans} and {@link describeRevision}. */
export interface DiffOptions {
  /** Language of `text`; default `"en"`. */
  readonly language?: "ar" | "fr" | "en";
}

type Lang = NonNullable<DiffOptions["language"]>;

const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    indicator: "Indicator",
    element: "Element",
    activity: "Activity",
    contribution: "Contribution",
    period: "period",
    value: "value",
    budget: "budget line",
    milestone: "milestone",
    added: "added",
    removed: "removed",
    locked: "locked",
    unlocked: "unlocked",
    sep: ", ",
    colon: ": ",
    open: "“",
    close: "”",
    by: "by",
    reopenedBy: "reopened by",
    on: "",
  },
  fr: {
    indicator: "Indicateur",
    element: "Élément",
    activity: "Activité",
    contribution: "Contribution",
    period: "période",
    value: "valeur",
    budget: "ligne budgétaire",
    milestone: "jalon",
    added: "ajoutée",
    removed: "supprimée",
    locked: "verrouillée",
    unlocked: "déverrouillée",
    sep: ", ",
    colon: " : ",
    open: "« ",
    close: " »",
    by: "par",
    reopenedBy: "rouverte par",
    on: "le ",
  },
  ar: {
    indicator: "المؤشر",
    element: "العنصر",
    activity: "النشاط",
    contribution: "المقترح",
    period: "الفترة",
    value: "القيمة",
    budget: "سطر الميزانية",
    milestone: "المرحلة",
    added: "أضيفت",
    removed: "حذفت",
    locked: "مقفلة",
    unlocked: "غير مقفلة",
    sep: "، ",
    colon: ": ",
    open: "«",
    close: "»",
    by: "من طرف",
    reopenedBy: "أعيد فتحها من طرف",
    on: "في ",
  },
};

const FIELDS: Record<Lang, Record<string, string>> = {
  en: {
    target: "target",
    lopTarget: "life-of-project target",
    locked: "locked",
    state: "state",
    weight: "weight",
    status: "status",
    completion: "completion",
    startOn: "start",
    endOn: "end",
    code: "code",
    title: "title",
    description: "description",
    assumptions: "assumptions",
    meansOfVerification: "means of verification",
    sdg: "SDG",
    handling: "handling",
    reason: "reason",
    elementId: "element",
    value: "value",
    planned: "planned",
    committed: "committed",
    spent: "spent",
    dueOn: "due",
    doneOn: "done on",
    submittedBy: "submitted by",
    submittedAt: "submitted on",
    reviewedBy: "reviewed by",
    reviewedAt: "reviewed on",
    reviewNotes: "review notes",
    evidence: "evidence",
  },
  fr: {
    target: "cible",
    lopTarget: "cible de fin de projet",
    locked: "verrouillée",
    state: "état",
    weight: "poids",
    status: "statut",
    completion: "avancement",
    startOn: "début",
    endOn: "fin",
    code: "code",
    title: "intitulé",
    description: "description",
    assumptions: "hypothèses",
    meansOfVerification: "sources de vérification",
    sdg: "ODD",
    handling: "traitement",
    reason: "motif",
    elementId: "élément",
    value: "valeur",
    planned: "prévu",
    committed: "engagé",
    spent: "dépensé",
    dueOn: "échéance",
    doneOn: "réalisé le",
    submittedBy: "soumise par",
    submittedAt: "soumise le",
    reviewedBy: "revue par",
    reviewedAt: "revue le",
    reviewNotes: "notes de revue",
    evidence: "pièces justificatives",
  },
  ar: {
    target: "الهدف",
    lopTarget: "الهدف في نهاية المشروع",
    locked: "مقفلة",
    state: "الحالة",
    weight: "الوزن",
    status: "الوضعية",
    completion: "نسبة الإنجاز",
    startOn: "البداية",
    endOn: "النهاية",
    code: "الرمز",
    title: "العنوان",
    description: "الوصف",
    assumptions: "الفرضيات",
    meansOfVerification: "وسائل التحقق",
    sdg: "أهداف التنمية المستدامة",
    handling: "المعالجة",
    reason: "التعليل",
    elementId: "العنصر",
    value: "القيمة",
    planned: "المبرمج",
    committed: "الملتزم به",
    spent: "المصروف",
    dueOn: "الأجل",
    doneOn: "تاريخ الإنجاز",
    submittedBy: "قدمها",
    submittedAt: "تاريخ التقديم",
    reviewedBy: "راجعها",
    reviewedAt: "تاريخ المراجعة",
    reviewNotes: "ملاحظات المراجعة",
    evidence: "وثائق الإثبات",
  },
};

const show = (v: unknown): string => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/** A period shown by its dates: `2025` for a calendar year, else `startOn – endOn`. */
function periodText(period: { readonly startOn: string; readonly endOn: string } | undefined, id: string): string {
  if (period === undefined) return id;
  const year = period.startOn.slice(0, 4);
  if (period.startOn === `${year}-01-01` && period.endOn === `${year}-12-31`) return year;
  return `${period.startOn} – ${period.endOn}`;
}

const isMoney = (v: unknown): v is Money =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Money).amount === "number" &&
  typeof (v as Money).currency === "string";

/** Same value for a change: identical, or equal amounts of money. */
const same = (b: unknown, a: unknown): boolean =>
  Object.is(b, a) || (isMoney(b) && isMoney(a) && b.amount === a.amount && b.currency === a.currency);

/**
 * A time of the workflow for reading: `2026-02-03 10:00 +01:00` (`UTC` for `Z`), seconds left out; anything
 * else as it is.
 */
function instantText(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(at);
  if (m === null) return at;
  return `${m[1]} ${m[2]} ${m[3] === "Z" ? "UTC" : m[3]}`;
}

type Note = NonNullable<ActualValue["reviewNotes"]>[number];

/** The review note a change of value added: the last note of `after`, unless `before` ends with the same. */
function newNote(before: ActualValue, after: ActualValue): Note | undefined {
  const n = after.reviewNotes?.at(-1);
  const o = before.reviewNotes?.at(-1);
  if (n === undefined) return undefined;
  if (o !== undefined && o.kind === n.kind && o.by === n.by && o.at === n.at && o.text === n.text) return undefined;
  return n;
}

/** The key of a budget line: its year and its funder. */
const lineKey = (l: { readonly year: number; readonly funderId?: string | undefined }): string =>
  `${l.year}/${l.funderId ?? ""}`;

/**
 * The readable changes from one plan to another: targets, locks, values and their
 * states of indicators, weights of elements and indicators, status, completion, dates,
 * budget lines and milestones of activities, contributions and how they were handled;
 * indicators, elements and activities added or removed.
 *
 * @param before - the earlier plan.
 * @param after - the later plan.
 * @param options - `language` of the texts (`ar`, `fr` or `en`, default `en`).
 * @returns the changes, indicators first, then elements, then activities, then contributions,
 * named by their codes.
 * @remarks A structural comparison by ids; branches shared by both plans (same object)
 * are skipped, so comparing a plan with its edit is cheap. A value's state change is one change that says who
 * made it and when, and the comment made with it: "state Submitted → Returned (by Nadia, 2026-02-03 10:00
 * +01:00): “…”", with `by`, `at` and `comment` on the change. The texts show enumeration
 * values by their labels (activity status, value state, contribution handling), completion
 * in percent, money with `@madani/report`'s formatter, periods by their dates (`2025` for a
 * calendar year, else `startOn – endOn`), elements by their codes and funders by their names
 * when the plan lists its `funders`; `before` and `after` keep the raw values.
 * @example
 * ```ts
 * diffPlans(before, after)[0]?.text; // "Indicator OS1.1, period 2025: target 10 → 12"
 * diffPlans(before, after, { language: "fr" })[1]?.text; // "Activité ACT1 : statut Planifiée → En cours"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanChange[] {
  const lang = options.language ?? "en";
  const w = WORDS[lang];
  const f = FIELDS[lang];
  const format = createFormatter({ language: lang });
  const out: PlanChange[] = [];
  type Shown = (v: unknown) => string;
  const field = (path: string, label: string, name: string, b: unknown, a: unknown, shown: Shown = show): void => {
    if (same(b, a)) return;
    const kind = b === undefined ? "added" : a === undefined ? "removed" : "changed";
    const text = (v: unknown) => (v === undefined ? "—" : shown(v));
    out.push({
      path,
      kind,
      ...(b === undefined ? {} : { before: b }),
      ...(a === undefined ? {} : { after: a }),
      text: `${label}${w.colon}${f[name] ?? name} ${text(b)} → ${text(a)}`,
    });
  };
  /** An enumeration value by its label in the language (an unknown value as it is). */
  const enumLabel =
    <V extends string>(e: Enumeration<V>): Shown =>
    (v) =>
      typeof v === "string" && (e.values as readonly string[]).includes(v) ? labelOf(e, v as V, lang) : show(v);
  const percent: Shown = (v) => (typeof v === "number" ? format.percent(v * 100, 1) : show(v));
  const money: Shown = (v) => (isMoney(v) ? format.money(v) : show(v));
  const quoted = (t: string): string => `${w.open}${t}${w.close}`;
  const evidenceShown: Shown = (v) =>
    Array.isArray(v)
      ? v.length === 0
        ? "—"
        : (v as EvidenceDocument[])
            .map((d) => quoted(typeof d.title === "string" ? d.title : textOf(d.title, lang)))
            .join(w.sep)
      : show(v);
  const notesShown: Shown = (v) =>
    Array.isArray(v) ? (v as Note[]).map((n) => quoted(n.text)).join(w.sep) || "—" : show(v);
  /** Who and when, for a text: `by Nadia`, `2026-02-03 10:00 +01:00`. */
  const whoWhenParts = (by: string | undefined, at: string | undefined, reopened: boolean): string[] => [
    ...(by === undefined ? [] : [`${reopened ? w.reopenedBy : w.by} ${by}`]),
    ...(at === undefined ? [] : [`${w.on}${instantText(at)}`]),
  ];
  /** Who and when, for a text: ` (by Nadia, 2026-02-03 10:00 +01:00)`, or nothing. */
  const whoWhen = (by: string | undefined, at: string | undefined, reopened: boolean): string => {
    const parts = whoWhenParts(by, at, reopened);
    return parts.length === 0 ? "" : ` (${parts.join(w.sep)})`;
  };
  /**
   * A value's state change with who made it and when (the submitter for a submission, the reviewer for an
   * approval or a return, the author of the note for a reopening) and the comment made with it.
   */
  const stateChange = (path: string, label: string, q: ActualValue, v: ActualValue): void => {
    const state = enumLabel(ValueState);
    const reopened = q.state === "approved";
    // The note of this step, if it made one: between distant plans, a note of another step is not this one's.
    const kind = reopened || v.state === "draft" ? "reopened" : v.state;
    const made = newNote(q, v);
    const note = made?.kind === kind ? made : undefined;
    const [by, at] = reopened
      ? [note?.by, note?.at]
      : v.state === "submitted"
        ? [v.submittedBy, v.submittedAt]
        : v.state === "approved" || v.state === "returned"
          ? [v.reviewedBy, v.reviewedAt]
          : [undefined, undefined];
    const comment = note?.text;
    out.push({
      path,
      kind: "changed",
      before: q.state,
      after: v.state,
      text: `${label}${w.colon}${f.state} ${state(q.state)} → ${state(v.state)}${whoWhen(by, at, reopened)}${
        comment === undefined ? "" : `${w.colon}${quoted(comment)}`
      }`,
      ...(by === undefined ? {} : { by }),
      ...(at === undefined ? {} : { at }),
      ...(comment === undefined ? {} : { comment }),
    });
  };
  const elementCodes = new Map([...before.elements, ...after.elements].map((e) => [e.id, e.code]));
  const elementCode: Shown = (v) => (typeof v === "string" ? (elementCodes.get(v) ?? v) : show(v));
  const funderNames = new Map(
    [...(before.funders ?? []), ...(after.funders ?? [])].map((x) => [x.id, textOf(x.name, lang)]),
  );
  const whole = (path: string, label: string, kind: "added" | "removed", value: unknown): void => {
    out.push({
      path,
      kind,
      ...(kind === "removed" ? { before: value } : { after: value }),
      text: `${label}${w.colon}${w[kind]}`,
    });
  };

  if (before.indicators !== after.indicators) {
    const old = byId(before.indicators);
    for (const ind of after.indicators) {
      const prev = old.get(ind.id);
      const label = `${w.indicator} ${ind.code}`;
      const root = `indicators/${ind.code}`;
      if (prev === undefined) {
        whole(root, label, "added", ind);
        continue;
      }
      if (prev === ind) continue;
      field(`${root}/weight`, label, "weight", prev.weight, ind.weight);
      field(`${root}/lopTarget`, label, "lopTarget", prev.lopTarget, ind.lopTarget);
      if (prev.periods !== ind.periods) {
        const oldPeriods = byId(prev.periods);
        for (const p of ind.periods) {
          const q = oldPeriods.get(p.id);
          const pl = `${label}${w.sep}${w.period} ${periodText(p, p.id)}`;
          if (q === undefined) {
            whole(`${root}/periods/${p.id}`, pl, "added", p);
            continue;
          }
          field(`${root}/periods/${p.id}/target`, pl, "target", q.target, p.target);
          if (q.locked !== p.locked) {
            out.push({
              path: `${root}/periods/${p.id}/locked`,
              kind: q.locked === undefined ? "added" : p.locked === undefined ? "removed" : "changed",
              ...(q.locked === undefined ? {} : { before: q.locked }),
              ...(p.locked === undefined ? {} : { after: p.locked }),
              text: `${pl}${w.colon}${p.locked === true ? w.locked : w.unlocked}`,
            });
          }
        }
        const ids = new Set(ind.periods.map((p) => p.id));
        for (const q of prev.periods)
          if (!ids.has(q.id))
            whole(`${root}/periods/${q.id}`, `${label}${w.sep}${w.period} ${periodText(q, q.id)}`, "removed", q);
      }
      if (prev.values !== ind.values) {
        const periods = new Map([...prev.periods, ...ind.periods].map((p) => [p.id, p]));
        const valueLabel = (v: { readonly id: string; readonly periodId: string }): string =>
          `${label}${w.sep}${w.period} ${periodText(periods.get(v.periodId), v.periodId)}${w.sep}${w.value} ${v.id}`;
        const oldValues = byId(prev.values);
        for (const v of ind.values) {
          const q = oldValues.get(v.id);
          const vl = valueLabel(v);
          if (q === undefined) {
            const shown = v.numerator !== undefined ? `${v.numerator}/${v.denominator ?? "?"}` : show(v.value);
            out.push({
              path: `${root}/values/${v.id}`,
              kind: "added",
              after: v,
              text: `${vl}${w.colon}${w.added} (${[shown, labelOf(ValueState, v.state, lang), ...whoWhenParts(v.submittedBy, v.submittedAt, false)].join(w.sep)})`,
              ...(v.submittedBy === undefined ? {} : { by: v.submittedBy }),
              ...(v.submittedAt === undefined ? {} : { at: v.submittedAt }),
            });
            continue;
          }
          if (q === v) continue;
          const vp = `${root}/values/${v.id}`;
          if (q.state !== v.state) stateChange(`${vp}/state`, vl, q, v);
          else {
            // The workflow's fields changed without a change of state (not an edit of applyCommand's): field by field.
            for (const k of ["submittedBy", "submittedAt", "reviewedBy", "reviewedAt"] as const)
              field(`${vp}/${k}`, vl, k, q[k], v[k]);
            if (JSON.stringify(q.reviewNotes) !== JSON.stringify(v.reviewNotes))
              field(`${vp}/reviewNotes`, vl, "reviewNotes", q.reviewNotes, v.reviewNotes, notesShown);
          }
          field(`${vp}/value`, vl, "value", q.value, v.value);
          if (JSON.stringify(q.evidence) !== JSON.stringify(v.evidence))
            field(`${vp}/evidence`, vl, "evidence", q.evidence, v.evidence, evidenceShown);
        }
        const ids = new Set(ind.values.map((v) => v.id));
        for (const q of prev.values) if (!ids.has(q.id)) whole(`${root}/values/${q.id}`, valueLabel(q), "removed", q);
      }
    }
    const ids = new Set(after.indicators.map((i) => i.id));
    for (const ind of before.indicators)
      if (!ids.has(ind.id)) whole(`indicators/${ind.code}`, `${w.indicator} ${ind.code}`, "removed", ind);
  }

  if (before.elements !== after.elements) {
    const old = byId(before.elements);
    for (const e of after.elements) {
      const prev = old.get(e.id);
      const label = `${w.element} ${e.code}`;
      if (prev === undefined) whole(`elements/${e.code}`, label, "added", e);
      else if (prev !== e) {
        field(`elements/${e.code}/weight`, label, "weight", prev.weight, e.weight);
        field(`elements/${e.code}/code`, label, "code", prev.code, e.code);
        for (const k of ["title", "description"] as const)
          field(`elements/${e.code}/${k}`, label, k, shownText(prev[k], lang), shownText(e[k], lang));
        for (const k of ["assumptions", "meansOfVerification", "sdg"] as const)
          if (prev[k] !== e[k]) field(`elements/${e.code}/${k}`, label, k, prev[k], e[k]);
      }
    }
    const ids = new Set(after.elements.map((e) => e.id));
    for (const e of before.elements)
      if (!ids.has(e.id)) whole(`elements/${e.code}`, `${w.element} ${e.code}`, "removed", e);
  }

  if (before.activities !== after.activities) {
    const old = byId(before.activities);
    for (const a of after.activities) {
      const prev = old.get(a.id);
      const label = `${w.activity} ${a.code}`;
      const root = `activities/${a.code}`;
      if (prev === undefined) {
        whole(root, label, "added", a);
        continue;
      }
      if (prev === a) continue;
      field(`${root}/status`, label, "status", prev.status, a.status, enumLabel(ActivityStatus));
      field(`${root}/completion`, label, "completion", prev.completion, a.completion, percent);
      for (const k of ["startOn", "endOn", "weight"] as const) field(`${root}/${k}`, label, k, prev[k], a[k]);
      if (prev.budget !== a.budget) {
        const oldLines = new Map((prev.budget ?? []).map((l) => [lineKey(l), l]));
        const newLines = new Map((a.budget ?? []).map((l) => [lineKey(l), l]));
        for (const key of new Set([...oldLines.keys(), ...newLines.keys()])) {
          const q = oldLines.get(key);
          const l = newLines.get(key);
          const line = (l ?? q) as NonNullable<typeof l>;
          if (q === l) continue;
          const funder = line.funderId === undefined ? "" : ` (${funderNames.get(line.funderId) ?? line.funderId})`;
          const bl = `${label}${w.sep}${w.budget} ${line.year}${funder}`;
          const path = `${root}/budget/${line.year}${line.funderId === undefined ? "" : `/${line.funderId}`}`;
          for (const k of ["planned", "committed", "spent"] as const)
            field(`${path}/${k}`, bl, k, q?.[k], l?.[k], money);
        }
      }
      if (prev.milestones !== a.milestones) {
        const oldMilestones = byId(prev.milestones ?? []);
        for (const m of a.milestones ?? []) {
          const q = oldMilestones.get(m.id);
          const ml = `${label}${w.sep}${w.milestone} ${quoted(textOf(m.title, lang))}`;
          if (q === undefined) whole(`${root}/milestones/${m.id}`, ml, "added", m);
          else if (q !== m) {
            field(`${root}/milestones/${m.id}/dueOn`, ml, "dueOn", q.dueOn, m.dueOn);
            field(`${root}/milestones/${m.id}/doneOn`, ml, "doneOn", q.doneOn, m.doneOn);
          }
        }
        const ids = new Set((a.milestones ?? []).map((m) => m.id));
        for (const q of prev.milestones ?? [])
          if (!ids.has(q.id))
            whole(
              `${root}/milestones/${q.id}`,
              `${label}${w.sep}${w.milestone} ${quoted(textOf(q.title, lang))}`,
              "removed",
              q,
            );
      }
    }
    const ids = new Set(after.activities.map((a) => a.id));
    for (const a of before.activities)
      if (!ids.has(a.id)) whole(`activities/${a.code}`, `${w.activity} ${a.code}`, "removed", a);
  }
  const beforeContributions = before.contributions ?? [];
  const afterContributions = after.contributions ?? [];
  if (beforeContributions !== afterContributions) {
    const old = byId(beforeContributions);
    for (const c of afterContributions) {
      const prev = old.get(c.id);
      const label = `${w.contribution} ${c.id}`;
      if (prev === undefined) whole(`contributions/${c.id}`, label, "added", c);
      else if (prev !== c) {
        field(
          `contributions/${c.id}/handling`,
          label,
          "handling",
          prev.handling,
          c.handling,
          enumLabel(ContributionHandling),
        );
        field(`contributions/${c.id}/reason`, label, "reason", shownText(prev.reason, lang), shownText(c.reason, lang));
        field(`contributions/${c.id}/elementId`, label, "elementId", prev.elementId, c.elementId, elementCode);
      }
    }
    const ids = new Set(afterContributions.map((c) => c.id));
    for (const c of beforeContributions)
      if (!ids.has(c.id)) whole(`contributions/${c.id}`, `${w.contribution} ${c.id}`, "removed", c);
  }
  return out;
}

/** A multilingual text in the language, through the model's fallback chain; `undefined` when absent. */
function shownText(t: Parameters<typeof textOf>[0], lang: Lang): string | undefined {
  return t === undefined ? undefined : textOf(t, lang);
}

/**
 * The readable changes of one revision.
 *
 * @param revision - a revision returned by `applyCommand`.
 * @param plan - the plan the revision was applied to (the plan before it).
 * @param options - `language` of the texts (`ar`, `fr` or `en`, default `en`).
 * @returns the changes the revision makes, as {@link diffPlans} describes them.
 * @remarks The revision's patches are replayed on `plan` (see `redo`), then the two plans are compared.
 * @example
 * ```ts
 * const r = applyCommand(plan, { type: "set-target", indicatorId: "i1", periodId: "2025", target: 12 }, meta);
 * if (r.ok) describeRevision(r.value.revision, plan, { language: "fr" })[0]?.text;
 * // "Indicateur OS1.1, période 2025 : cible 10 → 12"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function describeRevision(revision: Revision, plan: Plan, options: DiffOptions = {}): PlanChange[] {
  return diffPlans(plan, redo(plan, revision), options);
}
