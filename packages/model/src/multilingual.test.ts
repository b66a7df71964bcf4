import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdSchema } from "./id.js";
import { isStorableText, MultilingualTextSchema, textIn } from "./multilingual.js";
import type { Organization } from "./organization/organization.js";
import { organizationArbitrary, partnershipAgreementArbitrary, projectArbitrary } from "./testing/index.js";
import {
  validateGoverningBody,
  validateOrganization,
  validatePartnershipAgreement,
  validatePerson,
  validateProject,
} from "./validate.js";

/** The oracle, written without `isWellFormed`: a U+0000, or a surrogate that `for … of` yields on its own. */
function holdsForbidden(text: string): boolean {
  for (const c of text) {
    const unit = c.charCodeAt(0);
    if (unit === 0 || (c.length === 1 && unit >= 0xd800 && unit <= 0xdfff)) return true;
  }
  return false;
}

/** U+0000, or a surrogate that stays unpaired between two well-formed strings. */
const forbidden = fc.oneof(
  fc.constant("\u0000"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
);
/** Well-formed strings: whole code points, U+0000 included. */
const wellFormed = fc.string({ unit: "binary", maxLength: 30 });
/** Strings with at least one forbidden character, somewhere in the middle or at an end. */
const withForbidden = fc
  .tuple(wellFormed, forbidden, wellFormed)
  .map(([a, bad, b]) => `x${a}${bad}${b}`.trim() || `x${bad}`)
  .filter(holdsForbidden);
/** Any mix of code units, lone surrogates and pairs included. */
const anyUnits = fc.string({
  unit: fc.oneof(forbidden, fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
  maxLength: 20,
});

const codesAt = (issues: readonly { code: string; path: readonly (string | number)[] }[], path: string): string[] =>
  issues.filter((i) => i.path.join(".") === path).map((i) => i.code);

describe("isStorableText", () => {
  it("refuses U+0000 and unpaired surrogates, accepts pairs (examples)", () => {
    expect(isStorableText("جمعية الأمل ⵜⴰⵎⵓⵏⵜ 😀")).toBe(true);
    expect(isStorableText("")).toBe(true);
    expect(isStorableText("\uD83D\uDE00")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("\uD800")).toBe(false);
    expect(isStorableText("a\uDC00")).toBe(false);
    expect(isStorableText("\uDE00\uD83D")).toBe(false);
  });

  it("agrees with a code-point oracle on any mix of code units (property)", () => {
    fc.assert(
      fc.property(anyUnits, (s) => {
        expect(isStorableText(s)).toBe(!holdsForbidden(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe("text.invalid_character", () => {
  it("refuses any text with U+0000 or an unpaired surrogate, with the code, in ar, fr and en (property)", () => {
    fc.assert(
      fc.property(withForbidden, fc.constantFrom("ar", "fr", "en", "zgh"), (s, lang) => {
        expect(isStorableText(s)).toBe(false);
        const r = validateOrganization({ id: "org-1", legalForm: "partner", name: { [lang]: s } });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(codesAt(r.issues, `name.${lang}`)).toContain("text.invalid_character");
        expect(MultilingualTextSchema.safeParse({ [lang]: s }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
    for (const locale of ["ar", "fr", "en"] as const) {
      const r = validateOrganization({ id: "org-1", legalForm: "partner", name: { fr: "A\u0000" } }, { locale });
      const issue = r.ok ? undefined : r.issues.find((i) => i.code === "text.invalid_character");
      expect(issue?.message).toMatch(/U\+0000/);
    }
  });

  it("never refuses a well-formed text without U+0000 for that reason (property)", () => {
    fc.assert(
      fc.property(
        wellFormed.filter((s) => !s.includes("\u0000")),
        (s) => {
          expect(isStorableText(s)).toBe(true);
          const r = validateOrganization({ id: "org-1", legalForm: "partner", name: { fr: s } });
          if (!r.ok) expect(r.issues.map((i) => i.code)).not.toContain("text.invalid_character");
          const printable = [...s].filter((c) => (c.codePointAt(0) ?? 0) > 0x20 && c !== "\u007F").join("");
          expect(IdSchema.safeParse(`id${printable}`).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("checks every text field of the entities", () => {
    const offender = "bad\u0000\uD800text";
    const fields: [string, (o: Organization) => unknown][] = [
      ["id", (o) => ({ ...o, id: offender })],
      ["name.ar", (o) => ({ ...o, name: { ar: offender } })],
      ["acronym.fr", (o) => ({ ...o, acronym: { fr: offender } })],
      ["purpose.en", (o) => ({ ...o, purpose: { en: offender } })],
      ["seat.line.fr", (o) => ({ ...o, seat: { ...o.seat, line: { fr: offender } } })],
      ["seat.city.ar", (o) => ({ ...o, seat: { ...o.seat, city: { ar: offender } } })],
      ["formerNames.0.name.fr", (o) => ({ ...o, formerNames: [{ name: { fr: offender }, until: "2001-01-01" }] })],
      [
        "contacts.0.label.fr",
        (o) => ({ ...o, contacts: [{ kind: "phone", value: "+212522271234", label: { fr: offender } }] }),
      ],
      ["contacts.0.value", (o) => ({ ...o, contacts: [{ kind: "social", network: "facebook", value: offender }] })],
      ["contacts.0.value", (o) => ({ ...o, contacts: [{ kind: "website", value: `https://a.ma/${offender}` }] })],
      ["bankAccount.bank", (o) => ({ ...o, bankAccount: { bank: offender, rib: "011780000012345678901234" } })],
      ["bankAccount.holder", (o) => ({ ...o, bankAccount: { holder: offender, rib: "011780000012345678901234" } })],
      ["founders.0.name.fr", (o) => ({ ...o, founders: [{ name: { fr: offender } }, ...(o.founders ?? [])] })],
      ["parentId", (o) => ({ ...o, parentId: offender })],
      [
        "governingBodies.0.mandates.0.personName.fr",
        (o) => ({
          ...o,
          governingBodies: [
            {
              id: "b",
              kind: "board",
              mandates: [{ personId: "p", personName: { fr: offender }, role: "member", startOn: "2020-01-01" }],
            },
          ],
        }),
      ],
    ];
    fc.assert(
      fc.property(organizationArbitrary(), (org) => {
        for (const [path, corrupt] of fields) {
          const r = validateOrganization(corrupt(org));
          expect(r.ok, path).toBe(false);
          if (!r.ok) expect(codesAt(r.issues, path), path).toContain("text.invalid_character");
        }
        const coop = validateOrganization({
          ...org,
          legalForm: "cooperative",
          cooperative: {
            capital: { amount: 1_000_000, currency: "MAD" },
            shareValue: { amount: 10_000, currency: "MAD" },
            odcoNumber: offender,
          },
        });
        expect(!coop.ok && codesAt(coop.issues, "cooperative.odcoNumber")).toContain("text.invalid_character");
      }),
      { numRuns: 20 },
    );
    const person = validatePerson({ id: "p-1", name: { fr: offender } });
    expect(!person.ok && codesAt(person.issues, "name.fr")).toContain("text.invalid_character");
    const body = validateGoverningBody({ id: "b", kind: "board", name: { ar: offender }, mandates: [] });
    expect(!body.ok && codesAt(body.issues, "name.ar")).toContain("text.invalid_character");
    const [project] = fc.sample(projectArbitrary(), { numRuns: 1, seed: 3 });
    const p = validateProject({ ...project, code: offender });
    expect(!p.ok && codesAt(p.issues, "code")).toContain("text.invalid_character");
    const [agreement] = fc.sample(partnershipAgreementArbitrary(), { numRuns: 1, seed: 3 });
    const a = validatePartnershipAgreement({ ...agreement, reference: offender });
    expect(!a.ok && codesAt(a.issues, "reference")).toContain("text.invalid_character");
  });
});

describe("textIn", () => {
  it("falls back through the chain of the display language", () => {
    expect(textIn({ ar: "جمعية الأمل" }, "fr")).toEqual({ text: "جمعية الأمل", locale: "ar" });
    expect(textIn({ fr: "A", zgh: "ⵜ" }, "zgh")).toEqual({ text: "ⵜ", locale: "zgh" });
    expect(textIn({ ar: "ب", fr: "A" }, "xx" as "en")).toEqual({ text: "A", locale: "fr" });
    expect(textIn(null as unknown as { fr: string }, "fr")).toBeUndefined();
    expect(textIn({ fr: 5, ar: "ب" } as unknown as { fr: string }, "fr")).toEqual({ text: "ب", locale: "ar" });
  });
});
