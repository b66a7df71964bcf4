import { describe, expect, it } from "vitest";
import * as z from "zod";
import { GoverningBodySchema } from "./governance/governingBody.js";
import { OrganizationSchema } from "./organization/organization.js";
import { PersonSchema } from "./person/person.js";
import { isPersonalData, isPersonalPath, personal, personalDataPaths, redactPersonalData } from "./personalData.js";
import { validatePerson } from "./validate.js";

const fatima = {
  id: "p-1",
  name: { ar: "فاطمة الزهراء", fr: "Fatima Zahra" },
  sex: "female",
  birthDate: "1990-04-12",
  cin: "BE123456",
  phone: "+212661234567",
  email: "f.zahra@example.org",
  nationality: "MA",
} as const;

describe("personal data", () => {
  it("marks the person's identifying fields and nothing else", () => {
    expect(personalDataPaths(PersonSchema)).toEqual(["name", "birthDate", "cin", "phone", "email", "address"]);
    expect(isPersonalData(personal(z.string()).optional())).toBe(true);
    expect(isPersonalData(z.string())).toBe(false);
  });

  it("finds marked fields inside arrays and unions", () => {
    expect(personalDataPaths(GoverningBodySchema)).toEqual(["mandates.*.personName"]);
    expect(personalDataPaths(OrganizationSchema)).toEqual([
      "founders.*.name",
      "governingBodies.*.mandates.*.personName",
    ]);
    expect(isPersonalPath(["mandates.*.personName"], ["mandates", 2, "personName", "ar"])).toBe(true);
    expect(isPersonalPath(["mandates.*.personName"], ["mandates", "x", "personName"])).toBe(false);
  });

  it("redacts by omission or by mask, without touching the input", () => {
    const before = JSON.stringify(fatima);
    expect(redactPersonalData(PersonSchema, fatima)).toEqual({ id: "p-1", sex: "female", nationality: "MA" });
    expect(redactPersonalData(PersonSchema, fatima, { mode: "mask", mask: "***" })).toMatchObject({
      name: { ar: "***", fr: "***" },
      cin: "***",
      sex: "female",
    });
    expect(JSON.stringify(fatima)).toBe(before);
  });

  it("redacts inside nested arrays", () => {
    const body = {
      id: "b",
      kind: "board",
      mandates: [{ personId: "p", personName: { ar: "س" }, role: "president", startOn: "2024-01-01" }],
    };
    expect(redactPersonalData(GoverningBodySchema, body)).toEqual({
      id: "b",
      kind: "board",
      mandates: [{ personId: "p", role: "president", startOn: "2024-01-01" }],
    });
  });

  it("never echoes personal values in issues", () => {
    const r = validatePerson({ ...fatima, cin: "12-BAD", phone: "0512" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual(["cin.format", "phone.invalid"]);
    for (const i of r.issues) expect(i.value).toBeUndefined();
  });
});
