import { entryPointNames, type SweepOptions, sweepFunction } from "@madani/model/testing";
import * as registry from "@madani/registry";
import * as storage from "@madani/registry/storage";
import { describe, expect, it } from "vitest";

/**
 * Typed-only functions: they take values an entry point has already produced (the
 * clusters of `findDuplicates` with their ground truth, statistics) and say so in their
 * TSDoc. `generateRegistry` throws `SyntheticOptionsError` on programmer error, as its
 * TSDoc states. Every entry point that takes `unknown` input is swept.
 */
const TYPED_ONLY = [
  "densityMap",
  "evaluateDuplicates",
  "generateRegistry",
  "rankBy",
  "registryStatisticsReport",
  "statisticsFromAggregates",
] as const;

const options: SweepOptions = {
  exempt: Object.fromEntries(TYPED_ONLY.map((name) => [name, "typed-only"])),
  samples: {
    createSearchIndex: [[[]]],
    findDuplicates: [[[]]],
    computeStatistics: [[[], { asOf: "2025-01-01" }]],
  },
};

describe("every entry point of @madani/registry never throws on hostile input", () => {
  const names = entryPointNames(registry, options.exempt);
  it.each(names)("%s", async (name) => {
    expect(await sweepFunction(registry, name, options)).toEqual([]);
  });
});

/**
 * The store factories as the sweep calls them: a store that opens is closed at once. They take one
 * argument, and each call that opens a database costs seconds, so one position is swept and the
 * random calls are few; options the schema accepts (`undefined`, `null`, `{}`) open an in-memory
 * database, and `postgresStore` is pointed at a port where no server listens.
 */
const factories = {
  memoryStore: (options: unknown) => storage.memoryStore(options as never),
  pgliteStore: async (options: unknown) => {
    const r = await storage.pgliteStore(options as never);
    if (r.ok) await r.value.close();
    return r;
  },
  postgresStore: async (options: unknown) => {
    const r = await storage.postgresStore(
      options === undefined || options === null
        ? { connectionString: "postgres://nobody@127.0.0.1:1/none" }
        : (options as never),
    );
    if (r.ok) await r.value.close();
    return r;
  },
};

describe("every entry point of @madani/registry/storage never throws on hostile input", () => {
  it("exports no other function than the store factories", () => {
    expect(entryPointNames(storage)).toEqual(Object.keys(factories).sort());
  });
  it.each(Object.keys(factories))("%s", { timeout: 300_000 }, async (name) => {
    const swept = await sweepFunction(factories, name, {
      ...options,
      positions: { [name]: 1 },
      numRuns: 5,
      timeoutMs: 60_000,
    });
    expect(swept).toEqual([]);
  });
});

describe("the reported cases", () => {
  const proxy = new Proxy([], {
    get() {
      throw new Error("no");
    },
  });
  const throwingIterator = {
    [Symbol.iterator]() {
      throw new Error("no");
    },
  };

  it("createSearchIndex and findDuplicates give an issue for a throwing iterator or Proxy", () => {
    for (const input of [proxy, throwingIterator]) {
      expect(registry.createSearchIndex(input as never)).toMatchObject({ ok: false });
      expect(registry.findDuplicates(input as never)).toMatchObject({ ok: false });
    }
    expect(registry.findDuplicates([], null as never).ok).toBe(true);
  });

  it("the exports never throw, in the call or the iteration, and report what they skip", () => {
    const good = { id: "o1", legalForm: "association", name: { fr: "Association Al Amal" } };
    const getter = Object.defineProperty({ ...good, id: "o2" }, "name", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const stops = {
      *[Symbol.iterator]() {
        yield good;
        throw new Error("disk gone");
      },
    };
    expect(registry.exportOrganizations([good, getter] as never, { format: "csv" })).toMatchObject({
      ok: false,
      issues: [{ code: "export.input_unreadable", path: [1] }],
    });
    expect(registry.exportOrganizations([proxy] as never, { format: "csv", locale: "fr" })).toMatchObject({
      ok: false,
    });
    expect(registry.exportOrganizations([], proxy as never)).toMatchObject({ ok: false });
    for (const input of [[good, getter, { id: 3 }], stops]) {
      const chunks = registry.exportOrganizationChunks(input as never, { format: "ndjson" });
      if (!chunks.ok) throw new Error("refused");
      const lines = [...chunks.value];
      expect(lines).toHaveLength(1);
      expect(chunks.value.skipped.map((i) => [i.code, i.path])).toEqual(
        input === stops
          ? [["export.input_unreadable", [1]]]
          : [
              ["export.input_unreadable", [1]],
              ["export.invalid_organization", [2]],
            ],
      );
    }
    expect(registry.exportRedactedPaths(proxy as never)).toEqual(registry.exportRedactedPaths());
    expect(registry.disclose(getter, registry.ORGANIZATION_DISCLOSURE, new Set(["public"]))).toBeUndefined();
    expect(registry.disclose(good, null as never, null as never)).toBeUndefined();
  });

  it("parseLooseDate reads anything that is not a date as undefined", () => {
    for (const value of [null, undefined, 42, {}, "x".repeat(10_000)]) {
      expect(registry.parseLooseDate(value as never)).toBeUndefined();
    }
    expect(registry.parseLooseDate("١٢/٠٣/٢٠١١")).toBe("2011-03-12");
  });
});

/**
 * Time of one call of `f` in ms: the median of the 3 fastest of 7 samples, each timing `reps` calls. The
 * slowest samples are dropped: on a shared machine they measure the other processes, not `f`.
 */
function callTime(f: () => unknown, reps: number): number {
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    for (let r = 0; r < reps; r += 1) f();
    times.push((performance.now() - start) / reps);
  }
  times.sort((a, b) => a - b);
  return times[1] ?? 0;
}

describe("text functions are linear", () => {
  // 10 times the input: a linear function takes about 10 times as long, a quadratic one 100 times.
  const cases: [string, (text: string) => unknown, (n: number) => string][] = [
    ["consonantSkeleton on dates", registry.consonantSkeleton, (n) => "12/03/".repeat(n / 5).slice(0, n)],
    ["consonantSkeleton on one Latin word", registry.consonantSkeleton, (n) => "bcdfghjklm".repeat(n / 10)],
    ["consonantSkeleton on one Arabic word", registry.consonantSkeleton, (n) => "بتثجحخدذرز".repeat(n / 10)],
    ["matchKey on dates", registry.matchKey, (n) => "12/03/".repeat(n / 5).slice(0, n)],
    ["matchKey on one word", registry.matchKey, (n) => "bcdfghjklm".repeat(n / 10)],
    ["normalizeArabic", registry.normalizeArabic, (n) => "جمعيّة الأمـــل ".repeat(n / 16)],
  ];
  it.each(cases)("%s: 200,000 characters take less than 30 times 20,000", (_name, f, make) => {
    const small = make(20_000);
    const large = make(200_000);
    f(small); // warm up
    // The small input is timed over 10 calls so that its time is not lost in the timer's resolution.
    const ratio = callTime(() => f(large), 1) / callTime(() => f(small), 10);
    expect(ratio).toBeLessThan(30);
  });
});
