/**
 * Names in common use that differ from the HCP's spelling, by level, each
 * with the HCP code it stands for: English exonyms (Marrakesh, Tangier, Fez),
 * older or simpler French transcriptions (Taroudant for HCP's Taroudannt,
 * Chaouen), and the city that names a prefecture or province whose official
 * name is longer (Oujda for Oujda-Angad, Agadir for Agadir-Ida-Ou-Tanane).
 *
 * An alias is only a way in: an HCP name never gives way to it (an alias that
 * matches an HCP name of its level is ignored, and a test checks there is none).
 * To add one, give the code the name stands for and a test of it.
 */
export const PLACE_ALIASES: {
  readonly province: readonly (readonly [alias: string, code: string])[];
  readonly commune: readonly (readonly [alias: string, code: string])[];
} = {
  province: [
    ["Taroudant", "09.541"],
    ["Marrakesh", "07.351"],
    ["Fez", "03.231"],
    ["Tetuan", "01.571"],
    ["Tanger", "01.511"],
    ["Tangier", "01.511"],
    ["Tangiers", "01.511"],
    ["Oujda", "02.411"],
    ["وجدة", "02.411"],
    ["Agadir", "09.001"],
    ["أكادير", "09.001"],
    ["Dakhla", "12.391"],
    ["الداخلة", "12.391"],
  ],
  commune: [
    ["Taroudant", "09.541.01.13"],
    ["Marrakesh", "07.351.01.0"],
    ["Fez", "03.231.01.0"],
    ["Tetuan", "01.571.01.11"],
    ["Tangier", "01.511.01.0"],
    ["Tangiers", "01.511.01.0"],
    ["Chaouen", "01.151.01.01"],
  ],
};
