import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema } from "../multilingual.js";
import { AddressSchema } from "../organization/address.js";

/**
 * Kinds of social-welfare centers, with labels in ar, fr and en.
 *
 * @remarks The typology of social-welfare establishments (Law 65-15) as used
 * by the national social-welfare agency (Entraide Nationale) and its
 * provincial delegations: social assistance, listening and legal guidance for
 * women victims of violence, vocational training, student houses (Dar Taleb,
 * Dar Taliba), children in difficult situations, persons with disabilities,
 * the elderly, kindergartens.
 */
export const FacilityKind = defineEnumeration("facilityKind", {
  "social-assistance": {
    ar: "مركز المساعدة الاجتماعية",
    fr: "Centre d'assistance sociale",
    en: "Social assistance center",
  },
  "women-listening": {
    ar: "مركز الاستماع والتوجيه القانوني للنساء ضحايا العنف",
    fr: "Centre d'écoute et d'orientation juridique des femmes victimes de violence",
    en: "Listening and legal guidance center for women victims of violence",
  },
  "vocational-training": {
    ar: "مركز التكوين المهني",
    fr: "Centre de formation professionnelle",
    en: "Vocational training center",
  },
  "dar-taleb": { ar: "دار الطالب", fr: "Dar Taleb (maison de l'étudiant)", en: "Dar Taleb (student house)" },
  "dar-taliba": {
    ar: "دار الطالبة",
    fr: "Dar Taliba (maison de l'étudiante)",
    en: "Dar Taliba (female student house)",
  },
  "children-in-difficult-situations": {
    ar: "مركز الأطفال في وضعية صعبة",
    fr: "Centre pour enfants en situation difficile",
    en: "Center for children in difficult situations",
  },
  disability: {
    ar: "مركز الأشخاص في وضعية إعاقة",
    fr: "Centre pour personnes en situation de handicap",
    en: "Center for persons with disabilities",
  },
  elderly: { ar: "مركز الأشخاص المسنين", fr: "Centre pour personnes âgées", en: "Center for the elderly" },
  kindergarten: { ar: "روض الأطفال", fr: "Jardin d'enfants", en: "Kindergarten" },
  "multipurpose-women": {
    ar: "الفضاء المتعدد الوظائف للنساء",
    fr: "Espace multifonctionnel pour femmes",
    en: "Multipurpose women's space",
  },
});

/** A facility kind; see {@link FacilityKind}. */
export type FacilityKindValue = (typeof FacilityKind.values)[number];

/**
 * Schema of a facility: a social-welfare center managed by an organization,
 * with its capacity and beneficiaries.
 *
 * @remarks Beneficiaries by sex do not add up to more than the total
 * (`facility.beneficiaries_sum`); an opening date is not after `asOf`.
 * @example
 * ```ts
 * FacilitySchema.parse({ id: "dt-1", kind: "dar-taliba", name: { ar: "دار الطالبة سيدي بنور" }, managingOrganizationId: "assoc-1", capacity: 120 });
 * ```
 */
export const FacilitySchema = z.strictObject({
  id: IdSchema,
  kind: FacilityKind.schema,
  name: MultilingualTextSchema,
  managingOrganizationId: IdSchema,
  fundedBy: z.array(IdSchema).max(50).optional(),
  address: AddressSchema.optional(),
  capacity: z.int().min(0).max(1_000_000).optional(),
  beneficiaries: z
    .strictObject({
      year: z.int().min(1900).max(2200),
      total: z.int().min(0),
      female: z.int().min(0).optional(),
      male: z.int().min(0).optional(),
    })
    .optional(),
  openedOn: IsoDateSchema.optional(),
});

/** A facility; see {@link FacilitySchema}. */
export type Facility = z.infer<typeof FacilitySchema>;
