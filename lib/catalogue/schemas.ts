// The catalogue FILE format (lke-zi-2021.json as written) and its parser. No server imports: the
// admin upload form can use the same schema as the server.
import { z } from "zod";
import { formatIssuePath, type TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { checkPredicates } from "@/lib/catalogue/check-predicates";
import { checkTree } from "@/lib/catalogue/check-tree";
import { normaliseCatalogue } from "@/lib/catalogue/normalise-catalogue";
import { catalogueText, ZCode, ZQuestion, ZWeight } from "@/lib/catalogue/question-schema";
import { catalogueErrorMap } from "@/lib/catalogue/zod-error-map";
import { checkInstrument } from "@/lib/catalogue/check-instrument";
import { ZQuestionnaireRules } from "@/lib/catalogue/questionnaire-schema";
import type { TCatalogue } from "@/lib/scoring/types";

export const ZNodeKind = z.enum(["component", "part", "area", "indicator"], {
  error: "Jenis simpul harus salah satu dari component, part, area, indicator",
});

export const ZNode = z.strictObject({
  code: ZCode,
  kind: ZNodeKind,
  title: catalogueText(300, "Judul").trim().min(1, "Judul wajib diisi"),
  weight: ZWeight,
  get children() {
    return z.array(ZNode).optional();
  },
  questions: z.array(ZQuestion).optional(),
});

export type TFileNode = z.infer<typeof ZNode>;

const THRESHOLD_MESSAGE = "Ambang tidak boleh negatif";

export const ZPredicate = z.strictObject({
  totalMin: z.number().min(0, THRESHOLD_MESSAGE),
  areaMinShareOfWeight: z.number().min(0, THRESHOLD_MESSAGE).max(1, "Bagian minimum bobot area paling besar 1"),
  // Prose note in the shipped file; the rule it describes is fixed in the scoring engine.
  areaMinAppliesTo: catalogueText(1000, "Keterangan").optional(),
  /** Keyed like "B.I.a (IPAK score)": the first token is a node or item code, the rest a remark. */
  hasil: z.record(catalogueText(100, "Kunci ambang Hasil"), z.number().min(0, THRESHOLD_MESSAGE)),
  preconditions: z.array(catalogueText(500, "Prasyarat").trim().min(1, "Prasyarat tidak boleh kosong")).max(50, "Paling banyak 50 prasyarat"),
});

const ZScale = z.array(z.strictObject({ key: catalogueText(20, "Kunci skala"), value: z.number() })).max(20);

const ZCategory = z.strictObject({
  code: catalogueText(10, "Kode kategori").trim().min(1, "Kode kategori wajib diisi"),
  label: catalogueText(100, "Nama kategori").trim().min(1, "Nama kategori wajib diisi"),
  min: z.number().min(0, "Batas kategori antara 0 dan 5").max(5, "Batas kategori antara 0 dan 5"),
  max: z.number().min(0, "Batas kategori antara 0 dan 5").max(5, "Batas kategori antara 0 dan 5"),
  priority: z.boolean(),
  award: z.boolean(),
  description: catalogueText(2000, "Keterangan kategori"),
});

const SHARE_MESSAGE = "Bobot formulir antara 0 dan 1";

/** Result rules of an index instrument (PEKPPP): form shares, team size, categories. */
export const ZIndexResults = z.strictObject({
  forms: z.strictObject({ F02: z.number().min(0, SHARE_MESSAGE).max(1, SHARE_MESSAGE), F03: z.number().min(0, SHARE_MESSAGE).max(1, SHARE_MESSAGE) }),
  minEvaluators: z.int("Jumlah minimal evaluator harus bilangan bulat").min(1, "Minimal satu evaluator").max(20, "Paling banyak 20 evaluator"),
  categoryDecimals: z.int("Jumlah desimal harus bilangan bulat").min(0, "Jumlah desimal 0 sampai 4").max(4, "Jumlah desimal 0 sampai 4"),
  categories: z.array(ZCategory).min(1, "Minimal satu kategori").max(20, "Paling banyak 20 kategori"),
  /** Code of the questionnaire catalogue (QUESTIONNAIRE) the service users answer as F-03. */
  surveyCatalogue: ZCode,
});

export const ZInstrument = z.enum(["LKE_ZI", "QUESTIONNAIRE", "PEKPPP"], { error: "Jenis instrumen harus LKE_ZI, QUESTIONNAIRE atau PEKPPP" });

const ZCatalogueFileFields = z.strictObject({
  /** What the catalogue measures; absent means the LKE ZI. */
  instrument: ZInstrument.optional(),
  code: catalogueText(40, "Kode katalog").trim().min(1, "Kode katalog wajib diisi"),
  title: catalogueText(300, "Judul katalog").trim().min(1, "Judul katalog wajib diisi"),
  regulation: catalogueText(500, "Dasar peraturan").trim().min(1, "Dasar peraturan wajib diisi"),
  // Documentation only: options are read from each question.
  aggregation: catalogueText(2000, "Keterangan agregasi").optional(),
  answerTypes: z.record(catalogueText(40, "Jenis jawaban"), z.union([catalogueText(2000, "Keterangan jenis jawaban"), ZScale])).optional(),
  components: z.array(ZNode).min(1, "Katalog harus memiliki minimal satu komponen"),
  /** LKE only: the WBK and WBBM rules. */
  predicates: z.strictObject({ WBK: ZPredicate, WBBM: ZPredicate }).optional(),
  /** Questionnaires only: scale, conversion to the index, the LKE item fed, respondent profile. */
  questionnaire: ZQuestionnaireRules.optional(),
  /** Index instruments only (PEKPPP): how the index and its category are reached. */
  results: ZIndexResults.optional(),
});

export type TCatalogueFile = z.infer<typeof ZCatalogueFileFields>;

// Tree-wide rules need a well-typed tree; zod runs this whenever no type error blocks it, so they
// are reported together with item-level problems and out-of-range values.
export const ZCatalogueFile = ZCatalogueFileFields.superRefine((file, ctx) => {
  for (const issue of [...checkTree(file.components, file.instrument ?? "LKE_ZI"), ...checkPredicates(file), ...checkInstrument(file)]) {
    ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
  }
});

export type TParseCatalogueResult =
  | { ok: true; catalogue: TCatalogue }
  | { ok: false; errors: TCatalogueError[] };

/** Validates a catalogue file and returns every problem found, or the normalised catalogue. */
export function parseCatalogueFile(input: unknown): TParseCatalogueResult {
  const parsed = ZCatalogueFile.safeParse(input, { error: catalogueErrorMap });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: issue.message,
    }));
    return { ok: false, errors };
  }
  return { ok: true, catalogue: normaliseCatalogue(parsed.data) };
}

/** Same as parseCatalogueFile, from the text of a .json file (e.g. an admin upload). */
export function loadCatalogueFromJson(json: string): TParseCatalogueResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : "";
    return { ok: false, errors: [{ path: "", message: `Berkas bukan JSON yang valid${reason}` }] };
  }
  return parseCatalogueFile(data);
}
