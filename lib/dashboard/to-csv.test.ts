import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/dashboard/to-csv";
import { Rational } from "@/lib/scoring/rational";
import type { TExportColumn } from "@/lib/dashboard/export-columns";
import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("Kejaksaan Negeri Bantaeng", "text")).toBe("Kejaksaan Negeri Bantaeng");
    expect(csvCell('Unit "A", Makassar', "text")).toBe('"Unit ""A"", Makassar"');
    expect(csvCell("baris\nbaru", "text")).toBe('"baris\nbaru"');
  });

  it("defuses spreadsheet formulas in text", () => {
    expect(csvCell("=HYPERLINK(\"x\")", "text")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+62", "text")).toBe("'+62");
    expect(csvCell("@sum", "text")).toBe("'@sum");
  });

  it("writes numbers with a dot, scores with two decimals, shares as percentages, dates in WIB", () => {
    expect(csvCell(75.004, "score")).toBe("75.00");
    expect(csvCell(0.8765, "share")).toBe("87.65");
    expect(csvCell(113, "int")).toBe("113");
    expect(csvCell(null, "score")).toBe("");
    expect(csvCell(new Date("2026-11-22T17:30:00Z"), "date")).toBe("2026-11-23 00:30");
  });

  it("rounds figures once, half up, like the page (toFixed rounded the binary fraction instead)", () => {
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(csvCell(1.005, "score")).toBe("1.01");
    expect(csvCell(Rational.parse("497/40"), "score")).toBe("12.43");
    expect(csvCell(Rational.ratio(7, 80), "share")).toBe("8.75");
    expect(csvCell(0.5675, "share")).toBe("56.75");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark, ends lines with CRLF, one line per row after the header", () => {
    const columns: TExportColumn[] = [
      { header: "Unit", kind: "text", width: 10, value: (r) => r.unitName },
      { header: "Progres", kind: "share", width: 10, value: (r) => r.answeredCount / r.itemCount },
    ];
    const rows = [{ unitName: "A", answeredCount: 1, itemCount: 4 }, { unitName: "B, C", answeredCount: 4, itemCount: 4 }] as TDashboardUnit[];
    expect(toCsv(columns, rows)).toBe('\uFEFFUnit,Progres (%)\r\nA,25.00\r\n"B, C",100.00\r\n');
  });
});
