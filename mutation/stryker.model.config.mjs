import { areaOptions, NOT_MUTATED } from "./stryker.base.mjs";

// Model identifiers (CIN, ICE, RIB, IBAN, phone, e-mail, organization ids) and validation rules.
export default areaOptions("model", [
  "packages/model/src/identifiers/**/*.ts",
  "packages/model/src/rules/**/*.ts",
  ...NOT_MUTATED,
]);
