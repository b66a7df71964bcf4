import type { DuplicateCluster } from "./findDuplicates.js";

/** Pairwise quality of a deduplication against ground truth. */
export interface DuplicateEvaluation {
  /** Share of predicted duplicate pairs that are true duplicates (1 when nothing is predicted). */
  readonly precision: number;
  /** Share of true duplicate pairs that were predicted (1 when there are none). */
  readonly recall: number;
  /** Harmonic mean of precision and recall. */
  readonly f1: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/**
 * Measure clusters against ground truth, pair by pair: every two ids in one
 * predicted cluster form a predicted pair; every two ids with the same truth
 * label form a true pair.
 *
 * @param clusters - predicted clusters, e.g. from {@link findDuplicates}.
 * @param truth - the true entity of each evaluated id; ids absent from it are ignored.
 * @returns precision, recall, F1 and the counts.
 * @example
 * ```ts
 * evaluateDuplicates([{ ids: ["a", "b"], pairs: [] }], new Map([["a", 1], ["b", 1], ["c", 2]])).precision; // 1
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points.
 */
export function evaluateDuplicates(
  clusters: readonly Pick<DuplicateCluster, "ids">[],
  truth: ReadonlyMap<string, string | number>,
): DuplicateEvaluation {
  let predicted = 0;
  let tp = 0;
  for (const c of clusters) {
    const ids = c.ids.filter((id) => truth.has(id));
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        predicted++;
        if (truth.get(ids[x] as string) === truth.get(ids[y] as string)) tp++;
      }
    }
  }
  const sizes = new Map<string | number, number>();
  for (const label of truth.values()) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  let actual = 0;
  for (const s of sizes.values()) actual += (s * (s - 1)) / 2;
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = actual === 0 ? 1 : tp / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: predicted - tp, falseNegatives: actual - tp };
}
