import { describe, expectTypeOf, it } from "vitest";
import type { Issue, IssueCode, Organization, ValidationResult } from "./index.js";
import { LegalForm, labelOf, validateOrganization } from "./index.js";

describe("public types", () => {
  it("validateOrganization narrows on ok", () => {
    const r = validateOrganization({});
    expectTypeOf(r).toEqualTypeOf<ValidationResult<Organization>>();
    if (r.ok) {
      expectTypeOf(r.value).toEqualTypeOf<Organization>();
      expectTypeOf(r.warnings).toEqualTypeOf<readonly Issue[]>();
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<readonly Issue[]>();
      // @ts-expect-error: a failure has no value
      r.value;
    }
  });

  it("issue codes are a closed union of literals", () => {
    expectTypeOf<"rib.checksum">().toMatchTypeOf<IssueCode>();
    expectTypeOf<"association.founders_min">().toMatchTypeOf<IssueCode>();
    expectTypeOf<"geo.not_found">().toMatchTypeOf<IssueCode>();
    expectTypeOf<"not.a.code">().not.toMatchTypeOf<IssueCode>();
  });

  it("organization fields carry their enumerations, not strings", () => {
    expectTypeOf<Organization["legalForm"]>().toEqualTypeOf<(typeof LegalForm.values)[number]>();
    expectTypeOf<Organization["name"]["ar"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: "club" is not a legal form
    labelOf(LegalForm, "club", "ar");
  });
});
