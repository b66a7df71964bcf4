/** Quality figures of a deduplication on an evaluation set: overall, per variation type, per hard-negative kind. */
import { evaluateDuplicates } from "../../src/dedup/evaluate.js";
import type { DuplicateCluster } from "../../src/dedup/findDuplicates.js";
import { type EvalRecord, NEGATIVE_KINDS, type NegativeKind, VARIATION_TYPES, type VariationType } from "./build.js";

/** Figures of one run. */
export interface QualityFigures {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Share of (repeated row, first row) pairs put in one cluster, per variation type. */
  readonly recallByVariation: Readonly<Record<VariationType, number>>;
  /**
   * Per hard-negative kind: precision of the predicted pairs that involve a row of that kind (1 when none
   * is predicted), and the share of (hard negative, imitated row) pairs wrongly put in one cluster.
   */
  readonly byNegative: Readonly<Record<NegativeKind, { precision: number; merged: number; pairs: number }>>;
}

/**
 * Measure clusters against the evaluation set's truth.
 *
 * @param records - the evaluation rows.
 * @param clusters - the clusters found.
 * @returns the figures.
 */
export function measure(
  records: readonly EvalRecord[],
  clusters: readonly Pick<DuplicateCluster, "ids">[],
): QualityFigures {
  const truth = new Map(records.map((r) => [r.organization.id, r.entity]));
  const e = evaluateDuplicates(clusters, truth);
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, k) => {
    for (const id of c.ids) clusterOf.set(id, k);
  });
  const together = (a: string, b: string): boolean => {
    const x = clusterOf.get(a);
    return x !== undefined && x === clusterOf.get(b);
  };
  const recallByVariation = {} as Record<VariationType, number>;
  for (const v of VARIATION_TYPES) {
    const rows = records.filter((r) => r.variation === v && r.of !== undefined);
    recallByVariation[v] =
      rows.length === 0 ? 1 : rows.filter((r) => together(r.organization.id, r.of as string)).length / rows.length;
  }
  const kindOf = new Map<string, NegativeKind>();
  for (const r of records) if (r.negative !== undefined) kindOf.set(r.organization.id, r.negative);
  const predicted = new Map<NegativeKind, { all: number; good: number }>();
  for (const c of clusters) {
    const ids = c.ids.filter((id) => truth.has(id));
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const a = ids[x] as string;
        const b = ids[y] as string;
        const good = truth.get(a) === truth.get(b);
        for (const k of new Set([kindOf.get(a), kindOf.get(b)])) {
          if (k === undefined) continue;
          const p = predicted.get(k) ?? { all: 0, good: 0 };
          p.all++;
          if (good) p.good++;
          predicted.set(k, p);
        }
      }
    }
  }
  const byNegative = {} as Record<NegativeKind, { precision: number; merged: number; pairs: number }>;
  for (const k of NEGATIVE_KINDS) {
    const rows = records.filter((r) => r.negative === k && r.of !== undefined);
    const p = predicted.get(k);
    byNegative[k] = {
      precision: p === undefined || p.all === 0 ? 1 : p.good / p.all,
      merged:
        rows.length === 0 ? 0 : rows.filter((r) => together(r.organization.id, r.of as string)).length / rows.length,
      pairs: rows.length,
    };
  }
  return {
    precision: e.precision,
    recall: e.recall,
    truePositives: e.truePositives,
    falsePositives: e.falsePositives,
    falseNegatives: e.falseNegatives,
    recallByVariation,
    byNegative,
  };
}
