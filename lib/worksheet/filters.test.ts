import { describe, expect, it } from "vitest";
import { filtersFor, matchesFilter, parseFilter } from "@/lib/worksheet/filters";
import type { TWorksheetRow } from "@/lib/worksheet/types";

const row = (over: Partial<TWorksheetRow> = {}) => ({ verdict: null, changed: false, evidence: { count: 0, ticked: 0, expected: 0 }, ...over }) as TWorksheetRow;
const open = { answered: false, differs: false };

describe("worksheet filters", () => {
  it("reads the address bar, falling back to every item", () => {
    expect(parseFilter("dikembalikan")).toBe("dikembalikan");
    expect(parseFilter("<script>")).toBe("semua");
    expect(parseFilter(undefined)).toBe("semua");
  });

  it("offers 'berbeda' to evaluators and 'berubah' once a round was sent back", () => {
    expect(filtersFor("SELF", false)).toEqual(["semua", "belum-dijawab", "tanpa-bukti", "dikembalikan"]);
    expect(filtersFor("EVALUATOR", true)).toEqual(["semua", "belum-dijawab", "tanpa-bukti", "dikembalikan", "berubah", "berbeda"]);
  });

  it("matches rows by their live answer and their facts", () => {
    expect(matchesFilter("belum-dijawab", row(), open)).toBe(true);
    expect(matchesFilter("belum-dijawab", row(), { ...open, answered: true })).toBe(false);
    expect(matchesFilter("tanpa-bukti", row({ evidence: { count: 2, ticked: 0, expected: 1 } }), open)).toBe(false);
    expect(matchesFilter("dikembalikan", row({ verdict: "REVISION_REQUESTED" }), open)).toBe(true);
    expect(matchesFilter("dikembalikan", row({ verdict: "ACCEPTED" }), open)).toBe(false);
    expect(matchesFilter("berubah", row({ changed: true }), open)).toBe(true);
    expect(matchesFilter("berbeda", row(), { ...open, differs: true })).toBe(true);
    expect(matchesFilter("semua", row(), open)).toBe(true);
  });
});
