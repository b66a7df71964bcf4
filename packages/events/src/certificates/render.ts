import {
  createValidator,
  type IsoDate,
  type Locale,
  type MultilingualText,
  makeIssue,
  type Result,
  textIn,
  type ValidateOptions,
} from "@madani/model";
import { createFormatter } from "@madani/report";
import { type Certificate, CertificateSchema, SignatureAlgorithm } from "./certificate.js";
import { type CertificateIssueCode, type CertificateRuleCode, certificateMessages } from "./messages.js";

/** Options of {@link renderCertificateHtml}. */
export interface RenderCertificateOptions {
  /** Language of the document (`ar` is right to left). Default `"ar"`. */
  readonly locale?: Locale;
  /** Where a reader can check the certificate (a URL or a short text), printed under the code. */
  readonly verifyAt?: string;
  /** The issuer's public key as published (base64url), printed in full under the code. */
  readonly publicKeyText?: string;
  /** Most issues reported. Default 100. */
  readonly maxIssues?: number;
}

/** Moroccan month names in Arabic (يناير … ماي … يوليوز غشت شتنبر … نونبر دجنبر), with French and English. */
const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  ar: ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

interface Words {
  readonly title: string;
  readonly certifies: (issuer: string) => string;
  readonly representing: (org: string) => string;
  readonly took: (event: string) => string;
  readonly held: (dates: string, place: string | undefined) => string;
  readonly hours: (hours: string) => string;
  readonly serial: string;
  /** The colon after a label, with the space French puts before it. */
  readonly colon: string;
  readonly issuedOn: string;
  readonly seal: string;
  readonly verification: string;
  readonly key: string;
  readonly publicKey: string;
  readonly verifyAt: string;
  readonly single: (d: string) => string;
  readonly range: (a: string, b: string) => string;
}

const WORDS: Readonly<Record<Locale, Words>> = {
  ar: {
    title: "شهادة مشاركة",
    certifies: (issuer) => `تشهد ${issuer} بأن`,
    representing: (org) => `ممثل(ة) ${org}`,
    took: (event) => `قد شارك(ت) في ${event}`,
    held: (dates, place) => (place === undefined ? `المنظم ${dates}` : `المنظم ${dates} في ${place}`),
    hours: (h) => `بحجم ساعي قدره ${h} ساعة.`,
    serial: "الرقم التسلسلي",
    colon: ":",
    issuedOn: "حررت بتاريخ",
    seal: "الختم والتوقيع",
    verification: "رمز التحقق",
    key: "معرف المفتاح",
    publicKey: "المفتاح العمومي",
    verifyAt: "للتحقق",
    single: (d) => `يوم ${d}`,
    range: (a, b) => `من ${a} إلى ${b}`,
  },
  fr: {
    title: "Attestation de participation",
    certifies: (issuer) => `${issuer} atteste que`,
    representing: (org) => `représentant(e) de l'organisation « ${org} »,`,
    took: (event) => `a participé à l'événement « ${event} »,`,
    held: (dates, place) => (place === undefined ? `organisé ${dates},` : `organisé ${dates} à ${place},`),
    hours: (h) => `pour une durée de ${h} heures.`,
    serial: "N° de série",
    colon: "\u00A0:",
    issuedOn: "Délivrée le",
    seal: "Cachet et signature",
    verification: "Code de vérification",
    key: "Identifiant de clé",
    publicKey: "Clé publique",
    verifyAt: "Vérification",
    single: (d) => `le ${d}`,
    range: (a, b) => `du ${a} au ${b}`,
  },
  en: {
    title: "Certificate of participation",
    certifies: (issuer) => `${issuer} certifies that`,
    representing: (org) => `representing ${org},`,
    took: (event) => `took part in “${event}”,`,
    held: (dates, place) => (place === undefined ? `held ${dates},` : `held ${dates} in ${place},`),
    hours: (h) => `for ${h} hours.`,
    serial: "Serial number",
    colon: ":",
    issuedOn: "Issued on",
    seal: "Seal and signature",
    verification: "Verification code",
    key: "Key id",
    publicKey: "Public key",
    verifyAt: "Verify at",
    single: (d) => `on ${d}`,
    range: (a, b) => `from ${a} to ${b}`,
  },
};

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A text in the document's language (with fallback), isolated for bidirectional layout. */
function text(
  value: { readonly [K in keyof MultilingualText]?: string | undefined } | undefined,
  locale: Locale,
  cls?: string,
): string {
  if (value === undefined) return "";
  const t = textIn(value as MultilingualText, locale);
  if (t === undefined) return "";
  const lang = t.locale === "zgh" ? "zgh-Tfng" : t.locale;
  const c = cls === undefined ? "" : ` class="${cls}"`;
  return `<bdi lang="${lang}"${c}>${escapeHtml(t.text)}</bdi>`;
}

function dateParts(d: IsoDate): { y: number; m: number; day: number } {
  const [y, m, day] = d.split("-").map(Number);
  return { y: y ?? 0, m: m ?? 1, day: day ?? 1 };
}

function formatDate(d: IsoDate, locale: Locale): string {
  const { y, m, day } = dateParts(d);
  const month = MONTHS[locale][m - 1] ?? String(m);
  return locale === "en" ? `${month} ${day}, ${y}` : `${day} ${month} ${y}`;
}

function formatRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  const w = WORDS[locale];
  if (start === end) return w.single(formatDate(start, locale));
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.y === b.y && a.m === b.m && locale !== "en") return w.range(String(a.day), formatDate(end, locale));
  return w.range(formatDate(start, locale), formatDate(end, locale));
}

/**
 * Hours written with `@madani/report`'s formatter for the certificate's language (`11,3` in
 * Arabic and French, `11.3` in English, grouped thousands), with as many fraction digits as the
 * value has (at most 6), so that the printed hours are the signed hours.
 */
function formatHours(hours: number, locale: Locale): string {
  const f = createFormatter({ language: locale });
  if (Number.isInteger(hours)) return f.integer(hours);
  const plain = String(hours);
  const digits = plain.includes("e") ? 6 : Math.min(6, plain.length - plain.indexOf(".") - 1);
  return f.decimal(hours, digits);
}

const validateShape = createValidator<typeof CertificateSchema, ValidateOptions, CertificateRuleCode>(
  CertificateSchema,
  [],
  certificateMessages,
);

const STYLE = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { color: #1d2a36; background: #fff; font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; }
html[lang="ar"] body, [lang="ar"] { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Traditional Arabic", serif; }
[lang="fr"], [lang="en"] { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; }
.page { width: 297mm; height: 210mm; padding: 9mm; overflow: hidden; page-break-after: avoid; break-after: avoid; }
.frame { height: 100%; border: 2.2mm double #0f5e4d; padding: 9mm 16mm 7mm; display: flex; flex-direction: column; align-items: center; text-align: center; position: relative; }
.frame::before { content: ""; position: absolute; inset: 2.4mm; border: 0.3mm solid #c9a227; pointer-events: none; }
.issuer { font-size: 13pt; font-weight: 700; color: #0f5e4d; letter-spacing: 0.02em; }
h1 { font-size: 34pt; margin: 6mm 0 3mm; color: #0f5e4d; font-weight: 700; }
.rule { width: 60mm; height: 0.6mm; background: #c9a227; margin: 0 auto 6mm; }
.body { font-size: 15pt; line-height: 1.75; max-width: 225mm; }
.body div { text-wrap: balance; }
.name { display: block; font-size: 26pt; font-weight: 700; margin: 2mm 0 1mm; color: #12202d; }
.event { font-weight: 700; }
.hours { font-weight: 700; }
.footer { margin-top: auto; width: 100%; display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; font-size: 10.5pt; }
.meta { text-align: start; line-height: 1.6; }
.meta b { color: #0f5e4d; }
.seal { width: 62mm; height: 24mm; border-top: 0.3mm solid #1d2a36; padding-top: 2mm; color: #55616d; }
.verify { margin-top: 4mm; width: 100%; font-size: 8.5pt; line-height: 1.5; color: #55616d; text-align: center; }
.code { font-family: "DejaVu Sans Mono", "Courier New", monospace; direction: ltr; unicode-bidi: isolate; word-break: break-all; color: #1d2a36; }
@media print { .page { margin: 0; } }
`;

/**
 * Render a certificate as a one-page HTML document (A4 landscape), in Arabic (right to left),
 * French or English.
 *
 * @param certificate - a {@link Certificate} (its shape is checked; its signature is not:
 * use {@link verifyCertificate} for that).
 * @param options - `locale` (default `"ar"`), `verifyAt` (where to check it), `publicKeyText`
 * (the issuer's published key), `maxIssues`.
 * @returns `{ ok: true, value }` with a standalone HTML document (inline CSS, no scripts, no
 * external resources), or `{ ok: false, issues }` with shape issues, or
 * `certificate.input_unreadable` when a value throws as it is read. Never throws, whatever the
 * certificate or options.
 * @remarks Dates use the Moroccan month names in Arabic (يناير … ماي … يوليوز غشت شتنبر … نونبر
 * دجنبر) and never depend on the host's locale or time zone. Names and titles are isolated
 * (`<bdi>`) so that a French name in an Arabic certificate keeps its order. The serial, the
 * issue date, the algorithm, the key id and the verification code are printed so that a
 * reader can check the paper copy against the issuer's public key.
 * @example
 * ```ts
 * const html = renderCertificateHtml(certificate, { locale: "ar", verifyAt: "https://example.org/verify" });
 * if (html.ok) await writeFile("attestation.html", html.value);
 * ```
 */
export function renderCertificateHtml(
  certificate: Certificate,
  options: RenderCertificateOptions = {},
): Result<string, CertificateIssueCode> {
  try {
    return render(certificate, options);
  } catch {
    let locale: Locale = "ar";
    try {
      const asked = (options as { locale?: unknown } | null)?.locale;
      if (asked === "fr" || asked === "en") locale = asked;
    } catch {
      // Options that cannot be read: messages in Arabic, the default of the document.
    }
    return { ok: false, issues: [makeIssue(certificateMessages, "certificate.input_unreadable", locale, [])] };
  }
}

function render(certificate: unknown, options: RenderCertificateOptions): Result<string, CertificateIssueCode> {
  const locale = options.locale ?? "ar";
  const checked = validateShape(certificate, {
    locale,
    ...(options.maxIssues === undefined ? {} : { maxIssues: options.maxIssues }),
  });
  if (!checked.ok) return checked;
  const c = checked.value;
  const w = WORDS[locale];
  const dir = locale === "ar" ? "rtl" : "ltr";
  const place = c.event.place === undefined ? undefined : text(c.event.place, locale);
  const lines = [
    `<div>${w.certifies(text(c.issuer.name, locale))}</div>`,
    text(c.holder.name, locale, "name"),
    c.holder.organization === undefined ? "" : `<div>${w.representing(text(c.holder.organization, locale))}</div>`,
    `<div>${w.took(text(c.event.title, locale, "event"))}</div>`,
    `<div>${w.held(escapeHtml(formatRange(c.event.startOn, c.event.endOn, locale)), place)}</div>`,
    `<div>${w.hours(`<span class="hours">${escapeHtml(formatHours(c.hours, locale))}</span>`)}</div>`,
  ]
    .filter((l) => l !== "")
    .join("\n      ");
  const organizer = text(c.event.organizer, locale);
  const issuer = text(c.issuer.name, locale);
  const header = organizer === issuer ? issuer : `${issuer} · ${organizer}`;
  const algorithm = escapeHtml(SignatureAlgorithm.labels[c.algorithm][locale]);
  const key =
    c.issuer.keyId === undefined ? "" : ` · ${w.key}: <span class="code">${escapeHtml(c.issuer.keyId)}</span>`;
  const published =
    options.publicKeyText === undefined
      ? ""
      : `<div>${w.publicKey}: <span class="code">${escapeHtml(options.publicKeyText)}</span></div>`;
  const where =
    options.verifyAt === undefined
      ? ""
      : `<div>${w.verifyAt}: <span class="code">${escapeHtml(options.verifyAt)}</span></div>`;
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)} – ${escapeHtml(c.serial)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="page">
  <div class="frame">
    <div class="issuer">${header}</div>
    <h1>${escapeHtml(w.title)}</h1>
    <div class="rule"></div>
    <div class="body">
      ${lines}
    </div>
    <div class="footer">
      <div class="meta">
        <div><b>${w.serial}${w.colon}</b> <span class="code">${escapeHtml(c.serial)}</span></div>
        <div><b>${w.issuedOn}${w.colon}</b> ${escapeHtml(formatDate(c.issuedOn, locale))}</div>
      </div>
      <div class="seal">${w.seal}</div>
    </div>
    <div class="verify">
      <div><b>${w.verification}${w.colon}</b> <span class="code">${escapeHtml(c.verificationCode)}</span></div>
      <div>${algorithm}${key}</div>
      ${published}
      ${where}
    </div>
  </div>
</main>
</body>
</html>
`;
  return { ok: true, value: html };
}
