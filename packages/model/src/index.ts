export type { Locale, MessageParams, MessageTemplate } from "./i18n/locale.js";
export { DEFAULT_LOCALE, formatMessage, isLocale, LOCALES } from "./i18n/locale.js";
export type { IssueCode } from "./issueCodes.js";
export type { Enumeration, Labels } from "./labels.js";
export { defineEnumeration, labelOf } from "./labels.js";
export type { Failure, Issue, IssuePath, Ok, Result, Severity, ValidationResult, ValidOk } from "./result.js";
