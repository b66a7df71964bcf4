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
    ar: "المفتاح لا يصلح لهذه العملية: للتوقيع يلزم مفتاح Ed25519 خاص أو مفتاح HMAC-SHA256، وللتحقق يلزم مفتاح Ed25519 عام (32 بايتا أو نصها بترميز base64url) أو سر HMAC-SHA256، من الخوارزمية المصرح بها.",
    fr: "La clé ne convient pas : pour signer, il faut une clé privée Ed25519 ou une clé HMAC-SHA256 ; pour vérifier, une clé publique Ed25519 (32 octets, ou leur texte base64url) ou un secret HMAC-SHA256, de l'algorithme indiqué.",
    en: "The key cannot be used: to sign, an Ed25519 private key or an HMAC-SHA256 key is needed; to verify, an Ed25519 public key (32 bytes, or their base64url text) or an HMAC-SHA256 secret, of the algorithm stated.",
  },
  "certificate.key_untyped": {
    ar: "يجب تقديم المفتاح مع خوارزميته: كائن يحمل algorithm بقيمة «Ed25519» مع publicKey، أو algorithm بقيمة «HMAC-SHA256» مع secret. لا يُقبل نص أو بايتات وحدها لأنها ملتبسة.",
    fr: "La clé doit être fournie avec son algorithme : un objet avec algorithm « Ed25519 » et publicKey, ou algorithm « HMAC-SHA256 » et secret. Un texte ou des octets seuls sont refusés, car ils sont ambigus.",
    en: "The key must be given with its algorithm: an object with algorithm “Ed25519” and publicKey, or algorithm “HMAC-SHA256” and secret. Bare text or bytes are refused, as they are ambiguous.",
  },
  "certificate.secret_too_short": {
    ar: "سر HMAC-SHA256 مكون من {bytes} بايت، والحد الأدنى {minimum} بايتا.",
    fr: "Le secret HMAC-SHA256 compte {bytes} octets ; il en faut au moins {minimum}.",
    en: "The HMAC-SHA256 secret has {bytes} bytes; at least {minimum} are needed.",
  },
  "certificate.algorithm_mismatch": {
    ar: "الشهادة تصرح بالخوارزمية {algorithm}، والمفتاح المقدم مفتاح {keyAlgorithm}. المفتاح هو الذي يحدد الخوارزمية، لذا تُرفض الشهادة.",
    fr: "L'attestation déclare l'algorithme {algorithm} ; la clé fournie est une clé {keyAlgorithm}. C'est la clé qui fixe l'algorithme : l'attestation est refusée.",
    en: "The certificate declares {algorithm}; the key given is a {keyAlgorithm} key. The key decides the algorithm: the certificate is refused.",
  },
  "certificate.key_id_mismatch": {
    ar: "معرف مفتاح الجهة المصدرة هو «{keyId}»، لكن معرف المفتاح المقدم هو «{actual}».",
    fr: "L'identifiant de clé de l'émetteur est « {keyId} », mais la clé fournie a pour identifiant « {actual} ».",
    en: "The issuer's key id is “{keyId}”, but the key given has the id “{actual}”.",
  },
  "certificate.input_unreadable": {
    ar: "تعذرت قراءة المدخلات: أثارت قراءة إحدى القيم خطأ. لم يتم توقيع أي شيء ولا التحقق من أي شيء.",
    fr: "L'entrée n'a pas pu être lue : la lecture d'une valeur a provoqué une erreur. Rien n'a été signé ni vérifié.",
    en: "The input could not be read: reading a value raised an error. Nothing was signed or verified.",
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
