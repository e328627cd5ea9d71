import { describe, expect, it } from "vitest";
import pekppp from "@/lib/catalogue/data/pekppp-samarinda-2023.json";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import pekpppF03 from "@/lib/catalogue/data/pekppp-f03-samarinda-2023.json";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { listScoredItems } from "@/lib/scoring/index-score";
import type { TCatalogue } from "@/lib/scoring/types";

const clone = <T>(value: T): T => structuredClone(value);

function shipped(): TCatalogue {
  const result = parseCatalogueFile(pekppp);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalogue;
}

function errorsOf(file: unknown): string[] {
  const result = parseCatalogueFile(file);
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}

describe("shipped PEKPPP catalogue (Perwali Samarinda 38/2023, seed 004)", () => {
  it("parses with the same schema and checks as the LKE", () => {
    expect(errorsOf(pekppp)).toEqual([]);
    expect(shipped().instrument).toBe("PEKPPP");
  });

  it("has six aspects with the seed's weights and 30 indicators coded as the seed codes them", () => {
    const catalogue = shipped();
    expect(catalogue.components.map((aspect) => [aspect.title, aspect.weight, aspect.children.length])).toEqual([
      ["Kebijakan Pelayanan", 0.24, 9],
      ["Profesionalisme SDM", 0.25, 5],
      ["Sarana Prasarana", 0.18, 6],
      ["Sistem Informasi Pelayanan Publik", 0.11, 4],
      ["Konsultasi dan Pengaduan", 0.1, 4],
      ["Inovasi", 0.12, 2],
    ]);
    const codes = catalogue.components.flatMap((aspect) => aspect.children.map((indicator) => indicator.code));
    expect(codes.slice(0, 3)).toEqual(["1.a.Ak", "2.a.P", "3.a.T"]);
    expect(codes.at(-1)).toBe("30.f.B");
  });

  it("describes every level 0-5 of every indicator's F-02 item and names its data sources", () => {
    const items = listScoredItems(shipped());
    expect(items).toHaveLength(30);
    for (const { item } of items) {
      expect(item.answerType).toBe("SCALE_0_5");
      expect(item.options.map((option) => option.key)).toEqual(["0", "1", "2", "3", "4", "5"]);
      for (const option of item.options) expect(option.label.length).toBeGreaterThan(5);
      expect(item.expectedEvidence.length).toBeGreaterThan(0);
    }
    expect(items[0].item.options[5].label).toBe("Tersedia SP yang memenuhi 14 komponen, melibatkan masyarakat dalam penyusunan SP, dilakukan penetapan, dan dilakukan monev.");
  });

  it("asks the unit F-01 questions of every kind, with the evidence to attach", () => {
    const questions = shipped().components.flatMap((aspect) => aspect.children.flatMap((indicator) => indicator.items.filter((item) => item.form === "F-01")));
    expect(new Set(questions.map((question) => question.answerType))).toEqual(new Set(["YA_TIDAK", "CHOICE", "MULTI_CHOICE", "COUNT", "TEXT"]));
    const first = questions.find((question) => question.code === "1.a.Ak.F01.a")!;
    expect(first).toMatchObject({ answerType: "YA_TIDAK", text: "Apakah sudah dibuat Standar Pelayanan, baik sebagian ataupun seluruh jenis pelayanan?" });
    expect(first.expectedEvidence).toContain("Dokumen standar pelayanan yang telah ditetapkan");
  });

  it("names its F-03 questionnaire, shipped on the survey engine: 14 LIKERT items on 1-5, index 1-5", () => {
    const parsed = parseCatalogueFile(pekpppF03);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(shipped().results?.surveyCatalogue).toBe(parsed.catalogue.code);
    expect(parsed.catalogue.instrument).toBe("QUESTIONNAIRE");
    const items = parsed.catalogue.components.flatMap((c) => c.children.flatMap((p) => p.items));
    expect(items).toHaveLength(14);
    expect(new Set(items.map((item) => `${item.answerType} ${item.scale?.min}-${item.scale?.max}`))).toEqual(new Set(["LIKERT 1-5"]));
    expect(parsed.catalogue.questionnaire).toMatchObject({ index: { min: 1, max: 5 }, feedsItem: null });
    expect(items[0]!.text).toBe("Persyaratan yang diperlukan untuk memperoleh layanan mudah dipenuhi.");
  });

  it("ships the result rules as data", () => {
    const catalogue = shipped();
    expect(catalogue.results?.forms).toEqual({ F02: 0.75, F03: 0.25 });
    expect(catalogue.results?.minEvaluators).toBe(3);
    expect(catalogue.results?.categories.map((category) => `${category.code} ${category.min}-${category.max}`)).toEqual([
      "F 0-1", "E 1.01-1.5", "D 1.51-2", "C- 2.01-2.5", "C 2.51-3", "B- 3.01-3.5", "B 3.51-4", "A- 4.01-4.5", "A 4.51-5",
    ]);
  });
});

describe("PEKPPP catalogue checks", () => {
  it("refuses a gap or an overlap between categories", () => {
    const file = clone(pekppp);
    file.results.categories[1].min = 1.02;
    expect(errorsOf(file)).toEqual(["results.categories[1].min: Kategori E harus dimulai pada 1,01 agar tidak ada celah atau tumpang tindih"]);
  });

  it("refuses aspect weights that do not add up to 100% and an indicator with its own weight", () => {
    const file = clone(pekppp);
    file.components[0].weight = 0.25;
    file.components[1].children[0].weight = 1;
    expect(errorsOf(file)).toEqual([
      "components: Jumlah bobot aspek harus 1 (100%), sekarang 1,01",
      "components[1].children[0].weight: Indikator 10.b.As tidak berbobot sendiri (bobot 0): nilai aspek adalah rata-rata indikatornya",
    ]);
  });

  it("refuses a 0-5 scale with a missing level and an indicator without its F-02 item", () => {
    type TLooseFile = { components: { children: { questions: { form: string; options?: unknown[] }[] }[] }[] };
    const file = clone(pekppp) as unknown as TLooseFile;
    const scale = file.components[0].children[0].questions.at(-1)!;
    scale.options = scale.options!.slice(0, 5);
    file.components[0].children[1].questions = file.components[0].children[1].questions.filter((question) => question.form !== "F-02");
    expect(errorsOf(file)).toEqual([
      "components[0].children[0].questions[7].options: Butir SCALE_0_5 harus memiliki tingkat 0 sampai 5 berurutan dengan nilai tingkat/5",
      "components[0].children[1].questions: Indikator 2.a.P harus memiliki tepat satu butir F-02 berjenis SCALE_0_5",
    ]);
  });

  it("needs predicates for an LKE and result rules for a PEKPPP catalogue, not the other's", () => {
    const lke = clone(lkeZi2021) as Record<string, unknown>;
    delete lke.predicates;
    expect(errorsOf(lke)).toEqual(["predicates: Katalog LKE wajib memiliki predikat WBK dan WBBM"]);
    const index = clone(pekppp) as Record<string, unknown>;
    delete index.results;
    expect(errorsOf(index)).toEqual(["results: Katalog PEKPPP wajib memiliki aturan hasil (results)"]);
  });
});
