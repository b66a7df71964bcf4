import { parsePhone } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhoneCache, type PhoneLookup } from "./phone.js";

const PATH = ["contacts", "phone"];

/** What parsePhone answers, in the cache's terms. */
function reference(text: string): PhoneLookup {
  const r = parsePhone(text, { locale: "fr", path: PATH });
  return r.ok ? { ok: true, e164: r.value.e164 } : { ok: false, issues: r.issues };
}

describe("PhoneCache", () => {
  it("answers as parsePhone, for the same text and for numbers of a range already seen", () => {
    const phones = new PhoneCache("fr", PATH);
    for (const text of ["0612345678", "06 12 34 56 78", "+212 6 12 34 56 99", "00212612345600", "0512345678"]) {
      expect(phones.lookup(text)).toEqual(reference(text));
    }
    expect(phones.lookup("0612345678")).toEqual({ ok: true, e164: "+212612345678" });
    expect(phones.lookup("06.12.34.56.11")).toEqual({ ok: true, e164: "+212612345611" });
    expect(phones.lookup("06 12 34")).toEqual(reference("06 12 34"));
    expect(phones.lookup("+33 1 42 68 53 00")).toEqual(reference("+33 1 42 68 53 00"));
    expect(phones.lookup("٠٦١٢٣٤٥٦٧٨")).toEqual({ ok: true, e164: "+212612345678" });
  });

  it("law: any layout of any number gives parsePhone's answer, whatever was looked up before", () => {
    const phones = new PhoneCache("fr", PATH);
    const separator = fc.constantFrom("", "", "", " ", ".", "-", "  ", " - ");
    const prefix = fc.constantFrom("0", "+212", "00212", "+212 ", "00 212 ", "+ 212", "0 0212", "212", "", "+2120");
    // Few leading digits, so that ranges repeat; any digit, so that invalid ranges and lengths come up too.
    const digits = fc.tuple(fc.constantFrom("5", "6", "7", "8", "9", "1"), fc.stringMatching(/^\d{6,10}$/));
    fc.assert(
      fc.property(prefix, digits, fc.array(separator, { minLength: 12, maxLength: 12 }), (p, [first, rest], seps) => {
        const body = [...`${first}${rest}`].map((d, k) => `${d}${seps[k] ?? ""}`).join("");
        const text = `${p}${body}`.trim();
        expect(phones.lookup(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("rests on the numbering plan: a Moroccan range is fixed by the first five national digits", () => {
    // Every five-digit range of +212 numbers that the cache can answer from: its lowest and highest numbers
    // are both valid or both invalid. A range decided by more digits would make them differ.
    const outcome = (national: string) => {
      const r = parsePhone(`0${national}`);
      return r.ok ? `ok ${r.value.e164 === `+212${national}`}` : r.issues.map((i) => i.code).join();
    };
    const differ: string[] = [];
    for (let range = 50_000; range < 90_000; range++) {
      const low = outcome(`${range}0000`);
      if (outcome(`${range}9999`) !== low || outcome(`${range}5050`) !== low) differ.push(String(range));
    }
    expect(differ).toEqual([]);
  });
});
