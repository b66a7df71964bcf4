import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../result.js";
import type { Commune } from "./commune.js";
import { findCommune, findProvince, findRegion } from "./lookup.js";
import { communes, provinces, regions } from "./places.js";

/*
 * Expected codes come from the source CSVs, read outside this package (python3,
 * csv module), never from the code under test.
 */

/**
 * Communes that share a normalized name (case, accents, apostrophes, hyphens,
 * spaces, hamza and alef forms, ى/ي, ة/ه folded) with a commune of another
 * province. No two communes of the same province share one.
 */
const SHARED_FRENCH_NAMES: readonly (readonly [string, readonly string[]])[] = [
  ["Ajdir", ["01.051.01.09", "03.561.03.01"]],
  ["Sidi Boubker", ["02.275.09.15", "07.427.09.15"]],
  ["Laatamna", ["02.113.03.09", "07.191.05.15"]],
  ["Ouled M'hamed", ["02.533.03.15", "06.461.11.23"]],
  ["Ait Ouallal", ["03.061.03.07", "08.587.11.07"]],
  ["Tazarine", ["03.561.09.11", "08.587.11.41"]],
  ["Ouled H'cine", ["04.491.05.13", "06.181.05.07"]], // the second is written "Ouled Hcine"
  ["Tabia", ["05.081.05.15", "09.541.03.21"]],
  ["Oulad Azzouz", ["05.311.05.15", "06.385.01.07"]],
  ["Oulad Aissa", ["05.311.07.13", "06.181.05.03", "09.541.04.33"]],
  ["Sidi Ghanem", ["07.161.05.15", "07.427.07.19"]],
];
const SHARED_ARABIC_NAMES: readonly (readonly [string, readonly string[]])[] = [
  ["أجدير", ["01.051.01.09", "03.561.03.01"]],
  ["سيدي بوبكر", ["02.275.09.15", "07.427.09.15"]],
  ["أولاد امحمد", ["02.533.03.15", "06.461.11.23"]],
  ["مجاط", ["03.061.05.03", "07.161.07.11"]],
  ["آيت ولال", ["03.061.03.07", "08.587.11.07"]],
  ["سيدي المخفي", ["03.271.03.07", "03.531.03.15"]],
  ["أولاد عياد", ["03.531.09.15", "05.255.01.09"]],
  ["تازارين", ["03.561.09.11", "08.587.11.41"]],
  ["أولاد احسين", ["04.491.05.13", "06.181.05.07"]],
  ["بني يخلف", ["05.311.05.03", "06.371.01.05"]],
  ["أولاد عزوز", ["05.311.05.15", "06.385.01.07"]],
  ["أولاد عيسى", ["05.311.07.13", "06.181.05.03", "09.541.04.33"]],
  ["سيدي غانم", ["07.161.05.15", "07.211.07.31", "07.427.07.19"]],
  ["أسايس", ["07.211.07.09", "09.541.07.07"]],
  ["لمسيد", ["10.521.03.01", "11.121.03.05"]],
];

/** Communes of one province sharing a normalized name: none in the HCP files. */
const SHARED_WITHIN_A_PROVINCE: ReadonlySet<string> = new Set<string>();

const count = (list: readonly (readonly [string, readonly string[]])[]): number =>
  list.reduce((n, [, codes]) => n + codes.length, 0);

function codeOf<T extends { readonly code: string }>(r: Result<T>): string {
  return r.ok ? r.value.code : r.issues.map((i) => i.code).join(",");
}

function issueOf(r: Result<unknown>) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("unreachable");
  expect(r.issues).toHaveLength(1);
  return r.issues[0] as NonNullable<(typeof r.issues)[0]>;
}

/** Replace ASCII digits with Arabic-Indic (even positions) or Extended Arabic-Indic (odd) digits. */
function arabicIndic(code: string): string {
  let i = 0;
  return code.replace(/\d/g, (d) => String.fromCharCode((i++ % 2 === 0 ? 0x0660 : 0x06f0) + Number(d)));
}

describe("findRegion, findProvince, findCommune by code", () => {
  it("find every place by its dotted code, its digits, in Arabic-Indic digits and without leading zeros", () => {
    for (const r of regions()) {
      expect(findRegion(r.code)).toEqual({ ok: true, value: r });
      expect(codeOf(findRegion(arabicIndic(r.code)))).toBe(r.code);
      expect(codeOf(findRegion(String(Number(r.code))))).toBe(r.code);
    }
    for (const p of provinces()) {
      expect(findProvince(p.code)).toEqual({ ok: true, value: p });
      expect(codeOf(findProvince(p.codeDigits))).toBe(p.code);
      expect(codeOf(findProvince(arabicIndic(p.code)))).toBe(p.code);
      expect(codeOf(findProvince(p.codeDigits.replace(/^0+/, "")))).toBe(p.code);
      expect(codeOf(findProvince(p.code, { within: p.regionCode }))).toBe(p.code);
    }
    for (const c of communes()) {
      expect(findCommune(c.code)).toEqual({ ok: true, value: c });
      expect(codeOf(findCommune(c.codeDigits))).toBe(c.code);
      expect(codeOf(findCommune(arabicIndic(c.codeDigits)))).toBe(c.code);
      expect(codeOf(findCommune(c.codeDigits.replace(/^0+/, "")))).toBe(c.code);
      expect(codeOf(findCommune(` ${arabicIndic(c.code)} `, { within: c.provinceCode }))).toBe(c.code);
      expect(codeOf(findCommune(c.code, { within: c.regionCode }))).toBe(c.code);
    }
  });

  it("reads real codes of the HCP files", () => {
    expect(findCommune("01.511.01.01")).toMatchObject({ ok: true, value: { nameFr: "Assilah", nameAr: "أصيلة" } });
    expect(findCommune("015110101")).toMatchObject({ ok: true, value: { nameFr: "Assilah" } });
    expect(findCommune("٠١٥١١٠١٠١")).toMatchObject({ ok: true, value: { nameFr: "Assilah" } });
    expect(findCommune("15110101")).toMatchObject({ ok: true, value: { nameFr: "Assilah" } });
    // A code whose last part has one digit: dotted as published, digits zero-padded to nine.
    expect(findCommune("01.511.01.0")).toMatchObject({ ok: true, value: { nameFr: "Tanger" } });
    expect(findCommune("001511010")).toMatchObject({ ok: true, value: { nameFr: "Tanger" } });
    expect(findCommune("06.141.01.0")).toMatchObject({ ok: true, value: { nameFr: "Casablanca" } });
    expect(findProvince("06.141.01.00")).toMatchObject({ ok: true, value: { nameFr: "Casablanca-Anfa" } });
    expect(findProvince("06141")).toMatchObject({ ok: true, value: { nameFr: "Casablanca" } });
    expect(findRegion("١٢")).toMatchObject({ ok: true, value: { nameFr: "Dakhla-Oued Ed-Dahab" } });
  });

  it("does not find codes of another level, unknown codes, or codes outside `within`", () => {
    expect(issueOf(findCommune("01.511")).code).toBe("geo.not_found");
    expect(issueOf(findProvince("01.511.01.01")).code).toBe("geo.not_found");
    expect(issueOf(findProvince("01")).code).toBe("geo.not_found");
    expect(issueOf(findRegion("13")).code).toBe("geo.not_found");
    expect(issueOf(findRegion("01.511")).code).toBe("geo.not_found");
    expect(issueOf(findCommune("01.511.01.02")).code).toBe("geo.not_found");
    expect(issueOf(findCommune("0123456789")).code).toBe("geo.not_found");
    expect(issueOf(findCommune("06.141.01.00")).code).toBe("geo.not_found");
    expect(issueOf(findCommune("01.511.01.01", { within: "02" })).code).toBe("geo.not_found");
    expect(issueOf(findCommune("01.511.01.01", { within: "01.573" })).code).toBe("geo.not_found");
    expect(issueOf(findProvince("01.511", { within: "02" })).code).toBe("geo.not_found");
  });
});

describe("findRegion, findProvince, findCommune by name", () => {
  it("find every région and province by its French and its Arabic name", () => {
    for (const r of regions()) {
      expect(codeOf(findRegion(r.nameFr)), r.nameFr).toBe(r.code);
      expect(codeOf(findRegion(r.nameAr)), r.nameAr).toBe(r.code);
    }
    for (const p of provinces()) {
      expect(codeOf(findProvince(p.nameFr)), p.nameFr).toBe(p.code);
      expect(codeOf(findProvince(p.nameAr)), p.nameAr).toBe(p.code);
      expect(codeOf(findProvince(p.nameAr, { within: p.regionCode }))).toBe(p.code);
    }
  });

  it("find every commune by its French and its Arabic name inside its province", () => {
    for (const c of communes()) {
      for (const name of [c.nameFr, c.nameAr]) {
        const r = findCommune(name, { within: c.provinceCode });
        if (SHARED_WITHIN_A_PROVINCE.has(c.code)) {
          expect(issueOf(r).code, name).toBe("geo.ambiguous");
          expect(issueOf(r).params?.candidates).toContain(c.code);
        } else {
          expect(codeOf(r), `${c.code} ${name}`).toBe(c.code);
        }
      }
    }
  });

  it("reports names shared by communes of different provinces as ambiguous, never resolving them silently", () => {
    for (const [name, codes] of [...SHARED_FRENCH_NAMES, ...SHARED_ARABIC_NAMES]) {
      const issue = issueOf(findCommune(name));
      expect(issue.code, name).toBe("geo.ambiguous");
      expect(issue.params).toEqual({ query: name, count: codes.length, candidates: codes.join(", ") });
      expect(issue.path).toEqual(["query"]);
      for (const code of codes) {
        const province = code.slice(0, 6);
        expect(codeOf(findCommune(name, { within: province })), `${name} in ${province}`).toBe(code);
      }
    }
  });

  it("finds a unique commune by name anywhere, except exactly the shared names", () => {
    const shared = (list: readonly (readonly [string, readonly string[]])[]) => new Set(list.flatMap(([, c]) => c));
    const fr = shared(SHARED_FRENCH_NAMES);
    const ar = shared(SHARED_ARABIC_NAMES);
    let ambiguousFr = 0;
    let ambiguousAr = 0;
    for (const c of communes()) {
      const byFr = findCommune(c.nameFr);
      const byAr = findCommune(c.nameAr);
      if (fr.has(c.code)) ambiguousFr += issueOf(byFr).code === "geo.ambiguous" ? 1 : 0;
      else expect(codeOf(byFr), c.nameFr).toBe(c.code);
      if (ar.has(c.code)) ambiguousAr += issueOf(byAr).code === "geo.ambiguous" ? 1 : 0;
      else expect(codeOf(byAr), c.nameAr).toBe(c.code);
    }
    expect(ambiguousFr).toBe(count(SHARED_FRENCH_NAMES));
    expect(ambiguousAr).toBe(count(SHARED_ARABIC_NAMES));
    expect([ambiguousFr, ambiguousAr]).toEqual([23, 32]);
  });

  it("scopes by région too, still reporting names shared inside the région", () => {
    expect(issueOf(findCommune("Sidi Ghanem", { within: "07" })).params?.candidates).toBe("07.161.05.15, 07.427.07.19");
    expect(issueOf(findCommune("سيدي غانم", { within: "07" })).params?.candidates).toBe(
      "07.161.05.15, 07.211.07.31, 07.427.07.19",
    );
    expect(issueOf(findCommune("سيدي المخفي", { within: "3" })).params?.count).toBe(2);
    expect(codeOf(findCommune("Ajdir", { within: "01" }))).toBe("01.051.01.09");
    expect(codeOf(findCommune("أجدير", { within: "٠٣" }))).toBe("03.561.03.01");
    expect(codeOf(findCommune("Sidi Ghanem", { within: "07427" }))).toBe("07.427.07.19");
  });

  it("ignores case, accents, apostrophes and hyphens in French names", () => {
    expect(codeOf(findCommune("KENITRA"))).toBe("04.281.01.01");
    expect(codeOf(findCommune("kelaat sraghna"))).toBe("07.191.01.03");
    expect(codeOf(findCommune("Kalaat Mgouna"))).toBe("08.577.01.05");
    expect(codeOf(findCommune("kalâat-m’gouna"))).toBe("08.577.01.05");
    expect(codeOf(findCommune("Mechouar Fes El Jadid"))).toBe("03.231.01.03");
    expect(codeOf(findCommune("BELFAA"))).toBe("09.163.05.11");
    expect(codeOf(findProvince("mdiq fnideq"))).toBe("01.573");
    expect(codeOf(findProvince("Ben Slimane"))).toBe("06.111");
    expect(codeOf(findProvince("el kelaa des sraghna"))).toBe("07.191");
    expect(codeOf(findRegion("draa tafilalet"))).toBe("08");
    expect(codeOf(findRegion("Laayoune Sakia El Hamra"))).toBe("11");
    expect(codeOf(findRegion("tanger tetouan al hoceima"))).toBe("01");
  });

  it("folds hamza and alef forms, ى, ة, and ignores tatweel and tashkeel in Arabic names", () => {
    expect(codeOf(findCommune("اصيلة"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("أصيله"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("أصـــيـلة"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("أَصِيلَة"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("مولاي بوشتي"))).toBe("03.531.05.15"); // published: مولاي بوشتى
    expect(codeOf(findCommune("بير طم طم"))).toBe("03.451.03.05"); // published: بئر طم طم
    expect(codeOf(findCommune("عين عايشة"))).toBe("03.531.09.01"); // published: عين عائشة
    expect(codeOf(findCommune("راس الما"))).toBe("02.381.01.15"); // published: رأس الماء
    expect(codeOf(findCommune("ايت قمرة"))).toBe("01.051.11.01"); // published: آيت قمرة
    expect(codeOf(findCommune("اسلي"))).toBe("02.411.05.09"); // published: إسلي
    expect(codeOf(findProvince("اسفي"))).toBe("07.431"); // published: آسفي
    expect(codeOf(findProvince("ازيلال"))).toBe("05.081");
    expect(codeOf(findRegion("مراكش اسفي"))).toBe("07");
    expect(codeOf(findRegion("الداخلة وادي الذهب"))).toBe("12");
  });

  it("strips the generic words people put before names", () => {
    expect(codeOf(findCommune("Commune d'Assilah"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("Commune urbaine de Kénitra"))).toBe("04.281.01.01");
    expect(codeOf(findCommune("Commune rurale Hjar Ennhal"))).toBe("01.511.05.19");
    expect(codeOf(findCommune("Municipalité de Témara"))).toBe("04.501.01.07");
    expect(codeOf(findCommune("جماعة أصيلة"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("الجماعة الترابية أصيلة"))).toBe("01.511.01.01");
    expect(codeOf(findCommune("جماعة حجر النحل"))).toBe("01.511.05.19");
    expect(codeOf(findProvince("Province de Taza"))).toBe("03.561");
    expect(codeOf(findProvince("Province d'Al Haouz"))).toBe("07.041");
    expect(codeOf(findProvince("Préfecture de Tanger-Assilah"))).toBe("01.511");
    expect(codeOf(findProvince("Préfecture d'arrondissements de Hay Hassani"))).toBe("06.141.01.30");
    expect(codeOf(findProvince("إقليم الحوز"))).toBe("07.041");
    expect(codeOf(findProvince("عمالة الرباط"))).toBe("04.421");
    expect(codeOf(findProvince("عمالة مقاطعات عين الشق"))).toBe("06.141.01.40");
    expect(codeOf(findRegion("Région de l'Oriental"))).toBe("02");
    expect(codeOf(findRegion("Région Souss-Massa"))).toBe("09");
    expect(codeOf(findRegion("جهة سوس ماسة"))).toBe("09");
    expect(codeOf(findRegion("جهة الشرق"))).toBe("02");
    // A generic word of another level is not removed.
    expect(issueOf(findCommune("Province de Taza")).code).toBe("geo.not_found");
    expect(issueOf(findProvince("Commune de Taza")).code).toBe("geo.not_found");
  });

  it("finds the same commune from variants of its real name (property)", () => {
    const all = communes();
    const TASHKEEL = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652";
    const ALEFS = "أإآٱ";
    const isArabicLetter = (ch: string) => /[\u0621-\u064A]/.test(ch);
    const arabicVariant = (name: string, ops: readonly number[]): string =>
      Array.from(name, (ch, i) => {
        const op = ops[i % ops.length] ?? 0;
        const atWordEnd = i === name.length - 1 || /[\s-]/.test(name[i + 1] ?? " ");
        let out = ch;
        if (ch === "ا" && op < 20) out = ALEFS[op % ALEFS.length] as string;
        else if ("أإآ".includes(ch) && op < 50) out = "ا";
        else if (ch === "ى" && op < 50) out = "ي";
        else if (ch === "ي" && atWordEnd && op < 50) out = "ى";
        else if (ch === "ة" && op < 50) out = "ه";
        else if (ch === "ه" && atWordEnd && op < 30) out = "ة";
        else if (ch === "ئ" && op < 50) out = "ي";
        else if (ch === "ء" && op < 50) out = "";
        else if (ch === " " && op < 30) out = "-";
        else if (ch === "-" && op < 50) out = " ";
        if (isArabicLetter(ch) && op % 7 === 1) out += TASHKEEL[op % TASHKEEL.length];
        if (isArabicLetter(ch) && op % 5 === 2 && !atWordEnd) out += "\u0640";
        return out;
      }).join("");
    const frenchVariant = (name: string, ops: readonly number[]): string =>
      Array.from(name, (ch, i) => {
        const op = ops[i % ops.length] ?? 0;
        let out = op % 2 === 0 ? ch.toUpperCase() : ch.toLowerCase();
        if (op < 50) out = out.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        if (ch === " ") out = op < 30 ? "-" : op < 40 ? "'" : " ";
        else if (ch === "'") out = op < 40 ? "" : op < 60 ? "’" : " ";
        else if (ch === "-") out = op < 50 ? " " : "-";
        return out;
      }).join("");
    const PREFIXES_FR = ["", "", "Commune de ", "Commune ", "commune rurale de "];
    const PREFIXES_AR = ["", "", "جماعة ", "الجماعة الترابية "];
    fc.assert(
      fc.property(
        fc.nat({ max: all.length - 1 }),
        fc.array(fc.nat({ max: 99 }), { minLength: 41, maxLength: 41 }),
        fc.nat(),
        (index, ops, prefix) => {
          const c = all[index] as Commune;
          const fr = `${PREFIXES_FR[prefix % PREFIXES_FR.length]}${frenchVariant(c.nameFr, ops)}`;
          const ar = `${PREFIXES_AR[prefix % PREFIXES_AR.length]}${arabicVariant(c.nameAr, ops)}`;
          expect(codeOf(findCommune(fr, { within: c.provinceCode })), fr).toBe(c.code);
          expect(codeOf(findCommune(ar, { within: c.provinceCode })), ar).toBe(c.code);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("issues", () => {
  it("reports an unknown name with the query, in the requested language", () => {
    const issue = issueOf(findCommune("  Atlantis  ", { locale: "fr" }));
    expect(issue).toEqual({
      code: "geo.not_found",
      path: ["query"],
      message: "Aucun lieu ne correspond à « Atlantis ».",
      severity: "error",
      params: { query: "Atlantis" },
      value: "  Atlantis  ",
    });
    expect(issueOf(findRegion("Atlantis", { locale: "ar" })).message).toBe(
      "لم يتم العثور على أي مكان يطابق «Atlantis».",
    );
    expect(issueOf(findProvince("Atlantis")).message).toBe("No place matches “Atlantis”.");
    expect(issueOf(findProvince("Atlantis", { locale: "de" as "en" })).code).toBe("schema.invalid_option");
  });

  it("tells the user how to resolve an ambiguous name in every language", () => {
    for (const locale of ["ar", "fr", "en"] as const) {
      const message = issueOf(findCommune("Tazarine", { locale })).message;
      expect(message).toContain("03.561.09.11, 08.587.11.41");
      expect(message).toContain("within");
    }
  });

  it("refuses queries that are not a non-empty string of at most 200 characters", () => {
    for (const query of [undefined, null, 42, 15110101, {}, [], "", "   ", "-'–«»", "\u064E\u0640", "x".repeat(201)]) {
      for (const find of [findRegion, findProvince, findCommune]) {
        const issue = issueOf(find(query as string));
        expect(issue.code).toBe("geo.invalid_query");
        expect(issue.params).toEqual({ maxLength: 200 });
      }
    }
    expect(codeOf(findCommune("Assilah".padEnd(200, " ")))).toBe("01.511.01.01");
  });

  it("refuses a `within` that names no région (provinces) or no région or province (communes)", () => {
    for (const within of ["99", "01.999", "Tanger-Assilah", "", "01.511.01.01"]) {
      const issue = issueOf(findCommune("Assilah", { within, locale: "en" }));
      expect(issue.code).toBe("geo.unknown_parent");
      expect(issue.path).toEqual(["within"]);
      expect(issue.params).toEqual({ within });
    }
    expect(issueOf(findProvince("Taza", { within: "03.561" })).code).toBe("geo.unknown_parent");
    expect(issueOf(findCommune("Assilah", { within: 1 as unknown as string })).params).toEqual({ within: "1" });
    expect(issueOf(findCommune("Assilah", { within: null as unknown as string })).code).toBe("geo.unknown_parent");
    expect(codeOf(findCommune("Assilah", { within: undefined }))).toBe("01.511.01.01");
  });

  it("reports a bad query and a bad `within` together", () => {
    const r = findCommune("", { within: "99" });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["geo.invalid_query", "geo.unknown_parent"]);
  });

  it("never throws, whatever the query and options", () => {
    const CODES = [
      "geo.not_found",
      "geo.ambiguous",
      "geo.invalid_query",
      "geo.unknown_parent",
      "schema.invalid_option",
      "input.unreadable",
    ];
    const query = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.constantFrom("Ajdir", "01.511", "٠١", "جماعة ", "Commune de"),
    );
    const options = fc.oneof(
      fc.anything(),
      fc.record({
        within: fc.oneof(fc.anything(), fc.constantFrom("01", "01.511", "06.141.01.00")),
        locale: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(query, options, (q, o) => {
        for (const find of [findRegion, findProvince, findCommune] as const) {
          const r = (find as (q: unknown, o: unknown) => Result<unknown>)(q, o);
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const issue of r.issues) expect(CODES).toContain(issue.code);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
