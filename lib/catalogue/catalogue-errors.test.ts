import { describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";

// Loose JSON access to build broken variants of the shipped file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;

const AREA_A_I_1 = "components[0].children[0].children[0]";
const IND_A_I_1_1 = `${AREA_A_I_1}.children[0]`;
const Q_A_I_1_1_B = `${IND_A_I_1_1}.questions[1]`;
const Q_A_II_1_1_A = "components[0].children[1].children[0].children[0].questions[0]";

function errorsOf(mutate: (file: TJson) => void) {
  const file: TJson = structuredClone(lkeZi2021);
  mutate(file);
  const result = parseCatalogueFile(file);
  if (result.ok) throw new Error("expected the variant to be rejected");
  return result.errors;
}

const areaA_I_1 = (file: TJson) => file.components[0].children[0].children[0];
const indicatorA_I_1_1 = (file: TJson) => areaA_I_1(file).children[0];
const percentA_II_1_1_a = (file: TJson) => file.components[0].children[1].children[0].children[0].questions[0];
const decreaseA_II_3_3_a = (file: TJson) => file.components[0].children[1].children[2].children[2].questions[0];

describe("parseCatalogueFile: semantic errors", () => {
  it("reports a duplicate item code at the second occurrence", () => {
    const errors = errorsOf((file) => (indicatorA_I_1_1(file).questions[1].code = "A.I.1.1.a"));
    expect(errors).toEqual([
      {
        path: `${Q_A_I_1_1_B}.code`,
        message: `Kode butir A.I.1.1.a dipakai lebih dari sekali (pertama di ${IND_A_I_1_1}.questions[0])`,
      },
    ]);
  });

  it("reports a node code reused by an item", () => {
    const errors = errorsOf((file) => (indicatorA_I_1_1(file).questions[0].code = "A.I.1"));
    expect(errors[0].message).toBe(`Kode butir A.I.1 dipakai lebih dari sekali (pertama di ${AREA_A_I_1})`);
  });

  it("reports an area weight that differs from its indicators", () => {
    const errors = errorsOf((file) => (indicatorA_I_1_1(file).weight = 0));
    expect(errors).toEqual([
      { path: `${AREA_A_I_1}.weight`, message: "Bobot area A.I.1 (4) tidak sama dengan jumlah bobot indikatornya (3,5)" },
    ]);
  });

  it("reports own item weights that do not add up to the part weight (Hasil)", () => {
    const errors = errorsOf((file) => (file.components[1].children[0].questions[1].weight = 4));
    expect(errors.map((error) => error.message)).toContain(
      "Bobot bagian B.I (22,5) tidak sama dengan jumlah bobot butirnya (21,5)",
    );
  });

  it("requires all or none of a node's questions to carry a weight", () => {
    const errors = errorsOf((file) => (indicatorA_I_1_1(file).questions[0].weight = 0.5));
    expect(errors).toEqual([
      {
        path: `${IND_A_I_1_1}.questions`,
        message: "Butir pada indikator A.I.1.1 harus semuanya berbobot atau semuanya tanpa bobot",
      },
    ]);
  });

  it("requires a formula on PERCENT items", () => {
    const errors = errorsOf((file) => delete percentA_II_1_1_a(file).formula);
    expect(errors).toEqual([{ path: `${Q_A_II_1_1_A}.formula`, message: "Butir PERCENT wajib memiliki rumus" }]);
  });

  it("requires inputs on PERCENT items, with unique keys", () => {
    const missing = errorsOf((file) => delete percentA_II_1_1_a(file).inputs);
    expect(missing.map((error) => error.message)).toContain("Butir PERCENT wajib memiliki inputs");
    const duplicate = errorsOf((file) => (percentA_II_1_1_a(file).inputs[1].key = "agen"));
    expect(duplicate).toContainEqual({ path: `${Q_A_II_1_1_A}.inputs[1].key`, message: "Kunci masukan 'agen' ganda" });
  });

  it("reports formula inputs that are not declared", () => {
    const errors = errorsOf((file) => (percentA_II_1_1_a(file).formula.numerator = ["perubahan", "x"]));
    expect(errors).toEqual([
      { path: `${Q_A_II_1_1_A}.formula.numerator[1]`, message: "Masukan 'x' pada rumus tidak didefinisikan di inputs" },
    ]);
    const decrease = errorsOf((file) => (decreaseA_II_3_3_a(file).formula.current = "sekarang"));
    expect(decrease[0].message).toBe("Masukan 'sekarang' pada rumus tidak didefinisikan di inputs");
    expect(decrease[0].path).toMatch(/\.questions\[0\]\.formula\.current$/);
  });

  it("reports constraint inputs that are not declared, or both part and total", () => {
    const undeclared = errorsOf((file) => (decreaseA_II_3_3_a(file).constraints[0].parts = ["disanksi", "dihukum"]));
    expect(undeclared).toHaveLength(1);
    expect(undeclared[0]!.message).toBe("Masukan 'dihukum' pada batasan tidak didefinisikan di inputs");
    expect(undeclared[0]!.path).toMatch(/\.questions\[0\]\.constraints\[0\]\.parts\[1\]$/);
    const both = errorsOf((file) => (decreaseA_II_3_3_a(file).constraints[0].total = ["kini", "disanksi"]));
    expect(both.map((error) => error.message)).toEqual(["Masukan 'disanksi' tidak boleh menjadi bagian dan jumlah sekaligus"]);
  });

  it("allows constraints only on PERCENT items, of a known kind", () => {
    const onOption = errorsOf((file) => (indicatorA_I_1_1(file).questions[0].constraints = [{ kind: "partsWithinTotal", parts: ["a"], total: ["b"] }]));
    expect(onOption).toEqual([
      { path: `${IND_A_I_1_1}.questions[0].constraints`, message: "Hanya butir PERCENT yang boleh memiliki batasan jumlah" },
    ]);
    const kind = errorsOf((file) => (decreaseA_II_3_3_a(file).constraints[0].kind = "sum"));
    expect(kind.map((error) => error.message)).toEqual(["Jenis batasan harus 'partsWithinTotal'"]);
  });

  it("reports duplicate option keys and option values outside 0..1", () => {
    const duplicate = errorsOf((file) => (indicatorA_I_1_1(file).questions[1].options[2].key = "B"));
    expect(duplicate).toEqual([{ path: `${Q_A_I_1_1_B}.options[2].key`, message: "Kunci opsi 'B' ganda" }]);
    const outOfRange = errorsOf((file) => (indicatorA_I_1_1(file).questions[1].options[0].value = 1.5));
    expect(outOfRange).toEqual([{ path: `${Q_A_I_1_1_B}.options[0].value`, message: "Nilai opsi harus antara 0 dan 1" }]);
    const negative = errorsOf((file) => (indicatorA_I_1_1(file).questions[1].options[2].value = -0.1));
    expect(negative[0].message).toBe("Nilai opsi harus antara 0 dan 1");
  });

  it("requires options on option types and forbids them on survey items", () => {
    const none = errorsOf((file) => (indicatorA_I_1_1(file).questions[1].options = []));
    expect(none).toEqual([{ path: `${Q_A_I_1_1_B}.options`, message: "Butir ABC wajib memiliki opsi" }]);
    const survey = errorsOf((file) => (file.components[1].children[0].questions[0].options = [{ key: "A", label: "A", value: 1 }]));
    expect(survey).toEqual([
      { path: "components[1].children[0].questions[0].options", message: "Butir SURVEY_INDEX_0_4 tidak boleh memiliki opsi" },
    ]);
  });

  it("reports predicate codes missing from the catalogue, with the key in the path", () => {
    const errors = errorsOf((file) => (file.predicates.WBK.hasil["B.I.c (x)"] = 1));
    expect(errors).toEqual([
      { path: 'predicates.WBK.hasil["B.I.c (x)"]', message: "Kode 'B.I.c' pada predikat tidak ditemukan di katalog" },
    ]);
  });

  it("reports negative and unreachable thresholds", () => {
    const errors = errorsOf((file) => {
      file.predicates.WBK.totalMin = -1;
      file.predicates.WBBM.hasil["B.I.a (IPAK score)"] = 20;
      file.predicates.WBBM.areaMinShareOfWeight = 1.2;
    });
    expect(errors).toEqual([
      { path: "predicates.WBK.totalMin", message: "Ambang tidak boleh negatif" },
      { path: "predicates.WBBM.areaMinShareOfWeight", message: "Bagian minimum bobot area paling besar 1" },
      { path: 'predicates.WBBM.hasil["B.I.a (IPAK score)"]', message: "Ambang B.I.a (20) melebihi nilai maksimumnya (17,5)" },
    ]);
  });

  it("reports duplicate preconditions, since confirmations are keyed by their text", () => {
    const errors = errorsOf((file) => file.predicates.WBK.preconditions.push("Tindak lanjut hasil pemeriksaan (TLHP) 100%"));
    expect(errors).toEqual([
      { path: "predicates.WBK.preconditions[3]", message: "Prasyarat 'Tindak lanjut hasil pemeriksaan (TLHP) 100%' ganda" },
    ]);
  });
});

describe("parseCatalogueFile: tree shape", () => {
  it("reports kinds that nest wrongly and questions held by an area", () => {
    const errors = errorsOf((file) => (indicatorA_I_1_1(file).kind = "area"));
    expect(errors).toEqual([
      { path: `${IND_A_I_1_1}.kind`, message: "Area A.I.1.1 tidak boleh berada di bawah area; yang diharapkan indikator" },
      { path: `${IND_A_I_1_1}.questions`, message: "Butir tidak boleh berada langsung di bawah area A.I.1.1; letakkan di indikator" },
    ]);
  });

  it("requires components at the top level", () => {
    const errors = errorsOf((file) => (file.components[1].kind = "part"));
    expect(errors[0]).toEqual({
      path: "components[1].kind",
      message: "Bagian B tidak boleh berada di tingkat teratas katalog; yang diharapkan komponen",
    });
  });

  it("requires children or questions, not both and not neither", () => {
    const both = errorsOf((file) => (areaA_I_1(file).questions = indicatorA_I_1_1(file).questions.map((q: TJson) => ({ ...q, code: `${q.code}x` }))));
    expect(both.map((error) => error.message)).toContain("Area A.I.1 tidak boleh memiliki children dan questions sekaligus");
    const neither = errorsOf((file) => (indicatorA_I_1_1(file).questions = []));
    expect(neither).toContainEqual({ path: IND_A_I_1_1, message: "Indikator A.I.1.1 harus memiliki children atau questions" });
  });
});

describe("parseCatalogueFile: structure and several problems at once", () => {
  it("gives Indonesian messages for structural errors", () => {
    const errors = errorsOf((file) => {
      delete areaA_I_1(file).title;
      indicatorA_I_1_1(file).weight = "0.5";
      indicatorA_I_1_1(file).weigth = 0.5;
      indicatorA_I_1_1(file).questions[0].answerType = "YA";
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: `${AREA_A_I_1}.title`, message: "Wajib diisi" },
        { path: `${IND_A_I_1_1}.weight`, message: "Harus berupa angka" },
        { path: IND_A_I_1_1, message: "Kolom tidak dikenal: 'weigth'" },
        {
          path: `${IND_A_I_1_1}.questions[0].answerType`,
          message: "Jenis jawaban harus salah satu dari YA_TIDAK, ABC, ABCD, ABCDE, PERCENT, SURVEY_INDEX_0_4, LIKERT, SCALE_0_5, CHOICE, MULTI_CHOICE, COUNT, TEXT",
        },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it("names the allowed formula kinds and rejects codes with spaces", () => {
    const errors = errorsOf((file) => {
      percentA_II_1_1_a(file).formula.kind = "product";
      indicatorA_I_1_1(file).questions[0].code = "A.I.1.1 a";
    });
    expect(errors).toEqual([
      { path: `${IND_A_I_1_1}.questions[0].code`, message: "Kode tidak boleh mengandung spasi" },
      { path: `${Q_A_II_1_1_A}.formula.kind`, message: "Jenis rumus harus 'ratio' atau 'decrease'" },
    ]);
  });

  it("rejects input that is not an object", () => {
    expect(parseCatalogueFile(null)).toEqual({ ok: false, errors: [{ path: "", message: "Harus berupa objek" }] });
  });

  it("reports every semantic problem of one file together", () => {
    const errors = errorsOf((file) => {
      indicatorA_I_1_1(file).questions[1].code = "A.I.1.1.a";
      indicatorA_I_1_1(file).weight = 0;
      indicatorA_I_1_1(file).questions[1].options[2].key = "B";
      delete percentA_II_1_1_a(file).formula;
      file.predicates.WBBM.hasil["B.III"] = 1;
    });
    expect(errors.map((error) => error.path).sort()).toEqual(
      [
        `${Q_A_I_1_1_B}.code`,
        `${AREA_A_I_1}.weight`,
        `${Q_A_I_1_1_B}.options[2].key`,
        `${Q_A_II_1_1_A}.formula`,
        'predicates.WBBM.hasil["B.III"]',
      ].sort(),
    );
  });

  it("reports item problems next to structural errors elsewhere", () => {
    const errors = errorsOf((file) => {
      delete areaA_I_1(file).title;
      indicatorA_I_1_1(file).questions[1].options[0].value = 2;
      delete percentA_II_1_1_a(file).formula;
    });
    expect(errors.map((error) => error.message)).toEqual([
      "Wajib diisi",
      "Nilai opsi harus antara 0 dan 1",
      "Butir PERCENT wajib memiliki rumus",
    ]);
  });
});

describe("parseCatalogueFile: accepted variants", () => {
  const parsed = (mutate: (file: TJson) => void) => {
    const file: TJson = structuredClone(lkeZi2021);
    mutate(file);
    const result = parseCatalogueFile(file);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.catalogue;
  };
  const decreaseItem = (catalogue: TJson) => catalogue.components[0].children[1].children[2].children[2].items[0];

  it("accepts whenPreviousZero as an object and as other numbers in the text form", () => {
    const object = parsed((file) => (decreaseA_II_3_3_a(file).formula.whenPreviousZero = { currentZero: 1, currentPositive: 0.5 }));
    expect(decreaseItem(object).formula.whenPreviousZero).toEqual({ currentZero: 1, currentPositive: 0.5 });
    const text = parsed((file) => (decreaseA_II_3_3_a(file).formula.whenPreviousZero = "0.5 if current is 0, else 0"));
    expect(decreaseItem(text).formula.whenPreviousZero).toEqual({ currentZero: 0.5, currentPositive: 0 });
  });

  it("rejects an unreadable or out-of-range whenPreviousZero", () => {
    const unreadable = errorsOf((file) => (decreaseA_II_3_3_a(file).formula.whenPreviousZero = "selalu 1"));
    expect(unreadable[0].message).toMatch(/^Aturan whenPreviousZero harus berupa teks/);
    expect(unreadable[0].path).toMatch(/\.formula\.whenPreviousZero$/);
    const range = errorsOf((file) => (decreaseA_II_3_3_a(file).formula.whenPreviousZero = { currentZero: 2, currentPositive: 0 }));
    expect(range[0].message).toBe("Nilai pada whenPreviousZero harus antara 0 dan 1");
  });

  it("keeps expectedEvidence of a question", () => {
    const catalogue = parsed((file) => (indicatorA_I_1_1(file).questions[0].expectedEvidence = ["SK Tim Kerja ZI"]));
    expect((catalogue.components[0].children[0].children[0].children[0].items[0] as TJson).expectedEvidence).toEqual([
      "SK Tim Kerja ZI",
    ]);
  });
});
