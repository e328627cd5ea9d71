import { z } from "zod";
import { formatDecimal } from "@/lib/format";

const TYPE_NAMES: Record<string, string> = {
  string: "teks",
  number: "angka",
  int: "bilangan bulat",
  boolean: "true/false",
  array: "daftar (array)",
  object: "objek",
  record: "objek",
};

const localeFallback = z.locales.id().localeError;

/**
 * Indonesian messages for structural errors in a catalogue file, passed per parse so that the
 * global zod configuration of the app stays untouched. Falls back to zod's own "id" locale.
 */
export const catalogueErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "Wajib diisi";
      return `Harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "unrecognized_keys":
      return `Kolom tidak dikenal: ${issue.keys.map((key) => `'${key}'`).join(", ")}`;
    case "invalid_value":
      return `Harus salah satu dari: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "number") return `Tidak boleh kurang dari ${formatDecimal(Number(issue.minimum))}`;
      return Number(issue.minimum) <= 1 ? "Tidak boleh kosong" : `Minimal ${issue.minimum} isian`;
    case "too_big":
      if (issue.origin === "number") return `Tidak boleh lebih dari ${formatDecimal(Number(issue.maximum))}`;
      return `Maksimal ${issue.maximum} isian`;
    default:
      return localeFallback(issue);
  }
};
