import { describe, expect, it } from "vitest";
import { cleanFileName, cleanTitle, contentDisposition, withExtension } from "@/lib/evidence/file-name";

describe("cleanFileName", () => {
  it.each([
    ["SK Tim Kerja ZI 2026.pdf", "SK Tim Kerja ZI 2026.pdf"],
    ["C:\\Users\\andi\\Dokumen\\notulen.docx", "notulen.docx"],
    ["../../etc/passwd", "passwd"],
    ["rapat\u202Efdp.exe", "rapatfdp.exe"],
    ["  laporan   triwulan\tI .pdf  ", "laporan triwulan I .pdf"],
    ["a<b>c:d\"e|f?g*.pdf", "a_b_c_d_e_f_g_.pdf"],
    [".htaccess", "htaccess"],
    ["", "berkas"],
    ["...", "berkas"],
    ["\u0000\u0007", "berkas"],
  ])("%j -> %j", (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it("shortens long names and keeps the extension", () => {
    const name = cleanFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(150);
    expect(name.endsWith("a.pdf")).toBe(true);
  });
});

describe("cleanTitle", () => {
  it("keeps one line without invisible characters", () => {
    expect(cleanTitle(" Notulen\nrapat\u200b monev ")).toBe("Notulen rapat monev");
  });
});

describe("withExtension", () => {
  it("adds the type's extension only when missing", () => {
    expect(withExtension("SK Tim Kerja", "pdf")).toBe("SK Tim Kerja.pdf");
    expect(withExtension("SK.PDF", "pdf")).toBe("SK.PDF");
    expect(withExtension("foto.jpeg", "jpg")).toBe("foto.jpeg");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("attachment", "Notulen Rapat (Februari) 100%.pdf")).toBe(
      "attachment; filename=\"Notulen Rapat (Februari) 100_.pdf\"; filename*=UTF-8''Notulen%20Rapat%20%28Februari%29%20100%25.pdf",
    );
    expect(contentDisposition("inline", "Laporan—évaluasi \"akhir\".pdf")).toBe(
      "inline; filename=\"Laporanevaluasi _akhir_.pdf\"; filename*=UTF-8''Laporan%E2%80%94%C3%A9valuasi%20%22akhir%22.pdf",
    );
  });
});
