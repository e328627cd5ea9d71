import type { TCatalogueIssue } from "@/lib/catalogue/catalogue-issue";
import { collectCodes, leadingCode } from "@/lib/catalogue/catalogue-codes";
import type { TCatalogueFile } from "@/lib/catalogue/schemas";
import { formatDecimal } from "@/lib/format";
import { Rational, sum } from "@/lib/scoring/rational";

/** Predicate thresholds must name existing codes and be reachable. */
export function checkPredicates(file: TCatalogueFile): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  const codes = collectCodes(file.components);
  // Exact sums: a threshold equal to the maximum stays reachable.
  const catalogueMax = sum(file.components.map((component) => Rational.fromNumber(component.weight)));

  for (const [key, rule] of Object.entries(file.predicates ?? {})) {
    const base = ["predicates", key];
    if (Rational.fromNumber(rule.totalMin).compare(catalogueMax) > 0) {
      issues.push({
        path: [...base, "totalMin"],
        message: `Ambang nilai total (${formatDecimal(rule.totalMin)}) melebihi jumlah bobot katalog (${formatDecimal(catalogueMax)})`,
      });
    }

    const seen = new Set<string>();
    for (const [hasilKey, min] of Object.entries(rule.hasil)) {
      const path = [...base, "hasil", hasilKey];
      const code = leadingCode(hasilKey);
      const entry = codes.get(code);
      if (!code) issues.push({ path, message: "Kunci ambang harus diawali kode simpul atau butir" });
      else if (!entry) issues.push({ path, message: `Kode '${code}' pada predikat tidak ditemukan di katalog` });
      else if (seen.has(code)) issues.push({ path, message: `Kode '${code}' disebut lebih dari sekali pada predikat ${key}` });
      else if (Rational.fromNumber(min).compare(entry.maxPoints) > 0) {
        issues.push({
          path,
          message: `Ambang ${code} (${formatDecimal(min)}) melebihi nilai maksimumnya (${formatDecimal(entry.maxPoints)})`,
        });
      }
      seen.add(code);
    }

    const texts = new Set<string>();
    rule.preconditions.forEach((text, index) => {
      // Confirmations are keyed by this text, so two equal texts could not be told apart.
      if (texts.has(text)) issues.push({ path: [...base, "preconditions", index], message: `Prasyarat '${text}' ganda` });
      texts.add(text);
    });
  }
  return issues;
}
