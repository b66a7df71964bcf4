import fc from "fast-check";
import { digitsMod } from "../internal/text.js";

const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });

/** The two-digit key that makes `prefix + key` divisible by 97. */
function mod97Key(prefix: string): string {
  const key = (97 - digitsMod(`${prefix}00`, 97)) % 97;
  return String(key).padStart(2, "0");
}

/**
 * Arbitrary valid Moroccan RIBs (24 digits, the whole number divisible by 97).
 *
 * @returns an arbitrary of canonical RIB strings.
 * @example
 * ```ts
 * fc.assert(fc.property(ribArbitrary(), (rib) => parseRib(rib).ok));
 * ```
 */
export function ribArbitrary(): fc.Arbitrary<string> {
  // A bank's key runs from 01 to 97: 97 minus the remainder, never 00.
  return digits(22).map((p) => p + String(97 - digitsMod(`${p}00`, 97)).padStart(2, "0"));
}

/**
 * Arbitrary valid Moroccan IBANs (`MA`, check digits, a valid RIB), in electronic form.
 *
 * @returns an arbitrary of canonical IBAN strings.
 * @example
 * ```ts
 * fc.sample(ibanArbitrary(), 1); // ["MA64…"]
 * ```
 */
export function ibanArbitrary(): fc.Arbitrary<string> {
  return ribArbitrary().map((rib) => {
    // ISO 13616: RIB + "MA00" with letters as numbers (M=22, A=10), check = 98 - mod 97.
    const check = 98 - digitsMod(`${rib}221000`, 97);
    return `MA${String(check).padStart(2, "0")}${rib}`;
  });
}

/**
 * Arbitrary valid ICE numbers (15 digits, divisible by 97).
 *
 * @returns an arbitrary of canonical ICE strings.
 * @example
 * ```ts
 * fc.sample(iceArbitrary(), 1); // ["00152528900009…"]
 * ```
 */
export function iceArbitrary(): fc.Arbitrary<string> {
  return digits(13).map((p) => p + mod97Key(p));
}

/**
 * Arbitrary Moroccan phone numbers in E.164: mobiles (`+2126…`, `+2127…`) and
 * Casablanca fixed lines (`+2125220…`).
 *
 * @returns an arbitrary of E.164 strings that `parsePhone` accepts.
 * @example
 * ```ts
 * fc.sample(phoneArbitrary(), 1); // ["+212661234567"]
 * ```
 */
export function phoneArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.constantFrom("661", "662", "670", "677", "700", "710"), digits(6)).map(([p, d]) => `+212${p}${d}`),
    digits(5).map((d) => `+2125220${d}`),
  );
}

/**
 * Arbitrary national identity card numbers (one or two letters, then digits).
 *
 * @returns an arbitrary of CIN strings.
 * @example
 * ```ts
 * fc.sample(cinArbitrary(), 1); // ["BE123456"]
 * ```
 */
export function cinArbitrary(): fc.Arbitrary<string> {
  const letter = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  return fc
    .tuple(fc.array(letter, { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 999_999 }))
    .map(([ls, n]) => `${ls.join("")}${n}`);
}
