import { describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { carryAnswer } from "@/lib/carry-forward/carry-answer";
import { matchItems } from "@/lib/carry-forward/match-items";
import type { TCatalogue } from "@/lib/scoring/types";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;

const indicatorA_I_1_1 = (file: TJson) => file.components[0].children[0].children[0].children[0];
const percentA_II_1_1_a = (file: TJson) => file.components[0].children[1].children[0].children[0].questions[0];

function catalogue(mutate: (file: TJson) => void = () => undefined): TCatalogue {
  const file: TJson = structuredClone(lkeZi2021);
  mutate(file);
  const parsed = parseCatalogueFile(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.catalogue;
}

describe("matching items across catalogue versions", () => {
  it("pairs all 113 items of an unchanged catalogue, none flagged", () => {
    const matches = matchItems(catalogue(), catalogue());
    expect(matches.size).toBe(113);
    expect([...matches.values()].filter((m) => m.recheck.length > 0)).toEqual([]);
  });

  it("flags a changed text, changed options and a changed formula, and only those items", () => {
    const next = catalogue((file) => {
      indicatorA_I_1_1(file).questions[0].text += " (dengan penetapan tahun berjalan)";
      indicatorA_I_1_1(file).questions[1].options[1].label = "Sebagian besar unsur terwakili";
      percentA_II_1_1_a(file).formula.whenDenominatorZero = 1;
    });
    const flagged = [...matchItems(catalogue(), next)].filter(([, m]) => m.recheck.length > 0).map(([code, m]) => [code, m.recheck]);
    expect(flagged).toEqual([["A.I.1.1.a", ["text"]], ["A.I.1.1.b", ["options"]], ["A.II.1.1.a", ["formula"]]]);
  });

  it("follows a renumbered item by its key and drops an item that is gone", () => {
    const next = catalogue((file) => {
      const questions = indicatorA_I_1_1(file).questions;
      questions[0].key = "A.I.1.1.a";
      questions[0].code = "A.I.1.1.x";
      questions.splice(1, 1);
    });
    const matches = matchItems(catalogue(), next);
    expect(matches.get("A.I.1.1.a")?.next.code).toBe("A.I.1.1.x");
    expect(matches.get("A.I.1.1.a")?.recheck).toEqual([]);
    expect(matches.has("A.I.1.1.b")).toBe(false);
  });
});

describe("carrying one answer", () => {
  const previous = catalogue();
  it("keeps a valid answer with its value and narrative", () => {
    const match = matchItems(previous, catalogue()).get("A.I.1.1.b")!;
    expect(carryAnswer(match, { optionKey: "B", narrative: "SK Nomor 12" })).toEqual({
      answer: { optionKey: "B", inputs: null, surveyIndex: null }, value: match.next.options.find((o) => o.key === "B")!.value, narrative: "SK Nomor 12", recheck: [],
    });
  });

  it("drops an option the item no longer has, keeps the narrative and asks for a second look", () => {
    const next = catalogue((file) => {
      const question = indicatorA_I_1_1(file).questions[1];
      question.options = question.options.filter((o: TJson) => o.key !== "C");
    });
    const carried = carryAnswer(matchItems(previous, next).get("A.I.1.1.b")!, { optionKey: "C", narrative: "Belum ada SK" });
    expect(carried).toEqual({ answer: { optionKey: null, inputs: null, surveyIndex: null }, value: null, narrative: "Belum ada SK", recheck: ["options", "answer"] });
  });

  it("carries nothing for an empty answer without narrative", () => {
    const match = matchItems(previous, catalogue()).get("A.I.1.1.a")!;
    expect(carryAnswer(match, { optionKey: null, narrative: "  " })).toBeNull();
  });
});
