import { describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { loadCatalogueFromJson, parseCatalogueFile, ZCatalogueFile } from "@/lib/catalogue/schemas";
import { listItems, listNodes } from "@/lib/scoring/catalogue-walk";
import type { TCatalogue } from "@/lib/scoring/types";

function shipped(): TCatalogue {
  const result = parseCatalogueFile(lkeZi2021);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalogue;
}

describe("shipped LKE ZI 2021 catalogue", () => {
  it("parses without errors", () => {
    const result = parseCatalogueFile(lkeZi2021);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("is accepted by the exported zod schema on its own", () => {
    expect(ZCatalogueFile.safeParse(lkeZi2021).success).toBe(true);
  });

  it("has 113 items: 87 Pemenuhan, 23 Reform, 3 Hasil", () => {
    const items = listItems(shipped());
    expect(items).toHaveLength(113);
    const under = (prefix: string) => items.filter(({ item }) => item.code.startsWith(prefix)).length;
    expect(under("A.I.")).toBe(87);
    expect(under("A.II.")).toBe(23);
    expect(under("B.")).toBe(3);
  });

  it("has six areas per part of Pengungkit with the DOMAIN.md weights", () => {
    const catalogue = shipped();
    const [pengungkit, hasil] = catalogue.components;
    expect(pengungkit.weight).toBe(60);
    expect(hasil.weight).toBe(40);
    for (const part of pengungkit.children) {
      expect(part.weight).toBe(30);
      expect(part.children.map((area) => area.kind)).toEqual(Array(6).fill("area"));
      expect(part.children.map((area) => area.weight)).toEqual([4, 3.5, 5, 5, 7.5, 5]);
    }
    expect(hasil.children.map((part) => [part.code, part.weight])).toEqual([
      ["B.I", 22.5],
      ["B.II", 17.5],
    ]);
  });

  it("fills item defaults and keeps own weights only where the file gives them", () => {
    const items = new Map(listItems(shipped()).map(({ item }) => [item.code, item]));
    const first = items.get("A.I.1.1.a")!;
    expect(first).toMatchObject({ weight: null, inputs: [], formula: null });
    expect(first.expectedEvidence).toEqual(["SK Kepala Unit tentang Tim Kerja Pembangunan Zona Integritas"]);
    expect(first.options.map((option) => [option.key, option.value])).toEqual([["YA", 1], ["TIDAK", 0]]);
    expect(items.get("A.I.1.3.a")!.expectedEvidence).toEqual([]);
    expect(items.get("B.I.a")).toMatchObject({ answerType: "SURVEY_INDEX_0_4", weight: 17.5, options: [] });
    expect(items.get("B.I.b")!.weight).toBe(5);
    expect(items.get("B.II.a")!.weight).toBe(17.5);
  });

  it("normalises the decrease rule written as text", () => {
    const item = listItems(shipped()).find(({ item }) => item.code === "A.II.3.3.a")!.item;
    expect(item.formula).toEqual({
      kind: "decrease",
      previous: "lalu",
      current: "kini",
      whenPreviousZero: { currentZero: 1, currentPositive: 0 },
    });
  });

  it("bounds every PERCENT input that is part of a total (all PERCENT items but changes per agent)", () => {
    const percent = listItems(shipped()).filter(({ item }) => item.answerType === "PERCENT");
    const bounds = Object.fromEntries(percent.map(({ item }) => [item.code, (item.constraints ?? []).map((c) => `${c.parts.join("+")}<=${c.total.join("+")}`)]));
    expect(bounds).toEqual({
      "A.II.1.1.a": [],
      "A.II.1.1.b": ["terintegrasi<=perubahan"],
      "A.II.3.3.a": ["disanksi<=lalu+kini"],
      "A.II.4.1.a": ["tercapai<=sasaran"],
      "A.II.5.2.a": ["proses+selesai<=harus"],
      "A.II.5.3.1.a": ["lapor<=wajib"],
      "A.II.5.3.2.a": ["lapor<=es3+es4+fung"],
      "A.II.6.1.b": ["dipermudah<=terdata"],
    });
    expect(listItems(shipped()).find(({ item }) => item.code === "A.I.1.1.a")!.item).not.toHaveProperty("constraints");
  });

  it("nests indicators below indicators where the file does (A.II.5.3)", () => {
    const place = listNodes(shipped()).find(({ node }) => node.code === "A.II.5.3")!;
    expect(place.node.children.map((child) => [child.code, child.kind, child.weight])).toEqual([
      ["A.II.5.3.1", "indicator", 1],
      ["A.II.5.3.2", "indicator", 1],
    ]);
  });

  it("turns the predicates into [WBK, WBBM] rules with labelled minimums", () => {
    const [wbk, wbbm] = shipped().predicates;
    expect(wbk).toMatchObject({ code: "WBK", label: "Wilayah Bebas dari Korupsi (WBK)", totalMin: 75 });
    expect(wbbm).toMatchObject({ code: "WBBM", label: "Wilayah Birokrasi Bersih dan Melayani (WBBM)", totalMin: 85 });
    expect(wbk.areaMinShareOfWeight).toBe(0.6);
    expect(wbbm.areaMinShareOfWeight).toBe(0.75);
    expect(wbk.nodeMinimums).toEqual([
      { code: "B.I", label: "B.I Birokrasi yang bersih dan akuntabel", min: 18.25 },
      { code: "B.I.a", label: "B.I.a Nilai Survey Persepsi Korupsi (Survei Eksternal)", min: 15.75 },
      { code: "B.I.b", label: "B.I.b Capaian Kinerja Lebih Baik dari pada Capaian Kinerja Sebelumnya", min: 2.5 },
      { code: "B.II", label: "B.II Pelayanan publik yang prima", min: 14 },
    ]);
    expect(wbbm.nodeMinimums.map((minimum) => minimum.min)).toEqual([19.5, 15.75, 3.75, 15.75]);
    expect(wbk.preconditions).toHaveLength(3);
    expect(wbbm.preconditions).toContain("Unit telah berpredikat WBK");
  });

  it("loads from JSON text and reports text that is not JSON", () => {
    expect(loadCatalogueFromJson(JSON.stringify(lkeZi2021)).ok).toBe(true);
    const broken = loadCatalogueFromJson("{ not json");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0].message).toMatch(/^Berkas bukan JSON yang valid/);
  });
});
