/**
 * Main example: a provincial registry clerk receives organizations typed by
 * people (Arabic-Indic digits, spaces in identifiers, place names instead of
 * codes), turns them into model data with Madani's parsers and the HCP
 * geography, validates them, and prints what a person needs to fix, in Arabic
 * and French. Runs on embedded data only: `pnpm example`.
 */
import {
  type Issue,
  LegalForm,
  labelOf,
  legalStatusOn,
  type Organization,
  parseIce,
  parsePhone,
  parseRib,
  validateOrganization,
  validatePartnershipAgreement,
} from "@madani/model";
import { findCommune, findProvince, GEO_ATTRIBUTION } from "@madani/model/geo";

const asOf = "2024-12-29";

function show(title: string, issues: readonly Issue[]): void {
  console.log(`  ${title}`);
  for (const i of issues)
    console.log(`    - [${i.severity}] ${i.code} at ${i.path.join(".") || "(root)"}: ${i.message}`);
}

function place(commune: string, province: string) {
  const p = findProvince(province);
  if (!p.ok) throw new Error(p.issues[0]?.message);
  const c = findCommune(commune, { within: p.value.code });
  if (!c.ok) throw new Error(c.issues[0]?.message);
  return {
    regionCode: p.value.regionCode,
    provinceCode: p.value.code,
    communeCode: c.value.code,
    name: `${c.value.nameFr} / ${c.value.nameAr}`,
  };
}

console.log("Madani — validating organizations as a provincial registry receives them\n");

// 1. The Doukkala network (scenario 1 and 5), its seat typed as names.
const elJadida = place("الجديدة", "El Jadida");
const ice = parseIce("٠٠١٥٢٥٢٨٩٠٠٠٠٠٢");
const rib = parseRib("0117 8000 0012 3456 7890 1296");
const phone = parsePhone("0523-34 56 78");
if (!ice.ok || !rib.ok || !phone.ok) throw new Error("example identifiers should parse");
console.log(`Seat resolved: ${elJadida.name} → commune ${elJadida.communeCode}`);
console.log(
  `ICE ${ice.value.ice}, RIB ${rib.value.rib} (bank ${rib.value.bankCode}), phone ${phone.value.e164} (${phone.value.kind})\n`,
);

const network: Organization = {
  id: "reseau-doukkala",
  legalForm: "network",
  name: { ar: "شبكة الجمعيات الدكالية", fr: "Réseau des associations de Doukkala" },
  identifiers: [{ scheme: "MA-ICE", id: ice.value.ice }],
  fieldsOfAction: ["social-solidarity-economy", "local-development"],
  seat: { regionCode: elJadida.regionCode, provinceCode: elJadida.provinceCode, communeCode: elJadida.communeCode },
  foundedOn: "2010-10-16",
  lifecycle: { declaredOn: "2010-10-20", provisionalReceiptOn: "2010-10-20" },
  contacts: [{ kind: "phone", value: phone.value.e164 }],
  bankAccount: { bank: "Banque Populaire", rib: rib.value.rib },
  founders: [{ organizationId: "assoc-1" }, { organizationId: "assoc-2" }],
  memberOrganizationIds: ["assoc-1", "assoc-2", "assoc-3"],
  governingBodies: [
    {
      id: "bureau-central-2023",
      kind: "central-bureau",
      mandates: [
        { personId: "p-1", role: "president", startOn: "2023-01-14" },
        { personId: "p-2", role: "treasurer", startOn: "2023-01-14" },
        { personId: "p-3", role: "secretary-general", startOn: "2023-01-14" },
      ],
    },
  ],
  declarations: [{ kind: "governing-body-change", changedOn: "2023-01-14", declaredOn: "2023-03-02" }],
};

const r1 = validateOrganization(network, { asOf, locale: "fr" });
console.log(`1. ${network.name.fr} (${labelOf(LegalForm, network.legalForm, "fr")}): ${r1.ok ? "valide" : "invalide"}`);
if (r1.ok) {
  console.log(`  statut juridique au ${asOf} : ${legalStatusOn(r1.value, asOf)}`);
  if (r1.warnings.length > 0) show("avertissements :", r1.warnings);
} else show("problèmes :", r1.issues);

// 2. A rural association of Sefrou (scenario 3) typed with mistakes.
const sefrou = place("Sefrou", "صفرو");
const r2 = validateOrganization(
  {
    id: "assoc-achraf",
    legalForm: "association",
    name: { ar: "جمعية الأشراف للثقافة والتنمية" },
    seat: { regionCode: sefrou.regionCode, provinceCode: "06.181", communeCode: sefrou.communeCode },
    foundedOn: "2025-03-01",
    founders: [{ personId: "p-9" }],
    bankAccount: { rib: "011780000012345678901297" },
  },
  { asOf, locale: "ar" },
);
console.log(`\n2. جمعية الأشراف للثقافة والتنمية: ${r2.ok ? "صالحة" : "غير صالحة"}`);
if (!r2.ok) show("المشاكل:", r2.issues);

// 3. A partnership agreement of the provincial delegation (scenario 2) with one party only.
const r3 = validatePartnershipAgreement(
  {
    id: "conv-larache-2024-07",
    title: { ar: "اتفاقية شراكة لتسيير مركز المساعدة الاجتماعية" },
    parties: [
      {
        organizationId: "entraide-larache",
        role: "funder",
        contributions: [{ kind: "financial", amount: { amount: 15_000_000, currency: "MAD" } }],
      },
    ],
    period: { startOn: "2024-01-01", endOn: "2024-12-31" },
    status: "signed",
  },
  { asOf, locale: "fr" },
);
console.log(`\n3. Convention conv-larache-2024-07 : ${r3.ok ? "valide" : "invalide"}`);
if (!r3.ok) show("problèmes :", r3.issues);

console.log(`\n${GEO_ATTRIBUTION}`);
