import { describe, expect, it } from "vitest";
import { downloadHeaders } from "@/lib/evidence/download-headers";

const file = (mimeType: string, fileName = "bukti.pdf") => ({ mimeType, size: 1234, fileName });

describe("downloadHeaders", () => {
  it("opens PDF and images in the browser, sandboxed and never sniffed", () => {
    for (const mime of ["application/pdf", "image/jpeg", "image/png", "image/webp"]) {
      const headers = downloadHeaders(file(mime), false);
      expect(headers.get("Content-Type")).toBe(mime);
      expect(headers.get("Content-Disposition")).toMatch(/^inline; /);
      expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
      expect(headers.get("Cache-Control")).toBe("private, no-store");
      expect(headers.get("Content-Length")).toBe("1234");
    }
  });

  it("downloads office documents, and anything on ?unduh=1", () => {
    expect(downloadHeaders(file("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "n.docx"), false).get("Content-Disposition")).toMatch(/^attachment; /);
    expect(downloadHeaders(file("application/pdf"), true).get("Content-Disposition")).toMatch(/^attachment; /);
  });

  it("never serves a type outside the accepted list as itself (no text/html)", () => {
    for (const mime of ["text/html", "image/svg+xml", "application/xhtml+xml", ""]) {
      const headers = downloadHeaders(file(mime, "x.html"), false);
      expect(headers.get("Content-Type")).toBe("application/octet-stream");
      expect(headers.get("Content-Disposition")).toMatch(/^attachment; /);
    }
  });
});
