/**
 * A value whose objects and arrays are read-only at every depth: what engines accept and return,
 * so that callers can pass frozen data and `readonly` arrays (plans, event reports).
 *
 * @typeParam T - the value's type.
 * @remarks Functions and primitives are kept as they are. Mutable values are assignable to
 * their `DeepReadonly` form, so nothing that was accepted before is refused.
 * @example
 * ```ts
 * const input: DeepReadonly<{ ids: string[] }> = { ids: ["a"] as const };
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
