import type { Plan } from "../plan/plan.js";
import { textOf } from "../reports/labels.js";
import { type Revision, redo } from "./applyCommand.js";

/** One readable change between two plans. */
export interface PlanChange {
  /** Where, by codes: e.g. `indicators/OS1.1/periods/2025/target`. */
  readonly path: string;
  readonly kind: "added" | "removed" | "changed";
  readonly before?: unknown;
  readonly after?: unknown;
  /** The change in words, in the requested language. */
  readonly text: string;
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
    added: "added",
    removed: "removed",
    sep: ", ",
    colon: ": ",
  },
  fr: {
    indicator: "Indicateur",
    element: "Élément",
    activity: "Activité",
    contribution: "Contribution",
    period: "période",
    value: "valeur",
    added: "ajoutée",
    removed: "supprimée",
    sep: ", ",
    colon: " : ",
  },
  ar: {
    indicator: "المؤشر",
    element: "العنصر",
    activity: "النشاط",
    contribution: "المقترح",
    period: "الفترة",
    value: "القيمة",
    added: "أضيفت",
    removed: "حذفت",
    sep: "، ",
    colon: ": ",
  },
};

const FIELDS: Record<Lang, Record<string, string>> = {
  en: {
    target: "target",
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
  },
  fr: {
    target: "cible",
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
  },
  ar: {
    target: "الهدف",
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
  },
};

const show = (v: unknown): string => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((x) => [x.id, x]));
}

/**
 * The readable changes from one plan to another: targets, locks, values and their
 * states of indicators, weights of elements and indicators, status, completion and
 * dates of activities; indicators, elements and activities added or removed.
 *
 * @param before - the earlier plan.
 * @param after - the later plan.
 * @param options - `language` of the texts (`ar`, `fr` or `en`, default `en`).
 * @returns the changes, indicators first, then elements, then activities, named by their codes.
 * @remarks A structural comparison by ids; branches shared by both plans (same object)
 * are skipped, so comparing a plan with its edit is cheap.
 * @example
 * ```ts
 * diffPlans(before, after)[0]?.text; // "Indicator OS1.1, period 2025: target 10 → 12"
 * ```
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanChange[] {
  const lang = options.language ?? "en";
  const w = WORDS[lang];
  const f = FIELDS[lang];
  const out: PlanChange[] = [];
  const field = (path: string, label: string, name: string, b: unknown, a: unknown): void => {
    if (Object.is(b, a)) return;
    const kind = b === undefined ? "added" : a === undefined ? "removed" : "changed";
    out.push({
      path,
      kind,
      ...(b === undefined ? {} : { before: b }),
      ...(a === undefined ? {} : { after: a }),
      text: `${label}${w.colon}${f[name] ?? name} ${show(b)} → ${show(a)}`,
    });
  };
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
      if (prev.periods !== ind.periods) {
        const oldPeriods = byId(prev.periods);
        for (const p of ind.periods) {
          const q = oldPeriods.get(p.id);
          const pl = `${label}${w.sep}${w.period} ${p.id}`;
          if (q === undefined) {
            whole(`${root}/periods/${p.id}`, pl, "added", p);
            continue;
          }
          field(`${root}/periods/${p.id}/target`, pl, "target", q.target, p.target);
          field(`${root}/periods/${p.id}/locked`, pl, "locked", q.locked, p.locked);
        }
        const ids = new Set(ind.periods.map((p) => p.id));
        for (const q of prev.periods)
          if (!ids.has(q.id)) whole(`${root}/periods/${q.id}`, `${label}${w.sep}${w.period} ${q.id}`, "removed", q);
      }
      if (prev.values !== ind.values) {
        const oldValues = byId(prev.values);
        for (const v of ind.values) {
          const q = oldValues.get(v.id);
          const vl = `${label}${w.sep}${w.period} ${v.periodId}${w.sep}${w.value} ${v.id}`;
          if (q === undefined) {
            const shown = v.numerator !== undefined ? `${v.numerator}/${v.denominator ?? "?"}` : show(v.value);
            out.push({
              path: `${root}/values/${v.id}`,
              kind: "added",
              after: v,
              text: `${vl}${w.colon}${w.added} (${shown}, ${v.state})`,
            });
            continue;
          }
          if (q === v) continue;
          field(`${root}/values/${v.id}/state`, vl, "state", q.state, v.state);
          field(`${root}/values/${v.id}/value`, vl, "value", q.value, v.value);
        }
        const ids = new Set(ind.values.map((v) => v.id));
        for (const q of prev.values)
          if (!ids.has(q.id))
            whole(
              `${root}/values/${q.id}`,
              `${label}${w.sep}${w.period} ${q.periodId}${w.sep}${w.value} ${q.id}`,
              "removed",
              q,
            );
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
      for (const k of ["status", "completion", "startOn", "endOn", "weight"] as const)
        field(`${root}/${k}`, label, k, prev[k], a[k]);
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
        field(`contributions/${c.id}/handling`, label, "handling", prev.handling, c.handling);
        field(`contributions/${c.id}/reason`, label, "reason", shownText(prev.reason, lang), shownText(c.reason, lang));
        field(`contributions/${c.id}/elementId`, label, "elementId", prev.elementId, c.elementId);
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
 */
export function describeRevision(revision: Revision, plan: Plan, options: DiffOptions = {}): PlanChange[] {
  return diffPlans(plan, redo(plan, revision), options);
}
