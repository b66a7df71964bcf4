import * as z from "zod";
import { coded } from "../coded.js";
import { toLatinDigits } from "../internal/text.js";
import { echoable } from "../issues.js";
import { defineEnumeration } from "../labels.js";
import type { Issue, Result } from "../result.js";
import { isValidIce, parseIce } from "./ice.js";
import { contextOf, failure, type IdentifierOptions, readText, success } from "./input.js";

/**
 * The registries ("lists", in org-id.guide terms) whose identifiers Madani
 * knows, as org-id prefixes `CC-REGISTRY`: a country code (or `XI`/`XM` for
 * international lists) and the code of the registry.
 *
 * @example
 * ```ts
 * OrgIdScheme.values; // ["MA-ICE", "MA-RC", …]
 * labelOf(OrgIdScheme, "MA-ODCO", "fr"); // "Registre des coopératives de l'ODCO"
 * OrgIdScheme.schema.parse("MA-ICE");
 * ```
 * @remarks
 * - `MA-ICE`: Identifiant Commun de l'Entreprise, checked with the ICE rules ({@link parseIce}).
 * - `MA-RC`: number in the trade register (registre du commerce) kept by the commercial courts.
 * - `MA-IF`: tax identifier (identifiant fiscal) given by the Direction Générale des Impôts.
 * - `MA-CNSS`: affiliation number at the Caisse Nationale de Sécurité Sociale.
 * - `MA-ODCO`: number in the register of cooperatives kept by the Office du Développement de la Coopération.
 * - `MA-ASSOC`: number of the receipt (récépissé, وصل) the local authority gives for an association's declaration.
 * - `MA-RNA`: number in a national registry of associations built on Madani.
 * - `XI-IATI`: organisation identifier issued by the IATI Secretariat.
 * - `XM-DAC`: OECD Development Assistance Committee code of a donor or agency.
 *
 * Only `MA-ICE` identifiers have a published check; the others are checked
 * for their general shape only. Prefixes follow the org-id.guide convention
 * (`XI-IATI` and `XM-DAC` are its codes for these two lists).
 */
export const OrgIdScheme = defineEnumeration("orgIdScheme", {
  "MA-ICE": {
    ar: "التعريف الموحد للمقاولة (ICE)",
    fr: "Identifiant commun de l'entreprise (ICE)",
    en: "Common company identifier (ICE)",
  },
  "MA-RC": {
    ar: "السجل التجاري (RC)",
    fr: "Registre du commerce (RC)",
    en: "Trade register (RC)",
  },
  "MA-IF": {
    ar: "التعريف الضريبي (IF)",
    fr: "Identifiant fiscal (IF)",
    en: "Tax identifier (IF)",
  },
  "MA-CNSS": {
    ar: "رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS)",
    fr: "Numéro d'affiliation à la Caisse nationale de sécurité sociale (CNSS)",
    en: "National Social Security Fund affiliation number (CNSS)",
  },
  "MA-ODCO": {
    ar: "سجل التعاونيات لدى مكتب تنمية التعاون (ODCO)",
    fr: "Registre des coopératives de l'ODCO",
    en: "ODCO register of cooperatives",
  },
  "MA-ASSOC": {
    ar: "رقم وصل إيداع تصريح الجمعية لدى السلطة المحلية",
    fr: "Numéro du récépissé de déclaration de l'association auprès de l'autorité locale",
    en: "Number of the association's declaration receipt from the local authority",
  },
  "MA-RNA": {
    ar: "السجل الوطني للجمعيات (مبني على مدني)",
    fr: "Registre national des associations (bâti sur Madani)",
    en: "National registry of associations (built on Madani)",
  },
  "XI-IATI": {
    ar: "معرّف المنظمة لدى المبادرة الدولية لشفافية المساعدات (IATI)",
    fr: "Identifiant d'organisation de l'Initiative internationale pour la transparence de l'aide (IITA)",
    en: "International Aid Transparency Initiative (IATI) organisation identifier",
  },
  "XM-DAC": {
    ar: "رمز لجنة المساعدة الإنمائية لمنظمة التعاون والتنمية الاقتصادية (DAC)",
    fr: "Code du Comité d'aide au développement de l'OCDE (CAD)",
    en: "OECD Development Assistance Committee (DAC) code",
  },
});

/**
 * A registry of {@link OrgIdScheme}, e.g. `"MA-ICE"`.
 *
 * @example
 * ```ts
 * const scheme: OrgIdScheme = "MA-ODCO";
 * ```
 */
export type OrgIdScheme = (typeof OrgIdScheme.values)[number];

/** Longest identifier inside a registry (the part after the prefix). */
const MAX_ID_LENGTH = 64;
/** The characters of an identifier inside a registry: Latin letters, digits and `. _ / -`, starting and ending with a letter or digit. */
const ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/;
/** `CC-REGISTRY-identifier`; the registry code has no dash, the identifier may. */
const ORG_ID_PATTERN = /^([A-Za-z]{2}-[A-Za-z0-9]+)-(.+)$/s;
/** White space and direction marks that copying an identifier may leave at its ends. */
const EDGES = /^[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+|[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/g;

const SCHEMES: ReadonlySet<string> = new Set(OrgIdScheme.values);

function isOrgIdScheme(prefix: string): prefix is OrgIdScheme {
  return SCHEMES.has(prefix);
}

/**
 * An organization identifier as {@link parseOrgId} returns it.
 *
 * @example
 * ```ts
 * const known: OrgId = { scheme: "MA-ICE", prefix: "MA-ICE", id: "001234567000062", orgId: "MA-ICE-001234567000062" };
 * const other: OrgId = { scheme: "other", prefix: "GB-CHC", id: "1234567", orgId: "GB-CHC-1234567" };
 * ```
 */
export interface OrgId {
  /** The registry, or `"other"` for a prefix Madani does not know (accepted only with `allowUnknownSchemes`). */
  readonly scheme: OrgIdScheme | "other";
  /** The prefix as written, upper case: equal to `scheme` for a known registry, e.g. `"GB-CHC"` for `"other"`. */
  readonly prefix: string;
  /** The identifier inside the registry (an ICE is in its canonical 15-digit form). */
  readonly id: string;
  /** The whole identifier, `prefix-id`. */
  readonly orgId: string;
}

/**
 * Options of {@link parseOrgId}.
 *
 * @example
 * ```ts
 * parseOrgId("GB-CHC-1234567", { allowUnknownSchemes: true, locale: "ar" });
 * ```
 */
export interface OrgIdOptions extends IdentifierOptions {
  /**
   * Accept prefixes of the right shape (`CC-REGISTRY`) that are not in
   * {@link OrgIdScheme}, with scheme `"other"`. Default: `false` (they give `orgId.scheme`).
   */
  readonly allowUnknownSchemes?: boolean | undefined;
}

/** The issue with the whole identifier as its offending value (when short enough to echo). */
function withValue(issue: Issue, text: string): Issue {
  const { value: _inner, ...rest } = issue;
  const value = echoable(text);
  return value === undefined ? rest : { ...rest, value };
}

/**
 * Parse an org-id style organization identifier `PREFIX-ID`, e.g. `MA-ICE-001234567000062`.
 *
 * @param input - the identifier; surrounding white space is removed, the
 *   prefix is case-insensitive and Arabic-Indic digits become Latin digits.
 *   Anything but a string gives `identifier.not_a_string`; the function never throws.
 * @param options - locale, path and `allowUnknownSchemes` (default `false`).
 * @returns the registry, the identifier inside it and the whole identifier,
 *   or issues: `orgId.format` (not `CC-REGISTRY-ID`, an identifier with other
 *   characters than Latin letters, digits and `. _ / -`, more than 64
 *   characters after the prefix, or more than 256 in all), `orgId.scheme`
 *   (unknown registry, with `{scheme}`), and for `MA-ICE` the issues of
 *   {@link parseIce} (`ice.format`, `ice.checksum`). The typed value is
 *   echoed in the issues.
 * @example
 * ```ts
 * const r = parseOrgId("ma-ice-001 234 567 000 062");
 * if (r.ok) r.value.orgId; // "MA-ICE-001234567000062"
 * parseOrgId("XM-DAC-41114").ok; // true
 * parseOrgId("GB-CHC-1234567"); // { ok: false, issues: [{ code: "orgId.scheme", params: { scheme: "GB-CHC" }, … }] }
 * parseOrgId("GB-CHC-1234567", { allowUnknownSchemes: true }); // { ok: true, value: { scheme: "other", prefix: "GB-CHC", … } }
 * ```
 * @remarks Follows the org-id.guide convention for organization
 * identifiers: a registry prefix (country code, dash, registry code) and the
 * identifier the registry assigned. Only the ICE has a published check
 * (see {@link OrgIdScheme}); other identifiers are kept as written (Latin
 * digits, case unchanged).
 */
export function parseOrgId(input: unknown, options?: OrgIdOptions): Result<OrgId> {
  const ctx = contextOf(options);
  if ("ok" in ctx) return ctx;
  const text = readText(input, ctx, "orgId.format", true);
  if (typeof text !== "string") return text;
  const value = { value: text };
  const match = ORG_ID_PATTERN.exec(toLatinDigits(text.normalize("NFC").replace(EDGES, "")));
  const prefix = match?.[1]?.toUpperCase();
  const rawId = match?.[2];
  if (prefix === undefined || rawId === undefined) return failure(ctx, "orgId.format", value);
  const known = isOrgIdScheme(prefix);
  if (!known && options?.allowUnknownSchemes !== true) {
    return failure(ctx, "orgId.scheme", { params: { scheme: prefix }, ...value });
  }
  let id = rawId;
  if (prefix === "MA-ICE") {
    const ice = parseIce(rawId, options);
    if (!ice.ok) return { ok: false, issues: ice.issues.map((issue) => withValue(issue, text)) };
    id = ice.value.ice;
  } else if (id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id)) {
    return failure(ctx, "orgId.format", value);
  }
  return success<OrgId>({ scheme: known ? prefix : "other", prefix, id, orgId: `${prefix}-${id}` });
}

/**
 * Write an organization identifier in its org-id form `SCHEME-ID`.
 *
 * @param identifier - a registry and an identifier inside it, as
 *   {@link OrgIdentifierSchema} accepts them.
 * @returns `scheme-id`, e.g. `"MA-ICE-001234567000062"`. Nothing is checked:
 *   use {@link parseOrgId} or {@link OrgIdentifierSchema} for that.
 * @example
 * ```ts
 * formatOrgId({ scheme: "MA-ICE", id: "001234567000062" }); // "MA-ICE-001234567000062"
 * ```
 * @remarks The inverse of {@link parseOrgId} on canonical values:
 * `parseOrgId(formatOrgId(x))` gives back `x.scheme` and `x.id`.
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function formatOrgId(identifier: OrgIdentifier): string {
  return `${identifier.scheme}-${identifier.id}`;
}

/**
 * Schema of an organization identifier stored as a record: a known registry
 * and the canonical identifier inside it.
 *
 * @example
 * ```ts
 * OrgIdentifierSchema.parse({ scheme: "MA-ICE", id: "001234567000062" });
 * OrgIdentifierSchema.parse({ scheme: "XM-DAC", id: "41114" });
 * ```
 * @remarks A strict object: `scheme` one of {@link OrgIdScheme}, `id` 1 to 64
 * characters of Latin letters, digits and `. _ / -` (`orgId.format`); for
 * `MA-ICE` the id is also checked as a canonical ICE (`ice.format`,
 * `ice.checksum`), reported at path `id`.
 */
export const OrgIdentifierSchema = z
  .strictObject({
    scheme: OrgIdScheme.schema,
    id: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .refine((s) => s.length === 0 || ID_PATTERN.test(s), { params: coded("orgId.format") }),
  })
  .refine((o) => o.scheme !== "MA-ICE" || /^\d{15}$/.test(o.id), {
    params: coded("ice.format"),
    path: ["id"],
    abort: true,
  })
  .refine((o) => o.scheme !== "MA-ICE" || isValidIce(o.id), { params: coded("ice.checksum"), path: ["id"] });

/**
 * An organization identifier in a known registry; see {@link OrgIdentifierSchema}.
 *
 * @example
 * ```ts
 * const id: OrgIdentifier = { scheme: "MA-ICE", id: "001234567000062" };
 * ```
 */
export type OrgIdentifier = z.infer<typeof OrgIdentifierSchema>;
