/**
 * Benchmark of `computeProgress` (issue 4, "Acceptance: pnpm bench").
 *
 * A generated plan with 1,000 activities and 3,000 indicators of 12 monthly periods:
 * (a) full computation on a cold cache, (b) one edit with `applyCommand` then
 * recompute (memoized by identity), (c) a naive full recompute of the edited plan
 * without memoization, as the baseline. Medians of ≥ 15 runs after warm-up.
 *
 * Run with `pnpm bench` in packages/plan.
 */
import type { IsoDate } from "@madani/model";
import { applyCommand } from "../src/edit/applyCommand.js";
import type { ActualValue, IndicatorPeriod } from "../src/indicator/indicator.js";
import { indicatorProgress, type RollUp, rollUp } from "../src/indicator/progress.js";
import { deepFreeze } from "../src/plan/freeze.js";
import type { Activity, Element, Plan, PlanIndicator } from "../src/plan/plan.js";
import { computeProgress, type ProgressInput } from "../src/progress/computeProgress.js";

const RUNS = 21;
const WARMUP = 5;
const AS_OF: IsoDate = "2025-09-30";

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH_END = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Generate the plan: 5 axes > 20 objectives > 100 results; 3,000 indicators; 1,000 activities. */
function generatePlan(): Plan {
  const random = rng(42);
  const elements: Element[] = [];
  for (let a = 1; a <= 5; a++) {
    elements.push({ id: `ax${a}`, tier: "axis", code: `A${a}`, title: { fr: `Axe ${a}` }, weight: 1 + (a % 3) });
    for (let o = 1; o <= 4; o++) {
      const oid = `os${a}-${o}`;
      elements.push({ id: oid, parentId: `ax${a}`, tier: "objective", code: `OS${a}.${o}`, title: { fr: `OS ${o}` } });
      for (let r = 1; r <= 5; r++) {
        elements.push({
          id: `er${a}-${o}-${r}`,
          parentId: oid,
          tier: "result",
          code: `R${a}.${o}.${r}`,
          title: { fr: `Résultat ${r}` },
        });
      }
    }
  }
  const leaves = elements.filter((e) => e.tier === "result");
  const indicators: PlanIndicator[] = [];
  for (let i = 0; i < 3000; i++) {
    const element = leaves[i % leaves.length] as Element;
    const percentage = i % 4 === 0;
    const periods: IndicatorPeriod[] = [];
    const values: ActualValue[] = [];
    for (let m = 1; m <= 12; m++) {
      const pid = `p2025-${pad(m)}`;
      periods.push({
        id: pid,
        startOn: `2025-${pad(m)}-01`,
        endOn: `2025-${pad(m)}-${MONTH_END[m - 1]}`,
        target: percentage ? 60 + m : 10 * m,
      });
      // Two values per period (disaggregated by sex), some approved, some draft.
      for (const sex of ["f", "m"]) {
        const state = random() < 0.8 ? "approved" : "draft";
        const base = {
          id: `v${i}-${m}-${sex}`,
          periodId: pid,
          disaggregation: { sex },
          state,
        } as const;
        if (percentage) {
          const denominator = 20 + Math.floor(random() * 80);
          values.push({ ...base, numerator: Math.floor(random() * denominator), denominator });
        } else {
          values.push({ ...base, value: Math.floor(random() * 12 * m) });
        }
      }
    }
    indicators.push({
      id: `ind${i}`,
      elementId: element.id,
      code: `${element.code}.${i}`,
      name: { fr: `Indicateur ${i}` },
      measure: percentage ? "percentage" : "number",
      direction: "increase",
      baseline: { value: 0, date: "2024-12-31" },
      acrossPeriods: percentage ? "sum" : i % 3 === 0 ? "sum" : "last",
      periods,
      values,
      frequency: "monthly",
      ...(i % 7 === 0 ? { weight: 2 } : {}),
    });
  }
  const activities: Activity[] = [];
  for (let k = 0; k < 1000; k++) {
    const element = leaves[k % leaves.length] as Element;
    const start = 1 + (k % 12);
    const end = Math.min(12, start + (k % 4));
    activities.push({
      id: `act${k}`,
      elementId: element.id,
      code: `ACT${k}`,
      title: { fr: `Activité ${k}` },
      startOn: `2025-${pad(start)}-01`,
      endOn: `2025-${pad(end)}-${MONTH_END[end - 1]}`,
      status: k % 5 === 0 ? "done" : k % 5 === 1 ? "ongoing" : "planned",
      budget: [
        {
          year: 2025,
          ...(k % 2 === 0 ? { funderId: "eu" } : {}),
          planned: { amount: 100_000 + k, currency: "MAD" },
          spent: { amount: 50_000, currency: "MAD" },
        },
      ],
    });
  }
  return deepFreeze({
    format: "madani.plan/1",
    id: "bench",
    organizationId: "org",
    title: { fr: "Plan de référence" },
    period: { startOn: "2025-01-01", endOn: "2029-12-31" },
    template: { kind: "default" },
    elements,
    indicators,
    activities,
  });
}

/** Naive baseline: every indicator recomputed without memoization, then a full roll-up. */
function naiveProgress(plan: ProgressInput, asOf: IsoDate): { plan: RollUp; count: number } {
  const progress = plan.indicators.map((i) => indicatorProgress(i, asOf));
  const byParent = new Map<string, { weight?: number | undefined; achievement: number | undefined }[]>();
  plan.indicators.forEach((ind, i) => {
    const list = byParent.get(ind.elementId) ?? [];
    list.push({ weight: ind.weight, achievement: progress[i]?.clamped });
    byParent.set(ind.elementId, list);
  });
  const childrenOf = new Map<string, string[]>();
  for (const e of plan.elements)
    if (e.parentId !== undefined) childrenOf.set(e.parentId, [...(childrenOf.get(e.parentId) ?? []), e.id]);
  const byId = new Map(plan.elements.map((e) => [e.id, e]));
  const visit = (id: string): RollUp =>
    rollUp([
      ...(byParent.get(id) ?? []),
      ...(childrenOf.get(id) ?? []).map((c) => ({ weight: byId.get(c)?.weight, achievement: visit(c).score })),
    ]);
  const top = plan.elements.filter((e) => e.parentId === undefined);
  return {
    plan: rollUp(top.map((e) => ({ weight: e.weight, achievement: visit(e.id).score }))),
    count: progress.length,
  };
}

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
const median = (xs: number[]) => {
  if (process.env.BENCH_DEBUG) console.log(xs.map((x) => x.toFixed(2)).join(" "));
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const base = generatePlan();
let sink = 0;

// (a) full computeProgress on a cold cache: a fresh deep copy each run (copied and frozen outside the timing).
const full: number[] = [];
for (let r = 0; r < WARMUP + RUNS; r++) {
  const copy = deepFreeze(structuredClone(base));
  const t0 = process.hrtime.bigint();
  const p = computeProgress(copy, AS_OF);
  const t1 = process.hrtime.bigint();
  sink += p.indicators.length;
  if (r >= WARMUP) full.push(ms(t0, t1));
}

// (b) one edit then recompute, memoized by identity (the cache is warm for the current plan, as in an app).
// (c) naive full recompute, without memoization, of each edited plan. The two run in separate loops so
// that the garbage of one does not land in the timing of the other.
const edit: number[] = [];
const naive: number[] = [];
const edited: { plan: Plan; score: number | undefined; coverage: number }[] = [];
let current = base;
computeProgress(current, AS_OF);
for (let r = 0; r < WARMUP + RUNS; r++) {
  // One edit that changes the figures: a period's target (values are approved through the review workflow,
  // by two people, so a single command cannot add an approved value).
  const target = `ind${(r * 97) % 3000}`;
  const command = { type: "set-target", indicatorId: target, periodId: "p2025-03", target: 25 + (r % 7) };
  const t0 = process.hrtime.bigint();
  const result = applyCommand(current, command, { author: "bench", at: "2025-10-01T10:00:00+01:00" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const p = computeProgress(result.value.plan, AS_OF);
  const t1 = process.hrtime.bigint();
  current = result.value.plan;
  edited.push({ plan: current, ...p.plan });
  if (r >= WARMUP) edit.push(ms(t0, t1));
}
let mismatch = 0;
for (const [r, e] of edited.entries()) {
  const t0 = process.hrtime.bigint();
  const n = naiveProgress(e.plan, AS_OF);
  const t1 = process.hrtime.bigint();
  if (n.plan.score !== e.score || n.plan.coverage !== e.coverage) mismatch++;
  sink += n.count;
  if (r >= WARMUP) naive.push(ms(t0, t1));
}

const a = median(full);
const b = median(edit);
const c = median(naive);
const verdict = (x: number, limit: number) => (x < limit ? "PASS" : "MISS");
console.log(
  `plan: ${base.elements.length} elements (3 tiers), ${base.indicators.length} indicators × 12 monthly periods, ${base.activities.length} activities; medians of ${RUNS} runs after ${WARMUP} warm-up`,
);
console.log(`(a) full computeProgress, cold cache:      ${a.toFixed(2)} ms  target < 20 ms  ${verdict(a, 20)}`);
console.log(`(b) applyCommand + computeProgress:         ${b.toFixed(2)} ms  target < 2 ms   ${verdict(b, 2)}`);
console.log(`(c) naive full recompute (baseline):        ${c.toFixed(2)} ms`);
console.log(`(b)/(c): ${(b / c).toFixed(3)} (${(c / b).toFixed(1)}x faster)`);
if (mismatch > 0) console.log(`WARNING: ${mismatch} runs where memoized and naive plan roll-ups differ`);
if (sink < 0) console.log(sink);
