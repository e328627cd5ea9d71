import { describe, expect, it } from "vitest";
import { parseDateText, toDateText, toWindowInputs } from "@/lib/periods/window-dates";
import { ZWindows } from "@/lib/periods/schemas";

describe("typed dates, day first", () => {
  it.each([
    ["22/11/2026", "2026-11-22"], ["5/1/2027", "2027-01-05"], ["05-01-2027", "2027-01-05"], ["05.01.2027", "2027-01-05"],
    [" 2027-01-05 ", "2027-01-05"], ["29/02/2028", "2028-02-29"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
  it.each(["", "30/02/2027", "11/22/2026", "2026/11/22", "22/11/26", "besok"])("%s is not a date", (text) => {
    expect(parseDateText(text)).toBeNull();
  });
  it("shows stored windows day first, and the schema turns them back into ISO with Indonesian messages", () => {
    const closes = new Date("2027-02-28T16:59:59.999Z"); // 23.59.59 WIB
    expect(toWindowInputs([{ stage: "SELF_ASSESSMENT", opensAt: new Date("2027-01-04T17:00:00Z"), closesAt: closes }]).SELF_ASSESSMENT)
      .toEqual({ opensAt: "05/01/2027", closesAt: "28/02/2027" });
    expect(toDateText("2027-01-05")).toBe("05/01/2027");
    const typed = { opensAt: "05/01/2027", closesAt: "28/02/2027" };
    const parsed = ZWindows.safeParse({ SELF_ASSESSMENT: typed, REVIEW: typed, REVISION: typed, FINAL: { opensAt: "", closesAt: "31/02/2027" } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["FINAL.opensAt", "Tanggal wajib diisi."],
      ["FINAL.closesAt", "Tanggal tidak valid. Format hh/bb/tttt, mis. 31/12/2026."],
    ]);
    expect(ZWindows.parse({ SELF_ASSESSMENT: typed, REVIEW: typed, REVISION: typed, FINAL: typed }).FINAL).toEqual({ opensAt: "2027-01-05", closesAt: "2027-02-28" });
  });
});
