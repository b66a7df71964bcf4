/**
 * Freeze a value and every object and array it holds, in place.
 *
 * @param value - any value; primitives are returned as they are.
 * @returns the same value, frozen at every depth.
 * @remarks Plans are immutable values: {@link createPlan} and the templates
 * freeze what they return. Shared and cyclic references are visited once; objects
 * already frozen are still descended into.
 * @example
 * ```ts
 * const v = deepFreeze({ a: { b: [1] } });
 * Object.isFrozen(v.a.b); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  freeze(value, new WeakSet());
  return value;
}

function freeze(value: unknown, seen: WeakSet<object>): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) freeze((value as Record<PropertyKey, unknown>)[key], seen);
  Object.freeze(value);
}
