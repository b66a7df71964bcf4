import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toEntityJsonSchema } from "../scripts/jsonSchema.js";
import { ENTITY_SCHEMAS, type EntityName, PERSONAL_DATA_KEY } from "../src/index.js";
import {
  facilityArbitrary,
  membershipArbitrary,
  organizationArbitrary,
  partnershipAgreementArbitrary,
  personArbitrary,
  projectArbitrary,
} from "../src/testing/index.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
ajv.addKeyword(PERSONAL_DATA_KEY);

const cache = new Map<EntityName, ReturnType<typeof ajv.compile>>();
const compiled = (name: EntityName) => {
  let v = cache.get(name);
  if (v === undefined) {
    v = ajv.compile(toEntityJsonSchema(name));
    cache.set(name, v);
  }
  return v;
};

describe("generated JSON Schema", () => {
  it("exists for every entity and compiles in strict mode", () => {
    for (const name of Object.keys(ENTITY_SCHEMAS) as EntityName[]) expect(() => compiled(name)).not.toThrow();
  });

  const cases = [
    ["organization", organizationArbitrary()],
    ["person", personArbitrary()],
    ["membership", membershipArbitrary()],
    ["partnership-agreement", partnershipAgreementArbitrary()],
    ["project", projectArbitrary()],
    ["facility", facilityArbitrary()],
  ] as const;

  for (const [name, arbitrary] of cases) {
    it(`accepts generated valid ${name} records`, () => {
      const validate = compiled(name);
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          const ok = validate(JSON.parse(JSON.stringify(value)));
          if (!ok) throw new Error(JSON.stringify(validate.errors));
        }),
        { numRuns: 200 },
      );
    });
  }

  it("rejects what the zod schema rejects for shape: unknown keys, wrong enums, bad dates", () => {
    const validate = compiled("organization");
    const base = { id: "o", legalForm: "association", name: { ar: "جمعية" } };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, extra: 1 })).toBe(false);
    expect(validate({ ...base, legalForm: "club" })).toBe(false);
    expect(validate({ ...base, foundedOn: "2025-13-01" })).toBe(false);
    // A name in no language at all.
    expect(validate({ ...base, name: {} })).toBe(false);
  });

  it("marks personal data", () => {
    const person = toEntityJsonSchema("person") as { properties: Record<string, Record<string, unknown>> };
    expect(person.properties.cin?.[PERSONAL_DATA_KEY]).toBe(true);
    expect(person.properties.sex?.[PERSONAL_DATA_KEY]).toBeUndefined();
  });
});
