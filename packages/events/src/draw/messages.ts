import type { CoreIssueCode, MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link runDraw}, {@link verifyDraw} and {@link commitSeed},
 * keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. Every code is an error.
 * @example
 * ```ts
 * drawMessages["draw.k_too_large"].fr;
 * ```
 */
export const drawMessages = {
  "draw.empty_seed": {
    ar: "البذرة فارغة: لا يمكن إجراء قرعة قابلة للتحقق بدون بذرة.",
    fr: "La graine est vide : un tirage vérifiable a besoin d'une graine.",
    en: "The seed is empty: a verifiable draw needs a seed.",
  },
  "draw.seed_not_unicode": {
    ar: "البذرة تحتوي على محارف غير صالحة (نصف زوج بديل UTF-16)، فلا يمكن ترميزها بـ UTF-8 بشكل وحيد.",
    fr: "La graine contient un caractère invalide (demi-paire de substitution UTF-16) et n'a pas d'encodage UTF-8 unique.",
    en: "The seed contains an invalid character (a lone UTF-16 surrogate) and has no unique UTF-8 encoding.",
  },
  "draw.duplicate_id": {
    ar: "المعرف «{id}» مكرر في لائحة المشاركين في القرعة.",
    fr: "L'identifiant « {id} » figure plus d'une fois parmi les participants au tirage.",
    en: "The id “{id}” appears more than once among the draw's entries.",
  },
  "draw.unknown_exclusion": {
    ar: "المعرف المستبعد «{id}» غير موجود في لائحة المشاركين في القرعة.",
    fr: "L'identifiant exclu « {id} » ne figure pas parmi les participants au tirage.",
    en: "The excluded id “{id}” is not among the draw's entries.",
  },
  "draw.k_too_large": {
    ar: "عدد الفائزين المطلوب ({k}) أكبر من عدد المشاركين المؤهلين ({eligible}).",
    fr: "Le nombre de gagnants demandé ({k}) dépasse le nombre de participants éligibles ({eligible}).",
    en: "The number of winners asked for ({k}) is larger than the number of eligible entries ({eligible}).",
  },
  "draw.commitment_mismatch": {
    ar: "البذرة لا تطابق الالتزام المنشور: SHA-256 للبذرة هو {actual} والالتزام هو {expected}.",
    fr: "La graine ne correspond pas à l'engagement publié : son SHA-256 est {actual}, l'engagement est {expected}.",
    en: "The seed does not match the published commitment: its SHA-256 is {actual}, the commitment is {expected}.",
  },
  "draw.eligible_mismatch": {
    ar: "لائحة المؤهلين في المحضر لا تطابق المشاركين ناقص المستبعدين مرتبين حسب المعرف.",
    fr: "La liste des éligibles du procès-verbal ne correspond pas aux participants moins les exclus, triés par identifiant.",
    en: "The record's eligible list is not the entries minus the exclusions, ordered by id.",
  },
  "draw.winners_mismatch": {
    ar: "الفائزون في المحضر ({actual}) ليسوا نتيجة القرعة المعاد حسابها ({expected}).",
    fr: "Les gagnants du procès-verbal ({actual}) ne sont pas ceux du tirage recalculé ({expected}).",
    en: "The record's winners ({actual}) are not those of the recomputed draw ({expected}).",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The codes of {@link drawMessages}. */
export type DrawRuleCode = keyof typeof drawMessages;

/** The issue codes the draw entry points can report: the model's core codes and the `draw.*` codes. */
export type DrawIssueCode = CoreIssueCode | DrawRuleCode;
