import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Issue,
  type ValidationResult,
  validateFacility,
  validateGoverningBody,
  validateMembership,
  validateMembershipType,
  validateOrganization,
  validatePartnershipAgreement,
  validatePerson,
  validateProject,
} from "../src/index.js";
import {
  boardArbitrary,
  type Corruption,
  facilityArbitrary,
  membershipArbitrary,
  organizationArbitrary,
  organizationCorruptions,
  partnershipAgreementArbitrary,
  partnershipAgreementCorruptions,
  personArbitrary,
  personCorruptions,
  projectArbitrary,
  projectCorruptions,
} from "../src/testing/index.js";

const asOf = "2025-12-31";
const show = (r: ValidationResult<unknown>) =>
  r.ok ? "ok" : JSON.stringify(r.issues.map((i: Issue) => [i.code, i.path]));

const validCases = [
  ["organization", organizationArbitrary({ asOf }), validateOrganization],
  ["person", personArbitrary({ asOf }), validatePerson],
  ["partnership agreement", partnershipAgreementArbitrary({ asOf }), validatePartnershipAgreement],
  ["project", projectArbitrary({ asOf }), validateProject],
  ["membership", membershipArbitrary({ asOf }), validateMembership],
  ["governing body", boardArbitrary({ asOf }), validateGoverningBody],
  ["facility", facilityArbitrary({ asOf }), validateFacility],
] as const;

describe("generated valid entities", () => {
  for (const [name, arbitrary, validate] of validCases) {
    it(`${name}: validates, without warnings, and round-trips through JSON`, () => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          const r = (validate as (v: unknown, o: object) => ValidationResult<unknown>)(value, { asOf });
          if (!r.ok) throw new Error(show(r));
          expect(r.warnings).toEqual([]);
          const again = (validate as (v: unknown, o: object) => ValidationResult<unknown>)(
            JSON.parse(JSON.stringify(r.value)),
            { asOf },
          );
          expect(again.ok && again.value).toEqual(r.value);
        }),
        { numRuns: 150 },
      );
    });
  }
});

function corruptionsYieldCodes<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  catalogue: readonly Corruption<T>[],
  validate: (v: unknown, o: object) => ValidationResult<unknown>,
) {
  describe(`${name} corruptions`, () => {
    for (const c of catalogue) {
      it(`${c.name} → ${c.code}`, () => {
        fc.assert(
          fc.property(arbitrary, (value) => {
            const r = validate(c.apply(value, asOf), { asOf });
            expect(r.ok).toBe(false);
            if (r.ok) return;
            expect(r.issues.map((i) => i.code)).toContain(c.code);
          }),
          { numRuns: 40 },
        );
      });
    }
  });
}

corruptionsYieldCodes("organization", organizationArbitrary({ asOf }), organizationCorruptions, validateOrganization);
corruptionsYieldCodes("person", personArbitrary({ asOf }), personCorruptions, validatePerson);
corruptionsYieldCodes(
  "partnership agreement",
  partnershipAgreementArbitrary({ asOf }),
  partnershipAgreementCorruptions,
  validatePartnershipAgreement,
);
corruptionsYieldCodes("project", projectArbitrary({ asOf }), projectCorruptions, validateProject);

const entryPoints = [
  validateOrganization,
  validatePerson,
  validatePartnershipAgreement,
  validateProject,
  validateMembership,
  validateMembershipType,
  validateGoverningBody,
  validateFacility,
] as const;

function hostile(): unknown[] {
  const cyclic: Record<string, unknown> = { id: "c", legalForm: "association", name: { ar: "جمعية" } };
  cyclic.self = cyclic;
  (cyclic.name as Record<string, unknown>).loop = cyclic;
  const deep: Record<string, unknown> = {};
  let cursor = deep;
  for (let i = 0; i < 10_000; i++) {
    const next: Record<string, unknown> = {};
    cursor.seat = next;
    cursor = next;
  }
  const throwing = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error("boom");
      },
      get: () => {
        throw new Error("boom");
      },
    },
  );
  const getter = Object.defineProperty({ legalForm: "association" }, "id", {
    enumerable: true,
    get: () => {
      throw new Error("boom");
    },
  });
  return [
    null,
    undefined,
    0,
    Number.NaN,
    "x".repeat(5_000_000),
    { id: "x".repeat(5_000_000), legalForm: "association", name: { ar: "ا".repeat(5_000_000) } },
    cyclic,
    deep,
    throwing,
    getter,
    Symbol("s"),
    () => 1,
    [],
    new Map(),
    new Date(),
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "p"}'),
    Object.create(null),
  ];
}

describe("bad input never throws", () => {
  it("hostile values give issues, not exceptions", () => {
    for (const validate of entryPoints) {
      for (const input of hostile()) {
        const r = validate(input);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }
    }
  });

  it("any value gives a result", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (input) => {
          for (const validate of entryPoints) {
            const r = validate(input, { locale: "ar" });
            expect(typeof r.ok).toBe("boolean");
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any options value gives a result", () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        const r = validateOrganization({}, options as never);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("keys named __proto__ or constructor never reach an object prototype", () => {
    const input = JSON.parse(
      '{"id":"o","legalForm":"association","name":{"ar":"جمعية","__proto__":{"polluted":1}},"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    const r = validateOrganization(input);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path.join("."))).toEqual(
        expect.arrayContaining(["__proto__", "constructor", "name.__proto__"]),
      );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("objects with a __proto__ own key or a null prototype are read as plain data", () => {
    fc.assert(
      fc.property(organizationArbitrary({ asOf }), (org) => {
        const copy = Object.assign(Object.create(null), JSON.parse(JSON.stringify(org)));
        const r = validateOrganization(copy, { asOf });
        expect(r.ok).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
