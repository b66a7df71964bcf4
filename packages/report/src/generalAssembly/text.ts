/**
 * Text helpers of the general-assembly reports (internal: not exported from the package index).
 *
 * @module
 */
import {
  AgreementStatus,
  type AgreementStatusValue,
  type MessageParams,
  type MultilingualText,
  textIn,
} from "@madani/model";
import { type Commune, communes, provinces } from "@madani/model/geo";
import type { ReportLanguage, ReportText, Status, Tone } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import type { GeneralAssemblyInput } from "./input.js";
import { type GeneralAssemblyLabel, labelText } from "./labels.js";

/** A multilingual text as zod infers it (optional keys may hold `undefined`). */
export type LooseText = { readonly [K in keyof MultilingualText]?: string | undefined };

/**
 * A text written in the report's language, marked with that language.
 *
 * @param language - the report language.
 * @param text - the text.
 * @returns the report text `{ [language]: text }`.
 */
export function inLanguage(language: ReportLanguage, text: string): ReportText {
  return { [language]: text } as ReportText;
}

/**
 * A multilingual text as a plain string in a language, through the model's fallback chain.
 *
 * @param value - the multilingual text.
 * @param language - the display language.
 * @returns the text, or `""` for an empty text.
 */
export function plain(value: LooseText, language: ReportLanguage): string {
  return textIn(value as MultilingualText, language)?.text ?? "";
}

let communesByCode: ReadonlyMap<string, Commune> | undefined;

/**
 * The commune of an HCP code.
 *
 * @param code - a dotted commune code, e.g. `03.451.03.09`.
 * @returns the commune, or `undefined` for an unknown code.
 */
export function communeOfCode(code: string): Commune | undefined {
  communesByCode ??= new Map(communes().map((c) => [c.code, c]));
  return communesByCode.get(code);
}

/**
 * The name of a province or prefecture from its code.
 *
 * @param code - a province code, e.g. `03.451`.
 * @returns its names, or `undefined` for an unknown code.
 */
export function provinceName(code: string): MultilingualText | undefined {
  const p = provinces().find((x) => x.code === code);
  return p === undefined ? undefined : { ar: p.nameAr, fr: p.nameFr, en: p.nameFr };
}

/**
 * The name of a commune from its code, in every language HCP gives (French for English).
 *
 * @param code - a commune code.
 * @returns its names, or `undefined` for an unknown code.
 */
export function communeName(code: string): MultilingualText | undefined {
  const c = communeOfCode(code);
  return c === undefined ? undefined : { ar: c.nameAr, fr: c.nameFr, en: c.nameFr };
}

/**
 * The place of an activity as a report text: a commune's name for a commune
 * code (the code itself when unknown), the text otherwise.
 *
 * @param place - a commune code or a multilingual text.
 * @returns the text to show.
 */
export function placeText(place: string | LooseText): ReportText {
  if (typeof place !== "string") return place;
  return communeName(place) ?? place;
}

const STATUS_TONES: Readonly<Record<AgreementStatusValue, Tone>> = {
  draft: "neutral",
  signed: "info",
  active: "positive",
  expired: "neutral",
  terminated: "negative",
};

/** Helpers bound to one report language. */
export interface Writer {
  readonly lang: ReportLanguage;
  readonly fmt: Formatter;
  /** A label of the module's table, as a report text in the report language. */
  t(key: GeneralAssemblyLabel, params?: MessageParams): ReportText;
  /** A label as a plain string. */
  s(key: GeneralAssemblyLabel, params?: MessageParams): string;
  /** Separator of items written in one cell: `، ` in Arabic, `, ` otherwise. */
  readonly comma: string;
}

/**
 * Helpers bound to a report language.
 *
 * @param lang - the report language.
 * @param fmt - its formatter.
 * @returns the writer.
 */
export function writer(lang: ReportLanguage, fmt: Formatter): Writer {
  return {
    lang,
    fmt,
    t: (key, params) => inLanguage(lang, labelText(lang, key, params)),
    s: (key, params) => labelText(lang, key, params),
    comma: lang === "ar" ? "، " : ", ",
  };
}

/**
 * The status cell of an agreement.
 *
 * @param status - the agreement's status.
 * @returns its label in every language and a tone (active positive, terminated negative, …).
 */
export function agreementStatusCell(status: AgreementStatusValue): Status {
  const labels = AgreementStatus.labels[status];
  return { label: { ar: labels.ar, fr: labels.fr, en: labels.en }, tone: STATUS_TONES[status] };
}

/**
 * The names of an organization and its partners by id, to show parties and funders.
 *
 * @param input - the checked input.
 * @returns a lookup that falls back to the id for an organization the input does not name.
 */
export function partyNames(input: GeneralAssemblyInput): (id: string) => ReportText {
  const names = new Map<string, LooseText>((input.partners ?? []).map((p) => [p.id, p.name]));
  names.set(input.organization.id, input.organization.name);
  return (id) => names.get(id) ?? id;
}
