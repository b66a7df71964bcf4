import type { MessageTemplate } from "@madani/model";

/** Messages of the general-assembly issue codes, in ar, fr and en. */
export const assemblyMessages = {
  "assembly.invalid_input": {
    ar: "معطيات الجمع العام غير صالحة في «{field}».",
    fr: "Les données de l'assemblée générale sont invalides dans « {field} ».",
    en: "The general-assembly input is invalid in “{field}”.",
  },
  "assembly.present_exceeds_members": {
    ar: "عدد الحاضرين والممثلين ({attending}) يفوق عدد الأعضاء ({members}).",
    fr: "Les présents et représentés ({attending}) dépassent le nombre de membres ({members}).",
    en: "Present and represented members ({attending}) exceed the membership ({members}).",
  },
  "assembly.votes_exceed_voters": {
    ar: "عدد الأصوات ({cast}) يفوق عدد المصوتين ({voters}).",
    fr: "Le nombre de voix ({cast}) dépasse le nombre de votants ({voters}).",
    en: "The votes cast ({cast}) exceed the voters ({voters}).",
  },
  "assembly.role_taken": {
    ar: "المهمة «{role}» لا يشغلها إلا شخص واحد.",
    fr: "La fonction « {role} » ne peut être occupée que par une personne.",
    en: "The role “{role}” can be held by one person only.",
  },
  "assembly.notice_too_short": {
    ar: "أرسل الاستدعاء قبل {days} يوما فقط من الجمع العام والقانون الأساسي يشترط {required} يوما.",
    fr: "La convocation a été envoyée {days} jours seulement avant l'assemblée ; les statuts en exigent {required}.",
    en: "The notice was sent only {days} days before the assembly; the statutes require {required}.",
  },
  "assembly.second_too_early": {
    ar: "انعقد الاستدعاء الثاني بعد {days} يوما فقط من الأول والقانون الأساسي يشترط {required} يوما.",
    fr: "La seconde convocation s'est tenue {days} jours seulement après la première ; les statuts en exigent {required}.",
    en: "The second convocation met only {days} days after the first; the statutes require {required}.",
  },
  "assembly.quorum_not_reached": {
    ar: "لم يكتمل النصاب في الاستدعاء {convocation}: {attending} من أصل {required} مطلوبين.",
    fr: "Quorum non atteint à la convocation {convocation} : {attending} sur {required} requis.",
    en: "Quorum not reached at convocation {convocation}: {attending} of {required} required.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of general assemblies. */
export type AssemblyIssueCode = keyof typeof assemblyMessages;
