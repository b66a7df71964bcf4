/**
 * Colours of charts and tones: a colour-blind-friendly series palette and tone colours that print well.
 *
 * @module
 */
import type { Tone } from "../document/document.js";

/**
 * Series colours: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * its yellow left out because it is too light on white paper, and a neutral grey.
 *
 * @remarks Okabe, M. & Ito, K. (2008), "Color Universal Design". Line charts also vary the marker
 * shape and dash pattern of each series, so that series never depend on colour alone.
 */
export const SERIES_COLORS: readonly string[] = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
  "#6E6E6E", // grey
  "#004D40", // dark teal
];

/**
 * The colour of series `index`, cycling through {@link SERIES_COLORS}.
 *
 * @param index - the series' position, from 0.
 * @returns a `#RRGGBB` colour.
 * @example
 * ```ts
 * seriesColor(0); // "#0072B2"
 * ```
 */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? "#0072B2";
}

/**
 * Fill colours of chart marks by tone (progress bars, Gantt rows), from the same palette.
 */
export const TONE_FILLS: Readonly<Record<Tone, string>> = {
  positive: "#009E73",
  neutral: "#6E6E6E",
  warning: "#E69F00",
  negative: "#D55E00",
  info: "#0072B2",
};

/**
 * A text colour readable on `background`: near-black or white, whichever contrasts more (WCAG relative luminance).
 *
 * @param background - a `#RRGGBB` colour.
 * @returns `#1F2328` or `#FFFFFF`.
 * @example
 * ```ts
 * textOn("#0072B2"); // "#FFFFFF"
 * ```
 */
export function textOn(background: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(background.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white: 1.05 / (l + 0.05); with #1F2328 (luminance ≈ 0.016): (l + 0.05) / 0.066.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.066 ? "#FFFFFF" : "#1F2328";
}
