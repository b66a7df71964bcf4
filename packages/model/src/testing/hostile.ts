import fc from "fast-check";

/**
 * One hand-made hostile value, with a name that identifies it in a failure report.
 *
 * @example
 * ```ts
 * const cyclic = hostileValues().find((h) => h.name === "cyclic object");
 * ```
 */
export interface NamedHostileValue {
  /** What the value is, e.g. `"proxy whose every trap throws"`. */
  readonly name: string;
  /** The value itself. */
  readonly value: unknown;
}

/** The error every hostile getter, trap and iterator throws. */
class HostileError extends Error {
  override readonly name = "HostileError";
}

function boom(): never {
  throw new HostileError("hostile value");
}

/**
 * Traps of a Proxy whose every operation throws, except the one `in` check
 * fast-check makes for its own clone marker (so that the Proxy can be drawn).
 */
const THROWING_TRAPS: ProxyHandler<object> = {
  apply: boom,
  construct: boom,
  defineProperty: boom,
  deleteProperty: boom,
  get: boom,
  getOwnPropertyDescriptor: boom,
  getPrototypeOf: boom,
  has: (_target, key) => (key === fc.cloneMethod ? false : boom()),
  isExtensible: boom,
  ownKeys: boom,
  preventExtensions: boom,
  set: boom,
  setPrototypeOf: boom,
};

/** Keys that entry points commonly read on their input or options. */
const COMMON_KEYS = [
  "id",
  "name",
  "locale",
  "asOf",
  "options",
  "items",
  "rows",
  "length",
  "kind",
  "type",
  "value",
  "members",
  "participants",
  "attendance",
  "records",
  "text",
  "title",
  "date",
  "toJSON",
];

function withThrowingGetters<T extends object>(target: T, keys: readonly string[]): T {
  for (const key of keys) Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
  return target;
}

function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

function nestedObject(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { a: value, id: "x", name: { fr: "x" } };
  return value;
}

function cyclicObject(): unknown {
  const a: Record<string, unknown> = { id: "a", name: { fr: "A" } };
  a.self = a;
  a.items = [a];
  return a;
}

function cyclicArray(): unknown {
  const a: unknown[] = [];
  a.push(a, { parent: a });
  return a;
}

function throwingIterable(): unknown {
  return {
    [Symbol.iterator]: boom,
  };
}

function throwingNextIterable(): unknown {
  return {
    [Symbol.iterator]: () => ({ next: boom }),
  };
}

function arrayWithThrowingIterator(): unknown {
  const array: unknown[] = [{ id: "a" }, { id: "b" }];
  Object.defineProperty(array, Symbol.iterator, { value: boom });
  return array;
}

function rejectingAsyncIterable(): unknown {
  return {
    [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new HostileError("hostile async iterable")) }),
  };
}

function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function sparseArray(): unknown {
  const array: unknown[] = [];
  array[5] = { id: "x" };
  array.length = 10;
  return array;
}

function nullPrototype(): unknown {
  const o = Object.create(null) as Record<string, unknown>;
  o.id = "x";
  o.locale = "fr";
  return o;
}

function dangerousKeys(): unknown {
  return JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1, "id": "x"}',
  ) as unknown;
}

let cachedFixed: readonly NamedHostileValue[] | undefined;

/**
 * The hand-made hostile values, each once: values that break code which trusts
 * its input (throwing getters, Proxies, cycles, deep nesting, huge strings,
 * unusual numbers and strings).
 *
 * @returns a frozen list, built on first call and shared afterwards (it holds a
 * 10 MB string and 10,000-level nested values).
 * @remarks Every value that throws throws a `HostileError`, so a report can tell
 * a leaked hostile exception from a bug of the code under test.
 * @example
 * ```ts
 * for (const { name, value } of hostileValues()) {
 *   expect(() => parseLooseDate(value), name).not.toThrow();
 * }
 * ```
 */
export function hostileValues(): readonly NamedHostileValue[] {
  if (cachedFixed !== undefined) return cachedFixed;
  const list: NamedHostileValue[] = [
    { name: "null", value: null },
    { name: "undefined", value: undefined },
    { name: "NaN", value: Number.NaN },
    { name: "-0", value: -0 },
    { name: "Infinity", value: Number.POSITIVE_INFINITY },
    { name: "-Infinity", value: Number.NEGATIVE_INFINITY },
    { name: "huge number", value: Number.MAX_VALUE },
    { name: "huge integer", value: 2 ** 53 + 2 },
    { name: "negative number", value: -1 },
    { name: "bigint", value: 10n ** 30n },
    { name: "symbol", value: Symbol("hostile") },
    { name: "boolean", value: true },
    { name: "empty string", value: "" },
    { name: "string with U+0000", value: "a\u0000b" },
    { name: "lone surrogates", value: "\uD800x\uDFFF" },
    { name: "10 MB string", value: "a".repeat(10 * 1024 * 1024) },
    { name: "function", value: () => undefined },
    { name: "invalid Date", value: new Date(Number.NaN) },
    { name: "empty object", value: {} },
    { name: "empty array", value: [] },
    { name: "object with throwing getters", value: withThrowingGetters({}, COMMON_KEYS) },
    { name: "array with a throwing getter", value: withThrowingGetters([1, 2, 3], ["0", "1"]) },
    { name: "object whose toPrimitive throws", value: { [Symbol.toPrimitive]: boom, toString: boom, valueOf: boom } },
    { name: "proxy whose every trap throws", value: new Proxy({}, THROWING_TRAPS) },
    { name: "array proxy whose every trap throws", value: new Proxy([], THROWING_TRAPS) },
    { name: "function proxy whose every trap throws", value: new Proxy(() => undefined, THROWING_TRAPS) },
    { name: "revoked proxy", value: revokedProxy() },
    { name: "10,000-level nested array", value: nestedArray(10_000) },
    { name: "10,000-level nested object", value: nestedObject(10_000) },
    { name: "cyclic object", value: cyclicObject() },
    { name: "cyclic array", value: cyclicArray() },
    { name: "own __proto__/constructor/prototype keys", value: dangerousKeys() },
    { name: "null-prototype object", value: nullPrototype() },
    { name: "sparse array", value: sparseArray() },
    { name: "iterable whose iterator throws", value: throwingIterable() },
    { name: "iterable whose next() throws", value: throwingNextIterable() },
    { name: "array whose iterator throws", value: arrayWithThrowingIterator() },
    { name: "async iterable that rejects", value: rejectingAsyncIterable() },
    { name: "Map", value: new Map([["id", "x"]]) },
    { name: "Set", value: new Set(["x"]) },
    { name: "Uint8Array", value: new Uint8Array([1, 2, 3]) },
    { name: "boxed string", value: Object("x") as unknown },
    { name: "options with unknown locale 'de'", value: { locale: "de" } },
    { name: "options with locale 'AR'", value: { locale: "AR" } },
    { name: "options with empty locale", value: { locale: "" } },
    { name: "options whose locale getter throws", value: withThrowingGetters({}, ["locale"]) },
    { name: "options with invalid asOf", value: { locale: "fr", asOf: "not a date" } },
  ];
  cachedFixed = Object.freeze(list);
  return cachedFixed;
}

/**
 * A fast-check arbitrary of hostile values: `fc.anything()` with every kind of
 * unusual value it can make (boxed values, null-prototype objects, Maps, Sets,
 * typed and sparse arrays, BigInts, Dates, objects that print as code), mixed
 * with {@link hostileValues} (all but the revoked Proxy, which fast-check cannot handle).
 *
 * @returns an arbitrary of values that no entry point may throw on.
 * @example
 * ```ts
 * fc.assert(fc.property(hostileArbitrary(), (value) => {
 *   expect(() => validateOrganization(value)).not.toThrow();
 * }));
 * ```
 */
export function hostileArbitrary(): fc.Arbitrary<unknown> {
  const anything = fc.anything({
    withObjectString: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBigInt: true,
    withDate: true,
  });
  // A revoked Proxy cannot even be asked whether it has fast-check's clone marker: it is only in the fixed list.
  const drawable = hostileValues().filter((h) => h.name !== "revoked proxy");
  const fixed = fc.constantFrom(...drawable.map((h) => h.value));
  return fc.oneof({ arbitrary: anything, weight: 3 }, { arbitrary: fixed, weight: 1 });
}

/**
 * What {@link sweepEntryPoints} and {@link sweepFunction} do.
 *
 * @example
 * ```ts
 * const options: SweepOptions = { exempt: { assertNever: "typed-only: throws by design" }, numRuns: 30 };
 * ```
 */
export interface SweepOptions {
  /**
   * Exported functions left out of the sweep, each with the reason (typed-only
   * API, error class, documented to throw on programmer error). Keep it short.
   */
  readonly exempt?: Readonly<Record<string, string>>;
  /**
   * Valid arguments per function name: the sweep also puts each hostile value
   * in one position with the other positions taken from these, so that a
   * hostile option meets valid input (e.g. `{ computeQuorum: [[assembly]] }`).
   */
  readonly samples?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  /** Random calls per function with 1 to 3 hostile arguments. Default 30. */
  readonly numRuns?: number;
  /** The fast-check seed of the random calls. Default 42, so that a run can be repeated. */
  readonly seed?: number;
  /** How long a returned promise may take to settle, in ms. Default 5,000. */
  readonly timeoutMs?: number;
  /** Leave out the hand-made hostile values (the random calls still run). Default `false`. */
  readonly skipFixed?: boolean;
  /**
   * Argument positions swept per function name, for functions whose trailing
   * arguments are ignored and whose calls are costly (a store factory that opens a
   * database): e.g. `{ pgliteStore: 1 }`. Default three, or one past the declared
   * parameters, at most four.
   */
  readonly positions?: Readonly<Record<string, number>>;
}

/**
 * One call that threw, returned a rejected promise or did not settle in time.
 *
 * @example
 * ```ts
 * const failure: SweepFailure = { fn: "parseLooseDate", args: ["null"], outcome: "threw", error: "TypeError: …" };
 * ```
 */
export interface SweepFailure {
  /** The exported name of the function. */
  readonly fn: string;
  /** A short description of each argument. */
  readonly args: readonly string[];
  /** What went wrong. */
  readonly outcome: "threw" | "rejected" | "timed out";
  /** The error, as text (first line, at most 300 characters). */
  readonly error: string;
}

function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.split("\n")[0]?.slice(0, 300) ?? "";
    return String(error).slice(0, 300);
  } catch {
    return "(an error that cannot be printed)";
  }
}

function describeValue(value: unknown, names: ReadonlyMap<unknown, string>): string {
  const named = names.get(value);
  if (named !== undefined) return named;
  try {
    const text = fc.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return "(a value that cannot be printed)";
  }
}

function isClass(fn: (...args: unknown[]) => unknown): boolean {
  try {
    return /^class[\s{]/.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  try {
    return typeof (value as { then?: unknown }).then === "function";
  } catch {
    return false;
  }
}

type Outcome = { readonly outcome: SweepFailure["outcome"]; readonly error: string } | undefined;

async function settle(promise: PromiseLike<unknown>, timeoutMs: number): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: "timed out", error: `no answer after ${timeoutMs} ms` }), timeoutMs);
  });
  const settled = Promise.resolve(promise).then(
    (): Outcome => undefined,
    (error: unknown): Outcome => ({ outcome: "rejected", error: describeError(error) }),
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function callOnce(fn: (...args: unknown[]) => unknown, args: readonly unknown[], timeoutMs: number) {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    return { outcome: "threw", error: describeError(error) } as const;
  }
  if (isThenable(result)) return settle(result, timeoutMs);
  return undefined;
}

/**
 * The exported functions of a module namespace that a sweep calls: every
 * function-valued export except classes and the exempted names, sorted by name.
 *
 * @param module - a namespace, e.g. `import * as events from "@madani/events"`.
 * @param exempt - names left out, with their reasons.
 * @returns the names of the functions to sweep.
 * @remarks Classes (error classes above all) cannot be called without `new`,
 * so they are never swept; their constructors take typed arguments.
 * @example
 * ```ts
 * it.each(entryPointNames(events))("%s never throws", async (name) => {
 *   expect(await sweepFunction(events, name)).toEqual([]);
 * });
 * ```
 */
export function entryPointNames(module: object, exempt: Readonly<Record<string, string>> = {}): readonly string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== "function" || Object.hasOwn(exempt, name)) continue;
    if (isClass(value as (...args: unknown[]) => unknown)) continue;
    names.push(name);
  }
  return names.sort();
}

/**
 * Call one exported function with hostile arguments and collect every call that
 * threw, returned a rejected promise or did not settle within `timeoutMs`.
 *
 * @param module - the namespace that exports the function.
 * @param name - the exported name.
 * @param options - samples of valid arguments, the number of random calls, the
 * seed and the timeout (see {@link SweepOptions}).
 * @returns the failures, at most one per hand-made value and position (empty
 * when the function never threw).
 * @remarks Each hand-made value of {@link hostileValues} goes once into each of
 * the first three positions (four when the function declares three parameters
 * before its options), the others left `undefined`, and again with the
 * others taken from each sample of valid arguments; then `numRuns` random
 * calls pass 1 to 3 values of {@link hostileArbitrary}. Only the first failure
 * of the random calls is kept.
 * @example
 * ```ts
 * expect(await sweepFunction(model, "parseLooseDate")).toEqual([]);
 * ```
 */
export async function sweepFunction(
  module: object,
  name: string,
  options: SweepOptions = {},
): Promise<readonly SweepFailure[]> {
  const fn = (module as Record<string, unknown>)[name];
  if (typeof fn !== "function") return [];
  const call = fn as (...args: unknown[]) => unknown;
  const timeoutMs = options.timeoutMs ?? 5000;
  const fixed = hostileValues();
  const names = new Map<unknown, string>(fixed.map((h) => [h.value, h.name]));
  const failures: SweepFailure[] = [];
  const record = async (args: readonly unknown[]): Promise<boolean> => {
    const outcome = await callOnce(call, args, timeoutMs);
    if (outcome === undefined) return false;
    failures.push({ fn: name, args: args.map((a) => describeValue(a, names)), ...outcome });
    return true;
  };
  const baselines: (readonly unknown[])[] = [[], ...(options.samples?.[name] ?? [])];
  // Three positions, or one past the declared parameters (options after three inputs), at most four.
  const positions = options.positions?.[name] ?? Math.min(Math.max(3, call.length + 1), 4);
  if (options.skipFixed !== true) {
    for (const base of baselines) {
      for (let position = 0; position < positions; position += 1) {
        for (const { value } of fixed) {
          const args = Array.from({ length: positions }, (_, i) => base[i]);
          args[position] = value;
          await record(args.slice(0, Math.max(position + 1, base.length)));
        }
      }
    }
  }
  const random = fc.sample(fc.array(hostileArbitrary(), { minLength: 1, maxLength: 3 }), {
    numRuns: options.numRuns ?? 30,
    seed: options.seed ?? 42,
  });
  for (const args of random) {
    if (await record(args.slice(0, positions))) break;
  }
  return failures;
}

/**
 * Call every exported function of a module with hostile arguments (see
 * {@link sweepFunction}) and collect the calls that threw, returned a rejected
 * promise or hung.
 *
 * @param module - a package's namespace, e.g. `import * as events from "@madani/events"`.
 * @param options - exemptions, samples of valid arguments, number of random
 * calls, seed and timeout.
 * @returns every failure, grouped by function in name order; empty when the
 * package keeps its promise that bad input never throws.
 * @example
 * ```ts
 * import * as events from "@madani/events";
 * import { sweepEntryPoints } from "@madani/model/testing";
 *
 * it("no entry point throws", async () => {
 *   expect(await sweepEntryPoints(events, { exempt: { assertNever: "typed-only" } })).toEqual([]);
 * });
 * ```
 */
export async function sweepEntryPoints(module: object, options: SweepOptions = {}): Promise<readonly SweepFailure[]> {
  const failures: SweepFailure[] = [];
  for (const name of entryPointNames(module, options.exempt)) {
    for (const failure of await sweepFunction(module, name, options)) failures.push(failure);
  }
  return failures;
}
