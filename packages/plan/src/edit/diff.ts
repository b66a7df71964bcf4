import { type Enumeration, labelOf, type Money } from "@madani/model";
import { createFormatter } from "@madani/report";
import { ValueState } from "../indicator/indicator.js";
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
 * are skipped, so comparing a plan with its edit is cheap. The texts show enumeration
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
              text: `${vl}${w.colon}${w.added} (${shown}, ${labelOf(ValueState, v.state, lang)})`,
            });
            continue;
          }
          if (q === v) continue;
          field(`${root}/values/${v.id}/state`, vl, "state", q.state, v.state, enumLabel(ValueState));
          field(`${root}/values/${v.id}/value`, vl, "value", q.value, v.value);
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
