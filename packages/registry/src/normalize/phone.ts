import { type Issue, type IssuePath, type Locale, parsePhone } from "@madani/model";

/** The outcome of a phone look-up: the number in E.164 form, or the issues of `parsePhone`. */
export type PhoneLookup =
  | { readonly ok: true; readonly e164: string }
  | { readonly ok: false; readonly issues: readonly Issue<string>[] };

/** A number written with ASCII digits, an optional leading `+`, and spaces, dots or dashes between. */
const SIMPLE = /^\+?[\d .-]+$/;
const SEPARATORS = /[ .-]/g;
/** A Moroccan number once the separators are gone: `0` or `+212` / `00212`, then nine digits starting 5 to 8. */
const MOROCCAN = /^(?:0|\+212|00212)([5-8]\d{8})$/;
/** Digits of the national number that decide whether it is valid: the numbering plan's ranges are this long. */
const RANGE_DIGITS = 5;
/** Entries kept before a cache starts again (bounds the memory of a very large import). */
const MAX_ENTRIES = 100_000;

/**
 * Phone look-ups of one import, with their answers kept: the same text gives
 * the same answer without parsing it again, and a Moroccan number written
 * simply (`0612345678`, `06 12 34 56 78`, `+212 6…`, `00212 6…`, with spaces,
 * dots or dashes) is answered from the numbering-plan range of its first five
 * national digits once a number of that range has been parsed.
 *
 * @remarks The answers are those of `parsePhone` from `@madani/model` with
 * Morocco as the default country. The plan's ranges for +212 are fixed by at
 * most five leading digits of the nine-digit national number (the tests check
 * every such range), so two numbers that share them are both valid or both
 * invalid; the E.164 form of a valid one is `+212` and its nine digits.
 * @example
 * ```ts
 * const phones = new PhoneCache("fr", ["contacts", "phone"]);
 * phones.lookup("06 12 34 56 78"); // { ok: true, e164: "+212612345678" }
 * phones.lookup("0612345699"); // same range: answered without parsing
 * ```
 */
export class PhoneCache {
  private readonly exact = new Map<string, PhoneLookup>();
  private readonly ranges = new Map<string, PhoneLookup>();

  /**
   * @param locale - language of the issue messages.
   * @param path - path of the issues.
   */
  constructor(
    private readonly locale: Locale,
    private readonly path: IssuePath,
  ) {}

  /**
   * Parse a phone number as `parsePhone` does (default country Morocco).
   *
   * @param text - the number as typed.
   * @returns the E.164 form, or the issues (`phone.invalid`, `phone.unsupported_country`).
   */
  lookup(text: string): PhoneLookup {
    const known = this.exact.get(text);
    if (known !== undefined) return known;
    const national = SIMPLE.test(text) ? MOROCCAN.exec(text.replace(SEPARATORS, ""))?.[1] : undefined;
    if (national !== undefined) {
      const range = this.ranges.get(national.slice(0, RANGE_DIGITS));
      if (range !== undefined) return range.ok ? { ok: true, e164: `+212${national}` } : range;
    }
    const r = parsePhone(text, { locale: this.locale, path: this.path });
    const answer: PhoneLookup = r.ok ? { ok: true, e164: r.value.e164 } : { ok: false, issues: r.issues };
    if (national !== undefined && (!answer.ok || answer.e164 === `+212${national}`)) {
      if (this.ranges.size >= MAX_ENTRIES) this.ranges.clear();
      this.ranges.set(national.slice(0, RANGE_DIGITS), answer);
    } else {
      if (this.exact.size >= MAX_ENTRIES) this.exact.clear();
      this.exact.set(text, answer);
    }
    return answer;
  }
}
