import type { CoreIssueCode, MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link rankCompetition}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. `competition.*` codes
 * are errors in the input; `eligibility.*` codes are the reasons a submission is not
 * eligible (severity `warning`, listed in the ranking's `ineligible`); `ranking.*` codes
 * are warnings of an otherwise valid ranking.
 * @example
 * ```ts
 * competitionMessages["competition.unknown_category"].ar;
 * ```
 */
export const competitionMessages = {
  "competition.duplicate_id": {
    ar: "المعرف «{id}» مستعمل أكثر من مرة في {list}.",
    fr: "L'identifiant « {id} » est utilisé plus d'une fois dans {list}.",
    en: "The id “{id}” is used more than once in {list}.",
  },
  "competition.unknown_category": {
    ar: "الملف «{id}» ينتمي إلى صنف غير موجود «{categoryId}».",
    fr: "Le dossier « {id} » relève d'une catégorie inexistante « {categoryId} ».",
    en: "Submission “{id}” is in a category that does not exist, “{categoryId}”.",
  },
  "competition.unknown_juror": {
    ar: "لا يوجد عضو في لجنة التحكيم بالمعرف «{id}».",
    fr: "Aucun membre du jury n'a l'identifiant « {id} ».",
    en: "No juror has the id “{id}”.",
  },
  "competition.unknown_submission": {
    ar: "لا يوجد ملف بالمعرف «{id}».",
    fr: "Aucun dossier n'a l'identifiant « {id} ».",
    en: "No submission has the id “{id}”.",
  },
  "competition.unknown_criterion": {
    ar: "المعيار «{id}» غير موجود في معايير المسابقة.",
    fr: "Le critère « {id} » ne fait pas partie des critères du concours.",
    en: "The criterion “{id}” is not one of the competition's criteria.",
  },
  "competition.missing_criterion": {
    ar: "تنقيط العضو «{jurorId}» للملف «{submissionId}» لا يتضمن المعيار «{criterionId}».",
    fr: "La notation du dossier « {submissionId} » par « {jurorId} » n'a pas de note pour le critère « {criterionId} ».",
    en: "Juror “{jurorId}” gave submission “{submissionId}” no score for criterion “{criterionId}”.",
  },
  "competition.score_out_of_range": {
    ar: "النقطة {score} خارج سلم المعيار «{criterionId}» (من 0 إلى {max}).",
    fr: "La note {score} sort du barème du critère « {criterionId} » (de 0 à {max}).",
    en: "The score {score} is outside the scale of criterion “{criterionId}” (0 to {max}).",
  },
  "competition.duplicate_score": {
    ar: "العضو «{jurorId}» نقط الملف «{submissionId}» أكثر من مرة.",
    fr: "« {jurorId} » a noté le dossier « {submissionId} » plus d'une fois.",
    en: "Juror “{jurorId}” scored submission “{submissionId}” more than once.",
  },
  "competition.conflict_target": {
    ar: "يجب أن يحدد تضارب المصالح ملفا أو مؤسسة.",
    fr: "Un conflit d'intérêts doit viser un dossier ou une organisation.",
    en: "A conflict of interest must name a submission or an organization.",
  },
  "eligibility.legal_form": {
    ar: "الشكل القانوني ({value}) ليس من الأشكال المقبولة ({allowed}).",
    fr: "La forme juridique ({value}) ne fait pas partie des formes admises ({allowed}).",
    en: "The legal form ({value}) is not one of those admitted ({allowed}).",
  },
  "eligibility.region": {
    ar: "الجهة ({value}) ليست من الجهات المعنية بالمسابقة ({allowed}).",
    fr: "La région ({value}) ne fait pas partie des régions du concours ({allowed}).",
    en: "The region ({value}) is not one of the competition's regions ({allowed}).",
  },
  "eligibility.founded_after": {
    ar: "تاريخ التأسيس ({value}) لاحق للتاريخ المطلوب ({date}).",
    fr: "La date de création ({value}) est postérieure à la date exigée ({date}).",
    en: "The founding date ({value}) is after the required date ({date}).",
  },
  "eligibility.amount_too_high": {
    ar: "المبلغ المطلوب ({value}) يتجاوز السقف ({maximum}).",
    fr: "Le montant demandé ({value}) dépasse le plafond ({maximum}).",
    en: "The amount requested ({value}) is above the ceiling ({maximum}).",
  },
  "eligibility.missing_document": {
    ar: "الوثيقة المطلوبة «{document}» غير مرفقة بالملف.",
    fr: "La pièce exigée « {document} » manque au dossier.",
    en: "The required document “{document}” is missing from the submission.",
  },
  "eligibility.late": {
    ar: "أودع الملف ({value}) بعد الأجل ({deadline}).",
    fr: "Le dossier a été déposé ({value}) après la date limite ({deadline}).",
    en: "The submission was filed ({value}) after the deadline ({deadline}).",
  },
  "eligibility.missing_information": {
    ar: "الملف لا يتضمن المعلومة اللازمة لقاعدة الأهلية «{rule}».",
    fr: "Le dossier ne donne pas l'information dont la règle d'éligibilité « {rule} » a besoin.",
    en: "The submission lacks the information the eligibility rule “{rule}” needs.",
  },
  "eligibility.one_per_organization": {
    ar: "المؤسسة «{organizationId}» قدمت ملفا آخر مؤهلا قبل هذا الملف («{kept}»).",
    fr: "L'organisation « {organizationId} » a déjà un autre dossier éligible (« {kept} »).",
    en: "The organization “{organizationId}” already has another eligible submission (“{kept}”).",
  },
  "ranking.incomplete_juror": {
    ar: "العضو «{jurorId}» لم ينقط {missing} ملفا من الملفات المؤهلة دون تضارب مصالح.",
    fr: "« {jurorId} » n'a pas noté {missing} dossier(s) éligible(s) sans conflit d'intérêts.",
    en: "Juror “{jurorId}” did not score {missing} eligible submission(s) without a conflict of interest.",
  },
  "ranking.conflicted_score_ignored": {
    ar: "نقطة العضو «{jurorId}» للملف «{submissionId}» أُلغيت بسبب تضارب المصالح.",
    fr: "La note de « {jurorId} » pour le dossier « {submissionId} » est écartée pour conflit d'intérêts.",
    en: "The score of juror “{jurorId}” for submission “{submissionId}” is set aside for a conflict of interest.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The codes of {@link competitionMessages}. */
export type CompetitionRuleCode = keyof typeof competitionMessages;

/** The issue codes {@link rankCompetition} can report: the model's core codes and the competition codes. */
export type CompetitionIssueCode = CoreIssueCode | CompetitionRuleCode;
