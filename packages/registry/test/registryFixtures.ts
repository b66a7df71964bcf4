import { ASSOCIATIVE_FORMS, FieldOfAction, type IsoDate, type LegalFormValue, type Organization } from "@madani/model";
import { communes } from "@madani/model/geo";
import type { BuildOptions } from "../src/ingest/toOrganization.js";
import { PlaceCache } from "../src/ingest/toOrganization.js";
import { PhoneCache } from "../src/normalize/phone.js";

/** Options of `buildOrganization` for tests: French messages, ids `row-N`, no default legal form. */
export function buildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    locale: "fr",
    idPrefix: "row-",
    defaultLegalForm: undefined,
    maxFieldLength: 10_000,
    places: new PlaceCache(),
    phones: new PhoneCache("fr", ["contacts", "phone"]),
    ...overrides,
  };
}

/** A small deterministic PRNG (mulberry32), so fixtures are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: readonly (readonly [string, string])[] = [
  ["الأمل", "Al Amal"],
  ["النور", "Ennour"],
  ["التضامن", "Attadamoun"],
  ["الخير", "Al Khair"],
  ["الوفاء", "Al Wafae"],
  ["الفتح", "Al Fath"],
  ["الإحسان", "Al Ihsane"],
  ["المستقبل", "Al Moustaqbal"],
  ["الشروق", "Achourouk"],
  ["الرحمة", "Arrahma"],
  ["البركة", "Al Baraka"],
  ["الأطلس", "Atlas"],
  ["الواحة", "Al Waha"],
  ["السلام", "Assalam"],
  ["الأصالة", "Al Assala"],
];

const FORMS: readonly LegalFormValue[] = [
  "association",
  "association",
  "association",
  "association",
  "association",
  "cooperative",
  "cooperative",
  "network",
  "federation",
  "foundation",
];

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const dateOf = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Deterministic synthetic organizations with seats in real communes, names in
 * Arabic and French, legal-life dates, boards (with people's names: personal
 * data) and, for associations, founders named in the minutes.
 */
export function syntheticOrganizations(count: number, seed = 1): Organization[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const places = communes();
  const out: Organization[] = [];
  for (let i = 0; i < count; i++) {
    const form = pick(FORMS);
    const [ar, fr] = pick(WORDS);
    const [ar2, fr2] = pick(WORDS);
    const place = pick(places);
    const year = 1990 + Math.floor(rand() * 35);
    const foundedOn = dateOf(year, 1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28));
    const declaredOn = dateOf(year, 12, 1 + Math.floor(rand() * 20));
    const receipt = rand();
    const fields = [...new Set([pick(FieldOfAction.values), pick(FieldOfAction.values)])];
    const associative = ASSOCIATIVE_FORMS.includes(form);
    const arForm = form === "cooperative" ? "تعاونية" : "جمعية";
    const frForm = form === "cooperative" ? "Coopérative" : "Association";
    const boardEnd = dateOf(year + 4 + Math.floor(rand() * 30), 6, 30);
    const org: Organization = {
      id: `org-${seed}-${pad(i, 7)}`,
      legalForm: form,
      name: { ar: `${arForm} ${ar} ${ar2} ${i}`, fr: `${frForm} ${fr} ${fr2} ${i}` },
      fieldsOfAction: fields,
      seat:
        rand() < 0.05
          ? { regionCode: place.regionCode }
          : { regionCode: place.regionCode, provinceCode: place.provinceCode, communeCode: place.code },
      foundedOn,
      lifecycle: {
        declaredOn,
        provisionalReceiptOn: declaredOn,
        ...(receipt < 0.7 ? { finalReceiptOn: dateOf(year + 1, 2, 10) } : {}),
        ...(receipt > 0.96 && year <= 2018 ? { dissolvedOn: dateOf(year + 5, 3, 3) } : {}),
      },
      ...(associative
        ? {
            founders: [
              { name: { ar: `مؤسس ${i} أ`, fr: `Fondateur ${i} A` } },
              { name: { ar: `مؤسس ${i} ب`, fr: `Fondateur ${i} B` } },
            ],
          }
        : {}),
      governingBodies: [
        {
          id: `board-${i}`,
          kind: "board",
          mandates: [
            {
              personId: `p-${i}-1`,
              personName: { ar: `رئيس ${i}`, fr: `Président ${i}` },
              role: "president",
              startOn: declaredOn,
              endOn: boardEnd,
            },
            {
              personId: `p-${i}-2`,
              personName: { fr: `Trésorier ${i}` },
              role: "treasurer",
              startOn: declaredOn,
              endOn: boardEnd,
            },
          ],
        },
      ],
    };
    out.push(org);
  }
  return out;
}

/**
 * Synthetic organizations (see {@link syntheticOrganizations}) that also have
 * contact details (a phone and an e-mail, a website for some) and a bank
 * account with a RIB (an IBAN for some), all unique, deterministic and valid.
 */
export function syntheticOrganizationsWithDetails(count: number, seed = 1): Organization[] {
  const rand = prng(seed ^ 0x5eed);
  return syntheticOrganizations(count, seed).map((org, i) => {
    const digits = (n: number) => String(Math.floor(rand() * 10 ** n)).padStart(n, "0");
    const body = `${digits(3)}${digits(3)}${String(i).padStart(16, "0")}`;
    const rib = `${body}${String(97 - Number((BigInt(body) * 100n) % 97n)).padStart(2, "0")}`;
    const check =
      98n -
      (BigInt(
        `${rib}${"MA"
          .split("")
          .map((c) => c.charCodeAt(0) - 55)
          .join("")}00`,
      ) %
        97n);
    const iban = `MA${String(check).padStart(2, "0")}${rib}`;
    return {
      ...org,
      contacts: [
        { kind: "phone", value: `+2125${String(22_000_000 + i).padStart(8, "0")}` },
        { kind: "email", value: `contact${i}@association-${seed}.ma` },
        ...(i % 3 === 0 ? [{ kind: "website" as const, value: `https://association-${seed}-${i}.ma` }] : []),
      ],
      bankAccount: i % 4 === 0 ? { bank: "Banque Populaire", rib, iban } : { rib },
    };
  });
}
