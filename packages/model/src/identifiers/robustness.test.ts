import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../result.js";
import { parseCin } from "./cin.js";
import { parseEmail } from "./email.js";
import { parseIban } from "./iban.js";
import { parseIce } from "./ice.js";
import { parseOrgId } from "./orgId.js";
import { parsePhone } from "./phone.js";
import { parseRib } from "./rib.js";

/** Every parser, and whether it may echo the input (not for personal data). */
const parsers: readonly [string, (input: unknown) => Result<unknown>, boolean][] = [
  ["parseRib", parseRib, true],
  ["parseIban", parseIban, true],
  ["parseIce", parseIce, true],
  ["parseCin", parseCin, false],
  ["parsePhone", parsePhone, false],
  ["parseEmail", parseEmail, false],
  ["parseOrgId", parseOrgId, true],
];

const boom = (): never => {
  throw new Error("boom");
};

/** Inputs that break code touching them: throwing getters and conversions, proxies, symbols. */
function hostileInputs(): unknown[] {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return [
    Symbol("rib"),
    Object.defineProperty({}, "length", { get: boom }),
    { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom },
    new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom }),
    revocable.proxy,
    Object.create(null),
    new String("011519000001205000534921"),
    ["011519000001205000534921"],
    () => "011519000001205000534921",
    10n ** 30n,
    Number.NaN,
    undefined,
  ];
}

describe("identifier parsers", () => {
  for (const [name, parse, echo] of parsers) {
    describe(name, () => {
      it("returns identifier.not_a_string for hostile non-string input, without throwing", () => {
        for (const input of hostileInputs()) {
          const r = parse(input);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["identifier.not_a_string"]);
        }
      });

      it("law: never throws on any value", () => {
        fc.assert(
          fc.property(
            fc.anything({
              withBoxedValues: true,
              withMap: true,
              withSet: true,
              withNullPrototype: true,
              withBigInt: true,
            }),
            (input) => {
              const r = parse(input);
              expect(typeof r.ok).toBe("boolean");
              if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
            },
          ),
        );
      });

      it("law: rejects strings over 256 characters quickly, with one issue", () => {
        fc.assert(
          fc.property(fc.string({ minLength: 257, maxLength: 2000 }), (input) => {
            const r = parse(input);
            expect(r.ok).toBe(false);
            if (!r.ok) expect(r.issues).toHaveLength(1);
          }),
          { numRuns: 20 },
        );
        const start = performance.now();
        expect(parse("1".repeat(10_000_000)).ok).toBe(false);
        expect(performance.now() - start).toBeLessThan(50);
      });

      it(echo ? "echoes short offending strings" : "never echoes the input (personal data)", () => {
        const r = parse("!");
        expect(r.ok).toBe(false);
        if (!r.ok) {
          if (echo) expect(r.issues[0]).toHaveProperty("value", "!");
          else expect(r.issues[0]).not.toHaveProperty("value");
        }
      });
    });
  }
});
