import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmailSchema, parseEmail } from "./email.js";

describe("parseEmail", () => {
  it("trims and lower-cases the domain, keeping the local part as written", () => {
    expect(parseEmail("  Contact@Association-Example.MA ")).toEqual({
      ok: true,
      value: { email: "Contact@association-example.ma" },
    });
    expect(parseEmail("\u200Fbureau.central+ag2024@reseau-example.org.ma\u200E")).toEqual({
      ok: true,
      value: { email: "bureau.central+ag2024@reseau-example.org.ma" },
    });
  });

  it("accepts usual addresses", () => {
    for (const email of ["a@b.ma", "first.last@sub.domain.example.com", "o'neil@example.ie", "x_y-z@example-ngo.org"]) {
      expect(parseEmail(email)).toEqual({ ok: true, value: { email } });
    }
  });

  it("reports email.format for malformed addresses, without echoing them", () => {
    const bad = [
      "",
      "contact",
      "contact@",
      "@example.ma",
      "contact@example",
      "contact@example.m",
      "con tact@example.ma",
      "contact@@example.ma",
      "contact@exa mple.ma",
      ".contact@example.ma",
      "contact.@example.ma",
      "contact..x@example.ma",
      "جمعية@example.ma",
      "contact@مثال.المغرب",
      `${"a".repeat(65)}@example.ma`,
      `a@${"b".repeat(250)}.ma`,
      "mailto:contact@example.ma x",
    ];
    for (const input of bad) {
      const r = parseEmail(input);
      expect(r, input).toMatchObject({ ok: false, issues: [{ code: "email.format" }] });
      if (!r.ok) expect(r.issues[0]).not.toHaveProperty("value");
    }
  });

  it("accepts a local part of 64 characters but not 65", () => {
    expect(parseEmail(`${"a".repeat(64)}@example.ma`).ok).toBe(true);
    expect(parseEmail(`${"a".repeat(65)}@example.ma`).ok).toBe(false);
  });

  it("reports identifier.not_a_string for other types", () => {
    expect(parseEmail(42)).toMatchObject({ ok: false, issues: [{ code: "identifier.not_a_string" }] });
  });

  const word = fc.stringMatching(/^[a-z0-9_+-]{1,10}$/);
  const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
  const address = fc
    .tuple(
      fc.array(word, { minLength: 1, maxLength: 3 }),
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.stringMatching(/^[a-z]{2,6}$/),
    )
    .map(([local, labels, tld]) => `${local.join(".")}@${labels.join(".")}.${tld}`);

  it("law: parsing is idempotent and ignores the case of the domain", () => {
    fc.assert(
      fc.property(address, (email) => {
        const first = parseEmail(email);
        expect(first).toEqual({ ok: true, value: { email } });
        if (!first.ok) return;
        expect(parseEmail(first.value.email)).toEqual(first);
        const [local, domain] = email.split("@") as [string, string];
        expect(parseEmail(` ${local}@${domain.toUpperCase()}\t`)).toEqual(first);
        expect(EmailSchema.safeParse(first.value.email).success).toBe(true);
      }),
    );
  });

  it("law: never throws on random strings, and never echoes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          address.map((a) => `${a}@`),
        ),
        (input) => {
          const r = parseEmail(input);
          if (!r.ok) for (const issue of r.issues) expect(issue).not.toHaveProperty("value");
        },
      ),
    );
  });
});

describe("EmailSchema", () => {
  it("accepts canonical addresses only and reports email.format", () => {
    expect(EmailSchema.parse("Contact@association-example.ma")).toBe("Contact@association-example.ma");
    for (const bad of ["contact@Example.MA", " contact@example.ma", "contact@example"]) {
      const issues = EmailSchema.safeParse(bad).error?.issues ?? [];
      expect(issues.map((i) => (i as { params?: { madani?: string } }).params?.madani)).toEqual(["email.format"]);
    }
  });
});
