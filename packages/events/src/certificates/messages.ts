import type { CoreIssueCode, MessageTemplate } from "@madani/model";

/**
 * Messages of the issue codes of {@link issueCertificates}, {@link verifyCertificate} and
 * {@link renderCertificateHtml}, keyed by code, in ar, fr and en.
 *
 * @remarks Codes are stable: branch on them, not on the messages. `certificate.*` codes are
 * errors; `attendance.*` codes are the reasons a participant gets no certificate (severity
 * `warning`, listed in `notEligible`).
 * @example
 * ```ts
 * certificateMessages["certificate.signature_invalid"].ar;
 * ```
 */
export const certificateMessages = {
  "certificate.duplicate_participant": {
    ar: "الشخص «{id}» مسجل أكثر من مرة في لائحة المشاركين.",
    fr: "La personne « {id} » figure plus d'une fois parmi les participants.",
    en: "The person “{id}” appears more than once among the participants.",
  },
  "certificate.other_event": {
    ar: "المشارك «{id}» مسجل في نشاط آخر («{eventId}»).",
    fr: "Le participant « {id} » est inscrit à un autre événement (« {eventId} »).",
    en: "Participant “{id}” is registered for another event (“{eventId}”).",
  },
  "certificate.unknown_session": {
    ar: "الجلسة «{id}» غير موجودة في لائحة جلسات النشاط.",
    fr: "La séance « {id} » ne figure pas parmi les séances de l'événement.",
    en: "The session “{id}” is not one of the event's sessions.",
  },
  "certificate.end_before_start": {
    ar: "تاريخ نهاية النشاط ({end}) سابق لتاريخ بدايته ({start}).",
    fr: "La date de fin de l'événement ({end}) précède sa date de début ({start}).",
    en: "The event's end date ({end}) is before its start date ({start}).",
  },
  "certificate.key_unusable": {
    ar: "المفتاح لا يصلح لهذه العملية: يلزم مفتاح Ed25519 (خاص للتوقيع، عام للتحقق) أو مفتاح HMAC-SHA256.",
    fr: "La clé ne convient pas : il faut une clé Ed25519 (privée pour signer, publique pour vérifier) ou une clé HMAC-SHA256.",
    en: "The key cannot be used: an Ed25519 key (private to sign, public to verify) or an HMAC-SHA256 key is needed.",
  },
  "certificate.key_mismatch": {
    ar: "الشهادة موقعة بخوارزمية {algorithm}، والمفتاح المقدم مفتاح {keyAlgorithm}.",
    fr: "L'attestation est signée en {algorithm} ; la clé fournie est une clé {keyAlgorithm}.",
    en: "The certificate is signed with {algorithm}; the key given is a {keyAlgorithm} key.",
  },
  "certificate.signature_invalid": {
    ar: "رمز التحقق لا يطابق مضمون الشهادة: الشهادة معدلة أو غير صادرة عن هذه الجهة.",
    fr: "Le code de vérification ne correspond pas au contenu : l'attestation a été modifiée ou n'émane pas de cet émetteur.",
    en: "The verification code does not match the content: the certificate was altered or not issued by this issuer.",
  },
  "certificate.serial_overflow": {
    ar: "الأرقام التسلسلية تتجاوز {digits} أرقام؛ زد عدد الأرقام.",
    fr: "Les numéros de série dépassent {digits} chiffres ; augmentez le nombre de chiffres.",
    en: "The serial numbers need more than {digits} digits; increase the number of digits.",
  },
  "attendance.too_few_hours": {
    ar: "مدة الحضور ({hours} ساعة) أقل من المطلوب ({minimum} ساعة).",
    fr: "La durée de présence ({hours} h) est inférieure au minimum ({minimum} h).",
    en: "Attendance ({hours} h) is below the minimum ({minimum} h).",
  },
  "attendance.too_few_sessions": {
    ar: "عدد الجلسات المحضورة ({sessions}) أقل من المطلوب ({minimum}).",
    fr: "Le nombre de séances suivies ({sessions}) est inférieur au minimum ({minimum}).",
    en: "Sessions attended ({sessions}) are fewer than the minimum ({minimum}).",
  },
  "attendance.share_too_low": {
    ar: "نسبة الجلسات المحضورة ({share}٪) أقل من المطلوب ({minimum}٪).",
    fr: "La part des séances suivies ({share} %) est inférieure au minimum ({minimum} %).",
    en: "The share of sessions attended ({share} %) is below the minimum ({minimum} %).",
  },
  "attendance.missing_session": {
    ar: "لم يحضر الجلسة الإلزامية «{session}».",
    fr: "N'a pas suivi la séance obligatoire « {session} ».",
    en: "Did not attend the compulsory session “{session}”.",
  },
  "attendance.role_excluded": {
    ar: "الصفة «{role}» لا تخول الحصول على شهادة المشاركة.",
    fr: "Le rôle « {role} » ne donne pas droit à l'attestation.",
    en: "The role “{role}” does not receive a certificate.",
  },
  "attendance.registration_inactive": {
    ar: "التسجيل في وضعية «{status}».",
    fr: "L'inscription est « {status} ».",
    en: "The registration is “{status}”.",
  },
  "attendance.missing_name": {
    ar: "اسم المشارك غير متوفر؛ لا يمكن إصدار شهادة بدون اسم.",
    fr: "Le nom du participant manque ; une attestation ne peut pas être émise sans nom.",
    en: "The participant's name is missing; a certificate cannot be issued without a name.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** The codes of {@link certificateMessages}. */
export type CertificateRuleCode = keyof typeof certificateMessages;

/** The issue codes the certificate entry points can report: the model's core codes and the certificate codes. */
export type CertificateIssueCode = CoreIssueCode | CertificateRuleCode;
