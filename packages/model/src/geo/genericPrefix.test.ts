import { describe, expect, it } from "vitest";
import { candidateKeys } from "./genericPrefix.js";

describe("candidateKeys", () => {
  it("tries the whole name first, then without the generic words of its level", () => {
    expect(candidateKeys("Commune d'Aït Ourir", "commune")).toEqual(["communedaitourir", "aitourir"]);
    expect(candidateKeys("Commune rurale de Tameslouht", "commune")).toEqual([
      "communeruraledetameslouht",
      "tameslouht",
    ]);
    expect(candidateKeys("Municipalité de Kénitra", "commune")).toEqual(["municipalitedekenitra", "kenitra"]);
    expect(candidateKeys("CR Hjar Ennhal", "commune")).toEqual(["crhjarennhal", "hjarennhal"]);
    expect(candidateKeys("جماعة أصيلة", "commune")).toEqual(["جماعهاصيله", "اصيله"]);
    expect(candidateKeys("الجماعة الترابية أصيلة", "commune")).toEqual(["الجماعهالترابيهاصيله", "اصيله"]);
    expect(candidateKeys("الجماعة القروية حجر النحل", "commune")).toEqual(["الجماعهالقرويهحجرالنحل", "حجرالنحل"]);
    expect(candidateKeys("Province de Taza", "province")).toEqual(["provincedetaza", "taza"]);
    expect(candidateKeys("Préfecture d'arrondissements de Aïn Chock", "province")).toEqual([
      "prefecturedarrondissementsdeainchock",
      "ainchock",
    ]);
    expect(candidateKeys("إقليم الحوز", "province")).toEqual(["اقليمالحوز", "الحوز"]);
    expect(candidateKeys("عمالة مقاطعات عين الشق", "province")).toEqual(["عمالهمقاطعاتعينالشق", "عينالشق"]);
    expect(candidateKeys("Taza Province", "province")).toEqual(["tazaprovince", "taza"]);
    expect(candidateKeys("Région de l'Oriental", "region")).toEqual(["regiondeloriental", "loriental", "oriental"]);
    expect(candidateKeys("جهة الشرق", "region")).toEqual(["جههالشرق", "الشرق"]);
  });

  it("removes only the generic words of the level searched", () => {
    expect(candidateKeys("Province de Taza", "commune")).toEqual(["provincedetaza"]);
    expect(candidateKeys("جماعة أصيلة", "region")).toEqual(["جماعهاصيله"]);
  });

  it("keeps a name that is only a generic word, and gives nothing for an empty one", () => {
    expect(candidateKeys("Commune", "commune")).toEqual(["commune"]);
    expect(candidateKeys("  - ", "commune")).toEqual([]);
  });
});
