// Barrel of this folder; the package index re-exports it.
export type {
  Certificate,
  CertificateEvent,
  CertificateHolder,
  CertificateIssuer,
  CertificateKey,
  SignatureAlgorithmValue,
  UnsignedCertificate,
} from "./certificate.js";
export {
  CERTIFICATE_FORMAT,
  CertificateEventSchema,
  CertificateHolderSchema,
  CertificateIssuerSchema,
  CertificateSchema,
  certificatePayload,
  SignatureAlgorithm,
} from "./certificate.js";
export type {
  AttendanceRule,
  CertificateOptions,
  CertificateSession,
  IssueCertificatesInput,
  IssuedCertificates,
  IssuerKeyPair,
  NotEligibleParticipant,
  SerialNumbering,
} from "./issue.js";
export {
  AttendanceRuleSchema,
  CertificateSessionSchema,
  generateIssuerKeyPair,
  IssueCertificatesInputSchema,
  issueCertificates,
  SerialNumberingSchema,
  verifyCertificate,
} from "./issue.js";
export type { CertificateIssueCode, CertificateRuleCode } from "./messages.js";
export { certificateMessages } from "./messages.js";
export type { RenderCertificateOptions } from "./render.js";
export { renderCertificateHtml } from "./render.js";
