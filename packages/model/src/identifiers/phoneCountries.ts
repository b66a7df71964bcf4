/**
 * The countries whose phone numbers `parsePhone` accepts: Morocco and
 * the countries Moroccan organizations deal with most (partners, donors and
 * the Moroccan diaspora).
 *
 * @remarks
 * - Morocco: `MA`, `EH` (both on +212).
 * - Europe: `FR`, `ES`, `BE`, `NL`, `DE`, `IT`, `PT`, `CH`, `GB`, `IE`, `LU`, `SE`.
 * - North America: `US`, `CA`.
 * - Maghreb and Africa: `DZ`, `TN`, `LY`, `MR`, `SN`, `CI`, `EG`.
 * - Gulf and Middle East: `SA`, `AE`, `QA`, `TR`.
 *
 * The list fixes the phone metadata shipped with `@madani/model`
 * (`scripts/generate-phone-metadata.ts` keeps only these countries from
 * libphonenumber-js's full metadata, to keep the core entry small). A number
 * of any other country gives `phone.unsupported_country`.
 * @example
 * ```ts
 * PHONE_COUNTRIES.includes("FR"); // true
 * ```
 */
export const PHONE_COUNTRIES = Object.freeze([
  "MA",
  "EH",
  "FR",
  "ES",
  "BE",
  "NL",
  "DE",
  "IT",
  "PT",
  "CH",
  "GB",
  "IE",
  "LU",
  "SE",
  "US",
  "CA",
  "DZ",
  "TN",
  "LY",
  "MR",
  "SN",
  "CI",
  "EG",
  "SA",
  "AE",
  "QA",
  "TR",
] as const);

/**
 * A country of {@link PHONE_COUNTRIES} (ISO 3166-1 alpha-2 code).
 *
 * @example
 * ```ts
 * const country: PhoneCountry = "BE";
 * ```
 */
export type PhoneCountry = (typeof PHONE_COUNTRIES)[number];
