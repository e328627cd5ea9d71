import { describe, expect, it } from "vitest";
import { formatReportNumber, unknownPlaceholders } from "@/lib/agency-settings/report-number";
import { formatNip, ZAgencySettings } from "@/lib/agency-settings/schemas";

describe("report numbers and NIPs", () => {
  it("fills every placeholder of the agency's pattern", () => {
    const values = { sequence: 7, year: 2026, month: 11, unitCode: "KEJARI-BANTAENG" };
    expect(formatReportNumber("LHE-{urut}/ZI/{bulan_romawi}/{tahun}", values)).toBe("LHE-7/ZI/XI/2026");
    expect(formatReportNumber("B-{urut}/{kode_unit}/{bulan}/{tahun}", { ...values, month: 3 })).toBe("B-7/KEJARI-BANTAENG/03/2026");
    expect(unknownPlaceholders("LHE-{nomor}/{urut}/{tahun}")).toEqual(["nomor"]);
  });

  it("refuses a pattern without {urut} or with an unknown placeholder, and a NIP that is not 18 digits", () => {
    const base = {
      agencyId: "ag", letterhead: "KEJAKSAAN", address: "", place: "Jakarta", lheNumberPattern: "LHE-{urut}", baNumberPattern: "BA-{urut}",
      approverTitle: "", approverName: "", approverNip: "19700101 199503 1 001",
    };
    expect(ZAgencySettings.safeParse(base).success).toBe(true);
    const messages = (input: object) => ZAgencySettings.safeParse({ ...base, ...input }).error?.issues.map((i) => i.message);
    expect(messages({ lheNumberPattern: "LHE/ZI/{tahun}" })).toEqual(["Pola nomor LHE harus memuat {urut} (nomor urut)."]);
    expect(messages({ baNumberPattern: "BA-{urut}/{nomor}" })).toEqual(["Pola nomor Berita Acara hanya boleh memuat {urut}, {bulan}, {bulan_romawi}, {tahun} dan {kode_unit}."]);
    expect(messages({ approverNip: "1970" })).toEqual(["NIP terdiri dari 18 angka."]);
    expect(formatNip("197001011995031001")).toBe("19700101 199503 1 001");
    expect(formatNip(null)).toBe("-");
  });
});
