import { z } from "zod";

const SHARE_MESSAGE = "Nilai harus antara 0 dan 1";
const ZShare = z.number().min(0, SHARE_MESSAGE).max(1, SHARE_MESSAGE);

const EDGE_RULE_HELP =
  'Aturan whenPreviousZero harus berupa teks "1 if current is 0, else 0" atau objek { "currentZero": 1, "currentPositive": 0 }';

// The shipped file spells the edge rule as prose; parse it so both spellings mean the same data.
const EDGE_RULE_TEXT = /^\s*(\d+(?:\.\d+)?)\s+if\s+current\s+is\s+0\s*,?\s*else\s+(\d+(?:\.\d+)?)\s*$/i;

const ZWhenPreviousZero = z
  .union([z.string(), z.strictObject({ currentZero: z.number(), currentPositive: z.number() })], {
    error: EDGE_RULE_HELP,
  })
  .transform((rule, ctx) => {
    let parsed: { currentZero: number; currentPositive: number };
    if (typeof rule === "string") {
      const match = EDGE_RULE_TEXT.exec(rule);
      if (!match) {
        ctx.issues.push({ code: "custom", message: EDGE_RULE_HELP, input: rule });
        return z.NEVER;
      }
      parsed = { currentZero: Number(match[1]), currentPositive: Number(match[2]) };
    } else {
      parsed = rule;
    }
    for (const value of [parsed.currentZero, parsed.currentPositive]) {
      if (!(value >= 0 && value <= 1)) {
        ctx.issues.push({ code: "custom", message: `Nilai pada whenPreviousZero harus antara 0 dan 1`, input: rule });
        return z.NEVER;
      }
    }
    return parsed;
  });

const ZInputKeys = z.array(z.string().min(1, "Kunci masukan wajib diisi")).min(1, "Daftar masukan rumus tidak boleh kosong");

export const ZRatioFormula = z.strictObject({
  kind: z.literal("ratio"),
  numerator: ZInputKeys,
  denominator: ZInputKeys,
  whenDenominatorZero: ZShare,
});

export const ZDecreaseFormula = z.strictObject({
  kind: z.literal("decrease"),
  previous: z.string().min(1, "Masukan tahun sebelumnya wajib diisi"),
  current: z.string().min(1, "Masukan tahun ini wajib diisi"),
  whenPreviousZero: ZWhenPreviousZero,
});

export const ZFormula = z.discriminatedUnion("kind", [ZRatioFormula, ZDecreaseFormula], {
  error: "Jenis rumus harus 'ratio' atau 'decrease'",
});

// A count that is part of another may not exceed it: e.g. complaints in progress plus complaints
// settled never outnumber the complaints to be handled. Checked on every save, client and server.
export const ZInputConstraint = z.strictObject({
  kind: z.literal("partsWithinTotal", { error: "Jenis batasan harus 'partsWithinTotal'" }),
  parts: ZInputKeys,
  total: ZInputKeys,
  /** Optional wording for the user; without it the message names the inputs' labels. */
  message: z.string().trim().min(1, "Pesan batasan tidak boleh kosong").optional(),
});
