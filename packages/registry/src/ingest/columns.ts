import { type Locale, localeOfOptions, makeIssue, type Result } from "@madani/model";
import * as z from "zod";
import { normalizeArabic } from "../normalize/arabic.js";
import { type IngestIssueCode, ingestMessages } from "./messages.js";

/**
 * The fields a flat row (a CSV line or a flat JSON object) can carry, each
 * mapped to part of an organization.
 *
 * @remarks `name` is an organization name in whichever script it is written
 * (Arabic letters make it `name.ar`, otherwise `name.fr`); `phone`, `email` and
 * `board` may hold several values separated by `;`, `/`, `|` or `،`;
 * `president`, `treasurer` and `secretary` become board mandates from the
 * founding (else declaration) date; `fieldsOfAction` values are matched
 * against the labels of `FieldOfAction` in ar, fr and en.
 */
export const IngestField = z.enum([
  "id",
  "legalForm",
  "name",
  "nameAr",
  "nameFr",
  "nameEn",
  "acronym",
  "foundedOn",
  "declaredOn",
  "region",
  "province",
  "commune",
  "address",
  "douar",
  "city",
  "postalCode",
  "phone",
  "email",
  "website",
  "rib",
  "iban",
  "bank",
  "ice",
  "rc",
  "receiptNumber",
  "president",
  "treasurer",
  "secretary",
  "board",
  "fieldsOfAction",
]);

/** A field of a flat row; see {@link IngestField}. */
export type IngestFieldValue = z.infer<typeof IngestField>;

/** Headers recognized for each field, in Arabic, French and English (compared after {@link normalizeArabic}, spaces removed). */
const SYNONYMS: Readonly<Record<IngestFieldValue, readonly string[]>> = {
  id: [
    "id",
    "identifiant",
    "identifier",
    "ref",
    "reference",
    "code",
    "المعرف",
    "الرقم التعريفي",
    "رقم التعريف",
    "المرجع",
  ],
  legalForm: [
    "legal form",
    "legalForm",
    "forme juridique",
    "forme",
    "type",
    "nature",
    "type d'organisation",
    "الشكل القانوني",
    "الصفة القانونية",
    "النوع",
    "الصفة",
  ],
  name: [
    "name",
    "nom",
    "denomination",
    "dénomination",
    "raison sociale",
    "organisation",
    "organization",
    "association",
    "nom de l'association",
    "الاسم",
    "التسمية",
    "اسم الجمعية",
    "اسم المنظمة",
    "اسم التعاونية",
  ],
  nameAr: [
    "name ar",
    "nameAr",
    "arabic name",
    "name (arabic)",
    "nom ar",
    "nom arabe",
    "nom en arabe",
    "dénomination arabe",
    "الاسم بالعربية",
    "الاسم العربي",
    "التسمية بالعربية",
  ],
  nameFr: [
    "name fr",
    "nameFr",
    "french name",
    "name (french)",
    "nom fr",
    "nom français",
    "nom en français",
    "dénomination française",
    "الاسم بالفرنسية",
    "التسمية بالفرنسية",
  ],
  nameEn: ["name en", "nameEn", "english name", "nom anglais", "nom en anglais", "الاسم بالانجليزية"],
  acronym: ["acronym", "sigle", "abbreviation", "المختصر", "الاسم المختصر"],
  foundedOn: [
    "founded on",
    "foundedOn",
    "founded",
    "founding date",
    "date of foundation",
    "date de création",
    "date création",
    "date de constitution",
    "création",
    "تاريخ التأسيس",
    "تاريخ الانشاء",
    "سنة التأسيس",
  ],
  declaredOn: [
    "declared on",
    "declaredOn",
    "declaration date",
    "date de déclaration",
    "date du dépôt",
    "تاريخ التصريح",
    "تاريخ الايداع",
  ],
  region: ["region", "région", "regionCode", "code région", "الجهة", "جهة"],
  province: [
    "province",
    "prefecture",
    "préfecture",
    "province/préfecture",
    "provinceCode",
    "الاقليم",
    "العمالة",
    "اقليم",
    "العمالة/الاقليم",
  ],
  commune: [
    "commune",
    "municipality",
    "municipalité",
    "communeCode",
    "code commune",
    "الجماعة",
    "جماعة",
    "الجماعة الترابية",
  ],
  address: ["address", "adresse", "siège", "siege", "adresse du siège", "العنوان", "المقر", "عنوان المقر"],
  douar: ["douar", "quartier", "village", "الدوار", "الحي"],
  city: ["city", "ville", "localité", "المدينة"],
  postalCode: ["postal code", "postalCode", "code postal", "الرمز البريدي"],
  phone: [
    "phone",
    "telephone",
    "téléphone",
    "tel",
    "tél",
    "gsm",
    "mobile",
    "fixe",
    "الهاتف",
    "رقم الهاتف",
    "الهاتف المحمول",
  ],
  email: ["email", "e-mail", "mail", "courriel", "البريد الالكتروني", "البريد الإلكتروني"],
  website: ["website", "site web", "site", "site internet", "الموقع", "الموقع الالكتروني"],
  rib: [
    "rib",
    "relevé d'identité bancaire",
    "compte bancaire",
    "numéro de compte",
    "رقم الحساب",
    "الحساب البنكي",
    "رقم الحساب البنكي",
  ],
  iban: ["iban"],
  bank: ["bank", "banque", "البنك"],
  ice: ["ice", "identifiant commun de l'entreprise", "التعريف الموحد للمقاولة"],
  rc: ["rc", "registre de commerce", "registre du commerce", "السجل التجاري"],
  receiptNumber: ["receipt number", "récépissé", "numéro de récépissé", "n° récépissé", "رقم الوصل", "رقم وصل الايداع"],
  president: ["president", "président", "présidente", "nom du président", "الرئيس", "الرئيسة", "اسم الرئيس"],
  treasurer: ["treasurer", "trésorier", "trésorière", "أمين المال", "امينة المال"],
  secretary: ["secretary", "secretary general", "secrétaire", "secrétaire général", "الكاتب العام", "الكاتبة العامة"],
  board: ["board", "board members", "membres du bureau", "bureau", "أعضاء المكتب", "المكتب المسير"],
  fieldsOfAction: [
    "fields of action",
    "fieldsOfAction",
    "field",
    "domaine",
    "domaines",
    "domaine d'intervention",
    "domaines d'action",
    "secteur",
    "مجال التدخل",
    "مجالات التدخل",
    "المجال",
    "القطاع",
  ],
};

/** A header in the form compared with {@link SYNONYMS}: normalized, without spaces. */
export function headerKey(header: string): string {
  return normalizeArabic(header).replaceAll(" ", "");
}

let index: ReadonlyMap<string, IngestFieldValue> | undefined;

function synonymIndex(): ReadonlyMap<string, IngestFieldValue> {
  if (index !== undefined) return index;
  const map = new Map<string, IngestFieldValue>();
  for (const field of IngestField.options) {
    map.set(headerKey(field), field);
    for (const s of SYNONYMS[field]) if (!map.has(headerKey(s))) map.set(headerKey(s), field);
  }
  index = map;
  return map;
}

/**
 * The field a column header names, in Arabic, French or English.
 *
 * @remarks Headers are compared after {@link normalizeArabic} with spaces
 * removed, so case, accents, hamza forms, `_`, `-` and spacing do not matter
 * (`"Date de création"`, `"date_creation"`… the latter is not a synonym and is
 * not recognized: pass such headers in `columns`).
 * @param header - the header as written.
 * @returns the field, or `undefined` when the header is not recognized.
 * @example
 * ```ts
 * recognizeColumn("تاريخ التأسيس"); // "foundedOn"
 * recognizeColumn("Téléphone"); // "phone"
 * ```
 */
export function recognizeColumn(header: string): IngestFieldValue | undefined {
  return synonymIndex().get(headerKey(header));
}

/**
 * The caller's column mapping: header (as written, or in any spelling that
 * normalizes the same) to a field, or `null` to ignore the column. It
 * takes precedence over the recognized headers.
 */
export type ColumnOverrides = Readonly<Record<string, IngestFieldValue | null>>;

/**
 * How the columns of an input were understood.
 */
export interface ColumnMapping {
  /** The headers in input order. */
  readonly headers: readonly string[];
  /** The field of each header, in the same order (`null`: ignored). */
  readonly fields: readonly (IngestFieldValue | null)[];
  /** Headers neither recognized nor mapped by the caller. */
  readonly unmapped: readonly string[];
}

const MapColumnsSchema = z.object({
  headers: z.array(z.string()).max(100_000),
  columns: z.record(z.string(), IngestField.nullable()).optional(),
  locale: z.enum(["ar", "fr", "en"]).optional(),
});

/**
 * Map headers to fields: the caller's overrides first, then recognition.
 *
 * @param headers - the headers in input order (at most 100,000).
 * @param overrides - see {@link ColumnOverrides}.
 * @param options - `locale` of the issue messages (default `"en"`).
 * @returns the mapping, or `{ ok: false }` with `ingest.invalid_option` (param
 * `option`: `"headers"`, `"columns"` or `"locale"`) for headers that are not a list of
 * text, overrides that are not a record of fields, or an unknown locale, and
 * `ingest.invalid_option` with option `"input"` when a value cannot be read. Never throws.
 * @example
 * ```ts
 * const m = mapColumns(["الاسم", "Ville", "x"], { x: null });
 * if (m.ok) m.value.fields; // ["name", "city", null]
 * ```
 */
export function mapColumns(
  headers: readonly string[],
  overrides: ColumnOverrides = {},
  options: { readonly locale?: Locale } = {},
): Result<ColumnMapping, IngestIssueCode> {
  const locale = localeOfOptions(options);
  const failure = (option: string): Result<ColumnMapping, IngestIssueCode> => ({
    ok: false,
    issues: [makeIssue(ingestMessages, "ingest.invalid_option", locale, [option], { params: { option } })],
  });
  try {
    const given = options ?? {};
    const l: unknown = (given as { locale?: unknown }).locale;
    const checked = MapColumnsSchema.safeParse({ headers, columns: overrides ?? undefined, locale: l });
    if (!checked.success) return failure(String(checked.error.issues[0]?.path[0] ?? "input"));
    return { ok: true, value: columnMapping(checked.data.headers, checked.data.columns ?? {}) };
  } catch {
    return failure("input");
  }
}

/** {@link mapColumns} on values already validated. Internal. */
export function columnMapping(headers: readonly string[], overrides: ColumnOverrides): ColumnMapping {
  const byKey = new Map<string, IngestFieldValue | null>();
  for (const [h, f] of Object.entries(overrides)) byKey.set(headerKey(h), f);
  const fields: (IngestFieldValue | null)[] = [];
  const unmapped: string[] = [];
  for (const h of headers) {
    const key = headerKey(h);
    const over = byKey.get(key);
    if (over !== undefined) {
      fields.push(over);
      continue;
    }
    const f = recognizeColumn(h) ?? null;
    if (f === null && key !== "") unmapped.push(h);
    fields.push(f);
  }
  return { headers, fields, unmapped };
}
