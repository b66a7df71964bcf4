import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locale.js";
import type { Result } from "../result.js";
import { parseCin } from "./cin.js";
import { parseEmail } from "./email.js";
import { parseIban } from "./iban.js";
import { parseIce } from "./ice.js";
import { identifierMessages } from "./messages.js";
import { parseOrgId } from "./orgId.js";
import { parsePhone } from "./phone.js";
import { parseRib } from "./rib.js";

type Code = keyof typeof identifierMessages;

/** An input that produces each code; the type makes this list cover every code of the table. */
const reach: Record<Code, () => Result<unknown>> = {
  "identifier.not_a_string": () => parseRib(42),
  "rib.format": () => parseRib("12345"),
  "rib.checksum": () => parseRib("011519000001205000534922"),
  "iban.format": () => parseIban("12MA"),
  "iban.country": () => parseIban("FR7630006000011234567890189"),
  "iban.length": () => parseIban("MA6401151900000120500053492"),
  "iban.checksum": () => parseIban("MA65011519000001205000534921"),
  "iban.rib_checksum": () => parseIban("MA37011519000001205000534922"),
  "ice.format": () => parseIce("12345"),
  "ice.checksum": () => parseIce("001234567000063"),
  "cin.format": () => parseCin("123456"),
  "phone.invalid": () => parsePhone("0512345678"),
  "phone.unsupported_country": () => parsePhone("+7 495 123 45 67"),
  "email.format": () => parseEmail("contact@example"),
  "orgId.format": () => parseOrgId("MA-ICE"),
  "orgId.scheme": () => parseOrgId("GB-CHC-1234567"),
};

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("identifierMessages", () => {
  it("every code is reachable from a parser, and that input reports exactly that code", () => {
    for (const [code, run] of Object.entries(reach)) {
      const r = run();
      expect(r.ok, code).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual([code]);
    }
  });

  it("every message is written in ar, fr and en, with the same placeholders", () => {
    for (const [code, template] of Object.entries(identifierMessages)) {
      for (const locale of LOCALES) expect(template[locale].trim(), `${code} ${locale}`).not.toBe("");
      expect(template.ar, code).toMatch(/[\u0600-\u06FF]/);
      expect(template.fr, code).not.toBe(template.en);
      expect(placeholders(template.ar), code).toEqual(placeholders(template.en));
      expect(placeholders(template.fr), code).toEqual(placeholders(template.en));
    }
  });

  it("fills placeholders from the issue's params", () => {
    const r = parseIban("MA640115", { locale: "fr" });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "iban.length", message: "Un IBAN marocain comporte 28 caractères ; celui-ci en comporte 8." }],
    });
  });
});
