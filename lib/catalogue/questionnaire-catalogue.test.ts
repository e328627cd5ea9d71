import { describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import spak from "@/lib/catalogue/data/spak-2021.json";
import spkp from "@/lib/catalogue/data/spkp-2021.json";
import { createHash } from "node:crypto";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { listItems } from "@/lib/scoring/catalogue-walk";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;

function parsed(file: unknown) {
  const result = parseCatalogueFile(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalogue;
}

function errorsOf(base: unknown, mutate: (file: TJson) => void) {
  const file: TJson = structuredClone(base);
  mutate(file);
  const result = parseCatalogueFile(file);
  if (result.ok) throw new Error("expected the variant to be rejected");
  return result.errors.map((error) => `${error.path}: ${error.message}`);
}

const firstQuestion = (file: TJson) => file.components[0].children[0].questions[0];

describe("shipped questionnaires (SPAK, SPKP) on the catalogue engine", () => {
  it("parse as QUESTIONNAIRE catalogues of LIKERT items on a 1-4 scale feeding B.I.a and B.II.a", () => {
    for (const [file, feeds, count] of [[spak, "B.I.a", 9], [spkp, "B.II.a", 10]] as const) {
      const catalogue = parsed(file);
      expect(catalogue.instrument).toBe("QUESTIONNAIRE");
      expect(catalogue.questionnaire).toMatchObject({ index: { min: 1, max: 4 }, feedsItem: feeds, targetSample: 100 });
      expect(catalogue.questionnaire?.profile.map((field) => field.key)).toEqual(["usia", "jenisKelamin", "pendidikan", "layanan"]);
      const items = listItems(catalogue);
      expect(items).toHaveLength(count);
      for (const { item } of items) {
        expect(item.answerType).toBe("LIKERT");
        expect(item.scale).toEqual({ min: 1, max: 4, labels: ["Tidak setuju", "Kurang setuju", "Setuju", "Sangat setuju"] });
      }
      expect(catalogue.predicates).toEqual([]);
    }
  });

  it("keeps the LKE catalogue as it was: no instrument field, same checksum as before questionnaires", () => {
    const lke = parsed(lkeZi2021);
    expect("instrument" in lke).toBe(false);
    expect("questionnaire" in lke).toBe(false);
    expect(listItems(lke).some(({ item }) => "scale" in item)).toBe(false);
    // The checksum (as lib/catalogue/mutations.ts computes it) of the shipped LKE catalogue before
    // questionnaires existed: installations that stored it see the same content, no new version.
    expect(createHash("sha256").update(JSON.stringify(lke)).digest("hex")).toBe("3a2a4d200e4f216d222eb8ae66c4a65bfce3dcb0af9ab09cd45cc07280d4f7c0");
  });

  it("takes an item's own scale (1-6) over the questionnaire's default", () => {
    const catalogue = parsed({ ...structuredClone(spak), components: [{ ...structuredClone(spak.components[0]), children: [{
      ...structuredClone(spak.components[0].children[0]),
      questions: [{ code: "X.1", text: "Enam titik", answerType: "LIKERT", guidance: "", scale: { min: 1, max: 6, labels: ["1", "2", "3", "4", "5", "6"] } }],
    }] }] });
    expect(listItems(catalogue)[0].item.scale).toEqual({ min: 1, max: 6, labels: ["1", "2", "3", "4", "5", "6"] });
  });
});

describe("questionnaire catalogue errors (Indonesian, with their path)", () => {
  it("refuses a questionnaire without result rules, with predicates, or with a non-LIKERT item", () => {
    expect(errorsOf(spak, (file) => delete file.questionnaire)).toContain("questionnaire: Kuesioner wajib memiliki bagian questionnaire (skala dan indeks)");
    expect(errorsOf(spak, (file) => (file.predicates = lkeZi2021.predicates))).toContain("predicates: Kuesioner tidak memiliki predikat WBK/WBBM");
    expect(errorsOf(spak, (file) => (firstQuestion(file).answerType = "ABC"))).toContain(
      "components[0].children[0].questions[0].answerType: Butir kuesioner harus berjenis LIKERT",
    );
  });

  it("refuses a LIKERT item in the LKE and an LKE without predicates", () => {
    const lkeErrors = errorsOf(lkeZi2021, (file) => {
      const question = file.components[0].children[0].children[0].children[0].questions[0];
      question.answerType = "LIKERT";
      delete question.options;
    });
    expect(lkeErrors).toContain("components[0].children[0].children[0].children[0].questions[0].answerType: Butir LIKERT hanya untuk instrumen QUESTIONNAIRE");
    expect(errorsOf(lkeZi2021, (file) => delete file.predicates)).toContain("predicates: Katalog LKE wajib memiliki predikat WBK dan WBBM");
  });

  it("refuses a scale whose labels do not match its points, or whose max is not above min", () => {
    expect(errorsOf(spak, (file) => (file.questionnaire.scale = { min: 1, max: 6, labels: ["a", "b", "c", "d"] }))).toContain(
      "questionnaire.scale.labels: Skala 1-6 memerlukan 6 label",
    );
    expect(errorsOf(spak, (file) => (file.questionnaire.scale = { min: 4, max: 4, labels: ["a"] }))).toContain(
      "questionnaire.scale.max: Skala: max harus lebih besar dari min",
    );
    expect(errorsOf(spak, (file) => (file.questionnaire.index = { min: 4, max: 1 }))).toContain("questionnaire.index.max: Indeks: max harus lebih besar dari min");
  });

  it("refuses a scale on an item that is not LIKERT", () => {
    const errors = errorsOf(lkeZi2021, (file) => {
      file.components[0].children[0].children[0].children[0].questions[0].scale = { min: 1, max: 4, labels: ["a", "b", "c", "d"] };
    });
    expect(errors).toContain("components[0].children[0].children[0].children[0].questions[0].scale: Hanya butir LIKERT yang boleh memiliki skala");
  });
});
