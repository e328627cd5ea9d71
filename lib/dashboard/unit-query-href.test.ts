import { describe, expect, it } from "vitest";
import { parseUnitQuery } from "@/lib/dashboard/schemas";
import { unitQueryHref } from "@/lib/dashboard/unit-query-href";

describe("unitQueryHref", () => {
  it("leaves defaults out, so one state has one URL", () => {
    expect(unitQueryHref("/dasbor/unit", parseUnitQuery({}))).toBe("/dasbor/unit");
    expect(unitQueryHref("/dasbor/unit", { urut: "peringkat", arah: "naik", hal: 1, tampilan: "ringkas" })).toBe("/dasbor/unit");
    expect(unitQueryHref("/dasbor/unit", { urut: "mandiri", arah: "turun" })).toBe("/dasbor/unit?urut=mandiri");
    expect(unitQueryHref("/dasbor/unit", { urut: "mandiri", arah: "naik" })).toBe("/dasbor/unit?urut=mandiri&arah=naik");
    expect(unitQueryHref("/dasbor/unit", { arah: "turun" })).toBe("/dasbor/unit?arah=turun");
  });

  it("round-trips every parameter through the parser", () => {
    const params = { periode: "p1", wilayah: "r 1", status: "FINAL", predikat: "wbk-tpi", q: "Kejari & co", risiko: "1", urut: "tpi", arah: "naik", hal: "3", tampilan: "area" };
    const query = parseUnitQuery(params);
    const href = unitQueryHref("/dasbor/unit", query);
    expect(parseUnitQuery(new URL(href, "http://x").searchParams)).toEqual(query);
    expect(query).toMatchObject({ q: "Kejari & co", hal: 3, status: "FINAL", tampilan: "area" });
  });
});
