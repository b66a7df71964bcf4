import * as model from "@madani/model";
import * as geo from "@madani/model/geo";
import {
  entryPointNames,
  hostileArbitrary,
  hostileValues,
  type SweepOptions,
  sweepEntryPoints,
  sweepFunction,
} from "@madani/model/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/**
 * Typed-only functions: they take values the type checker has already checked (a
 * schema, a message table, an ISO date, a validated entity) and say so in their TSDoc.
 * Every entry point that takes `unknown` input is swept.
 */
const TYPED_ONLY = [
  "addDaysToDate",
  "addMonthsToDate",
  "coded",
  "codedError",
  "compareCodePoints",
  "createValidator",
  "daysBetween",
  "defineEnumeration",
  "finalReceiptDueOn",
  "foldText",
  "formatMessage",
  "formatOrgId",
  "isPersonalData",
  "isPersonalPath",
  "labelOf",
  "legalStatusOn",
  "makeIssue",
  "milestonePayments",
  "personal",
  "personalDataPaths",
  "redactPersonalData",
  "splitMoney",
  "storableText",
  "sumMoney",
  "textIn",
  "toLatinDigits",
] as const;

const options: SweepOptions = {
  exempt: Object.fromEntries(TYPED_ONLY.map((name) => [name, "typed-only"])),
  samples: {
    validateOrganization: [[{ id: "a-1", legalForm: "association", name: { ar: "جمعية الأمل" } }]],
    parseRib: [["011780000012345678901234"]],
    findCommune: [["Ajdir"]],
  },
};

describe("every entry point of @madani/model never throws on hostile input", () => {
  it.each(entryPointNames(model, options.exempt))("%s", async (name) => {
    expect(await sweepFunction(model, name, options)).toEqual([]);
  });
});

describe("every entry point of @madani/model/geo never throws on hostile input", () => {
  it.each(entryPointNames(geo, options.exempt))("%s", async (name) => {
    expect(await sweepFunction(geo, name, options)).toEqual([]);
  });
});

describe("the boundary", () => {
  it("reads unknown locales and non-object options as issues, null as no options", () => {
    for (const locale of ["de", "AR", ""]) {
      const r = model.validatePerson({ id: "p", name: { ar: "محمد" } }, { locale: locale as "en" });
      expect(!r.ok && r.issues.map((i) => [i.code, i.params?.option])).toEqual([["schema.invalid_option", "locale"]]);
    }
    expect(model.validatePerson({ id: "p", name: { ar: "محمد" } }, null as never).ok).toBe(true);
    const r = model.parseCin("BE123456", 42 as never);
    expect(!r.ok && r.issues[0]?.code).toBe("schema.invalid_option");
  });

  it("turns a throwing getter, a revoked Proxy and 10,000-level nesting into input.unreadable", () => {
    const getter = Object.defineProperty({}, "id", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i += 1) deep = { id: "x", name: { ar: "س" }, parentId: deep };
    let deepArray: unknown = [];
    for (let i = 0; i < 10_000; i += 1) deepArray = [deepArray];
    for (const input of [getter, proxy]) {
      const r = model.validateOrganization(input, { locale: "fr" });
      expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["input.unreadable"]);
      expect(!r.ok && r.issues[0]?.message).toMatch(/^L'entrée n'a pas pu être lue/);
    }
    for (const input of [deep, deepArray, { id: "p", name: { ar: "س" }, extra: deepArray }]) {
      const r = model.validatePerson(input);
      expect(r.ok).toBe(false);
    }
  });

  it("atBoundary passes the options and the locale, and catches what the body throws", () => {
    expect(model.atBoundary({ locale: "ar" }, (o, locale) => ({ ok: true as const, value: [o, locale] }))).toEqual({
      ok: true,
      value: [{ locale: "ar" }, "ar"],
    });
    const r = model.atBoundary({ locale: "fr" }, () => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "input.unreadable", params: { reason: "structure trop profonde ou trop grande" } }],
    });
    expect(model.readOptions(null)).toEqual({ ok: true, options: {}, locale: "en" });
    // The locale of options that may be anything: the known ones, else "en", even when reading throws.
    expect(["ar", "fr", "en"].map((locale) => model.localeOfOptions({ locale }))).toEqual(["ar", "fr", "en"]);
    const throwing = Object.defineProperty({}, "locale", {
      get() {
        throw new Error("no");
      },
    });
    for (const options of [null, undefined, "fr", { locale: "de" }, { locale: "AR" }, throwing]) {
      expect(model.localeOfOptions(options)).toBe("en");
    }
    expect(model.guardInput(() => 1)).toBe(1);
  });
});

describe("the sweep itself", () => {
  it("reports a throw, a rejection and a hang, and leaves out exempted functions and classes", async () => {
    const module = {
      total: (x: unknown) => (typeof x === "number" ? x : 0),
      reads: (x: { y: { z: unknown } }) => x.y.z,
      rejects: async (x: { y: unknown }) => x.y,
      hangs: (x: unknown) => (x === null ? new Promise(() => undefined) : Promise.resolve(0)),
      exempted: () => {
        throw new Error("never called");
      },
      SomeError: class SomeError extends Error {},
    };
    const failures = await sweepEntryPoints(module, { exempt: { exempted: "typed-only" }, numRuns: 5, timeoutMs: 50 });
    const outcomes = new Map(failures.map((f) => [f.fn, f.outcome]));
    expect([...outcomes]).toEqual([
      ["hangs", "timed out"],
      ["reads", "threw"],
      ["rejects", "rejected"],
    ]);
    expect(failures.find((f) => f.fn === "hangs")?.args).toEqual(["null"]);
  });

  it("draws hostile values that fast-check can print and shrink", () => {
    const values = fc.sample(hostileArbitrary(), { numRuns: 200, seed: 1 });
    expect(values.length).toBe(200);
    expect(hostileValues().map((h) => h.name)).toContain("proxy whose every trap throws");
  });
});
