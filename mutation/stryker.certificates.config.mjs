import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

// Events certificates: signing, verification, keys, base64url, and the logic of the HTML rendering. In render.ts
// only the functions are mutated (escaping, dates, hours, the document); the word tables and the style sheet are
// data, like the message tables.
export default areaOptions("certificates", [
  "packages/events/src/certificates/certificate.ts",
  "packages/events/src/certificates/issue.ts",
  "packages/events/src/certificates/keys.ts",
  "packages/events/src/certificates/render.ts:132-186",
  "packages/events/src/certificates/render.ts:214-327",
  ...NOT_MUTATED,
]);
