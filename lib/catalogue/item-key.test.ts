import { describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { itemKey } from "@/lib/catalogue/item-key";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { listItems } from "@/lib/scoring/catalogue-walk";

// Loose JSON access to build variants of the shipped file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;

const indicatorA_I_1_1 = (file: TJson) => file.components[0].children[0].children[0].children[0];

function parse(mutate: (file: TJson) => void) {
  const file: TJson = structuredClone(lkeZi2021);
  mutate(file);
  return parseCatalogueFile(file);
}

describe("catalogue item keys", () => {
  it("default to the code and are left out of the normalised catalogue", () => {
    const result = parse(() => undefined);
    if (!result.ok) throw new Error("shipped catalogue rejected");
    const first = listItems(result.catalogue)[0]!.item;
    expect(first.key).toBeUndefined();
    expect(itemKey(first)).toBe(first.code);
  });

  it("keeps an explicit key, so a renumbered item is still the same item", () => {
    const result = parse((file) => {
      const question = indicatorA_I_1_1(file).questions[0];
      question.key = question.code;
      question.code = "A.I.1.1.z";
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const renumbered = listItems(result.catalogue).find((p) => p.item.code === "A.I.1.1.z")!.item;
    expect(itemKey(renumbered)).toBe("A.I.1.1.a");
  });

  it("refuses two items with one key, at the second, and keys with spaces", () => {
    const duplicate = parse((file) => (indicatorA_I_1_1(file).questions[1].key = "A.I.1.1.a"));
    expect(duplicate.ok).toBe(false);
    if (duplicate.ok) return;
    expect(duplicate.errors).toEqual([{
      path: "components[0].children[0].children[0].children[0].questions[1].key",
      message: "Kunci butir A.I.1.1.a dipakai lebih dari sekali (pertama di components[0].children[0].children[0].children[0].questions[0])",
    }]);
    const spaced = parse((file) => (indicatorA_I_1_1(file).questions[0].key = "kunci lama"));
    expect(spaced.ok).toBe(false);
    if (!spaced.ok) expect(spaced.errors[0]!.message).toBe("Kunci butir tidak boleh mengandung spasi");
  });
});
