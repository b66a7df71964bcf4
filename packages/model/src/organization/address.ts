import * as z from "zod";
import { coded } from "../coded.js";
import { MultilingualTextSchema } from "../multilingual.js";

/** HCP codes: region `01`, province `01.511`, commune `01.511.01.01` (or the city-level `01.511.01.0`). */
const RegionCode = z.string().regex(/^\d{2}$/);
const ProvinceCode = z.string().regex(/^\d{2}\.\d{3}$/);
const CommuneCode = z.string().regex(/^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/);

/**
 * Schema of a postal address in Morocco, down to the douar, with the HCP
 * codes of its region, province or prefecture and commune.
 *
 * @remarks Codes are those of the Haut-Commissariat au Plan (RGPH 2024); look
 * them up by name with `@madani/model/geo`. When several codes are given they
 * must nest (`address.codes_mismatch`): a commune code starts with its province
 * code, which starts with its region code.
 * @example
 * ```ts
 * AddressSchema.parse({ regionCode: "01", provinceCode: "01.511", communeCode: "01.511.01.01", douar: { ar: "دوار الحومة" } });
 * ```
 */
export const AddressSchema = z
  .strictObject({
    line: MultilingualTextSchema.optional(),
    douar: MultilingualTextSchema.optional(),
    communeCode: CommuneCode.optional(),
    provinceCode: ProvinceCode.optional(),
    regionCode: RegionCode.optional(),
    city: MultilingualTextSchema.optional(),
    postalCode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .refine(
    (a) =>
      (a.communeCode === undefined || a.provinceCode === undefined || a.communeCode.startsWith(`${a.provinceCode}.`)) &&
      (a.provinceCode === undefined || a.regionCode === undefined || a.provinceCode.startsWith(`${a.regionCode}.`)) &&
      (a.communeCode === undefined || a.regionCode === undefined || a.communeCode.startsWith(`${a.regionCode}.`)),
    { params: coded("address.codes_mismatch") },
  );

/** A postal address; see {@link AddressSchema}. */
export type Address = z.infer<typeof AddressSchema>;
