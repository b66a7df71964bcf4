import type { MessageTemplate } from "../i18n/locale.js";

/**
 * Messages of the identifier parsers (RIB, IBAN, ICE, CIN, phone, e-mail, org-id), keyed by issue code.
 *
 * @remarks Every code a parser of `src/identifiers/` or a refinement of its
 * schemas reports is a key here; `IssueCode` is derived from the keys.
 * Placeholders: `identifier.not_a_string` takes `{received}` (a JavaScript
 * type name), `iban.country` takes `{country}`, `iban.length` takes
 * `{expected}` and `{actual}`, `phone.unsupported_country` takes
 * `{callingCode}` (e.g. `+7`), `orgId.scheme` takes `{scheme}`.
 */
export const identifierMessages = {
  "identifier.not_a_string": {
    ar: "يجب أن يُكتب المعرّف نصا (القيمة المُدخلة من نوع {received}).",
    fr: "Un identifiant doit être une chaîne de caractères (type reçu : {received}).",
    en: "An identifier must be a string (received {received}).",
  },
  "rib.format": {
    ar: "يجب أن يتكون رقم الحساب البنكي (RIB) من 24 رقما.",
    fr: "Le RIB doit comporter 24 chiffres.",
    en: "A RIB has 24 digits.",
  },
  "rib.checksum": {
    ar: "مفتاح رقم الحساب البنكي (RIB)، أي الرقمان الأخيران، لا يطابق باقي الأرقام: تحقق من الرقم المُدخل.",
    fr: "La clé du RIB (ses deux derniers chiffres) ne correspond pas aux autres chiffres : vérifiez la saisie.",
    en: "The RIB key (its last two digits) does not match the other digits: check the number.",
  },
  "iban.format": {
    ar: "صيغة رقم IBAN غير صحيحة: يتكون رقم IBAN المغربي من «MA» متبوعا بـ26 رقما.",
    fr: "Format d'IBAN incorrect : un IBAN marocain est formé de « MA » suivi de 26 chiffres.",
    en: "Wrong IBAN format: a Moroccan IBAN is “MA” followed by 26 digits.",
  },
  "iban.country": {
    ar: "لا تُقبل إلا أرقام IBAN المغربية (التي تبدأ بـ MA)، وهذا الرقم يبدأ برمز البلد «{country}».",
    fr: "Seuls les IBAN marocains (commençant par MA) sont acceptés ; celui-ci porte le code pays « {country} ».",
    en: "Only Moroccan IBANs (starting with MA) are accepted; this one has the country code “{country}”.",
  },
  "iban.length": {
    ar: "يتكون رقم IBAN المغربي من {expected} رمزا، بينما يتكون الرقم المُدخل من {actual}.",
    fr: "Un IBAN marocain comporte {expected} caractères ; celui-ci en comporte {actual}.",
    en: "A Moroccan IBAN has {expected} characters; this one has {actual}.",
  },
  "iban.checksum": {
    ar: "رقما التحقق في رقم IBAN لا يطابقان باقي الرموز (التحقق وفق المعيار ISO 13616): تحقق من الرقم المُدخل.",
    fr: "Les chiffres de contrôle de l'IBAN ne correspondent pas au reste (contrôle ISO 13616) : vérifiez la saisie.",
    en: "The IBAN check digits do not match the rest of it (ISO 13616 check): check the number.",
  },
  "iban.rib_checksum": {
    ar: "مفتاح رقم الحساب البنكي (RIB) المتضمَّن في رقم IBAN هذا، أي آخر رقمين، غير صحيح: تحقق من الرقم المُدخل.",
    fr: "La clé du RIB contenu dans cet IBAN (ses deux derniers chiffres) est incorrecte : vérifiez la saisie.",
    en: "The key of the RIB inside this IBAN (its last two digits) is wrong: check the number.",
  },
  "ice.format": {
    ar: "يجب أن يتكون التعريف الموحد للمقاولة (ICE) من 15 رقما.",
    fr: "L'identifiant commun de l'entreprise (ICE) doit comporter 15 chiffres.",
    en: "An ICE (common company identifier) has 15 digits.",
  },
  "ice.checksum": {
    ar: "مفتاح التحقق في التعريف الموحد للمقاولة (ICE)، أي الرقمان الأخيران، لا يطابق باقي الأرقام: تحقق من الرقم المُدخل.",
    fr: "La clé de contrôle de l'ICE (ses deux derniers chiffres) ne correspond pas aux autres chiffres : vérifiez la saisie.",
    en: "The ICE check key (its last two digits) does not match the other digits: check the number.",
  },
  "cin.format": {
    ar: "يتكون رقم البطاقة الوطنية للتعريف من حرف أو حرفين لاتينيين يليهما رقم من ستة أرقام على الأكثر، مثل BE123456.",
    fr: "Le numéro de carte nationale d'identité est formé d'une ou deux lettres latines suivies de six chiffres au plus, par exemple BE123456.",
    en: "A national identity card number is one or two Latin letters followed by at most six digits, e.g. BE123456.",
  },
  "phone.invalid": {
    ar: "رقم الهاتف غير صالح.",
    fr: "Ce numéro de téléphone n'est pas valide.",
    en: "This is not a valid phone number.",
  },
  "phone.unsupported_country": {
    ar: "أرقام الهاتف في هذا البلد (الرمز الدولي {callingCode}) غير مدعومة؛ المدعوم هو المغرب والبلدان الشريكة الرئيسية.",
    fr: "Les numéros de téléphone de ce pays (indicatif {callingCode}) ne sont pas pris en charge ; le sont le Maroc et les principaux pays partenaires.",
    en: "Phone numbers of this country (calling code {callingCode}) are not supported; Morocco and its main partner countries are.",
  },
  "email.format": {
    ar: "عنوان البريد الإلكتروني غير صالح.",
    fr: "Cette adresse électronique n'est pas valide.",
    en: "This is not a valid e-mail address.",
  },
  "orgId.format": {
    ar: "يُكتب معرّف المنظمة على شكل «البادئة-المعرّف»، مثل MA-ICE-001234567000062: رمز البلد بحرفين، ثم رمز السجل، ثم المعرّف (حروف لاتينية وأرقام و . _ / -، 64 رمزا على الأكثر).",
    fr: "Un identifiant d'organisation s'écrit PRÉFIXE-IDENTIFIANT, par exemple MA-ICE-001234567000062 : code pays en deux lettres, code du registre, puis l'identifiant (lettres latines, chiffres, . _ / -, 64 caractères au plus).",
    en: "An organization identifier is written PREFIX-ID, e.g. MA-ICE-001234567000062: a two-letter country code, a registry code, then the identifier (Latin letters, digits, . _ / -, at most 64 characters).",
  },
  "orgId.scheme": {
    ar: "سجل المعرّفات «{scheme}» غير معروف.",
    fr: "Le registre d'identifiants « {scheme} » est inconnu.",
    en: "Unknown identifier registry “{scheme}”.",
  },
} as const satisfies Record<string, MessageTemplate>;
