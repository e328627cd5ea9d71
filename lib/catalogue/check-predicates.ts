import type { TCatalogueIssue } from "@/lib/catalogue/catalogue-issue";
import { collectCodes, leadingCode } from "@/lib/catalogue/catalogue-codes";
import type { TCatalogueFile } from "@/lib/catalogue/schemas";
import { formatNumberId } from "@/lib/scoring/format-id";

// Same tolerance as the weight sums: a threshold equal to the maximum must stay reachable.
const TOLERANCE = 1e-9;

/** Predicate thresholds must name existing codes and be reachable. */
export function checkPredicates(file: TCatalogueFile): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  const codes = collectCodes(file.components);
  const catalogueMax = file.components.reduce((total, component) => total + component.weight, 0);

  for (const [key, rule] of Object.entries(file.predicates)) {
    const base = ["predicates", key];
    if (rule.totalMin > catalogueMax + TOLERANCE) {
      issues.push({
        path: [...base, "totalMin"],
        message: `Ambang nilai total (${formatNumberId(rule.totalMin)}) melebihi jumlah bobot katalog (${formatNumberId(catalogueMax)})`,
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
      else if (min > entry.maxPoints + TOLERANCE) {
        issues.push({
          path,
          message: `Ambang ${code} (${formatNumberId(min)}) melebihi nilai maksimumnya (${formatNumberId(entry.maxPoints)})`,
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
