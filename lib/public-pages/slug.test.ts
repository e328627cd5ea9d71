import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/public-pages/slug";

describe("slugify", () => {
  it("makes a readable, URL-safe segment of a unit's name", () => {
    expect(slugify("Kejaksaan Negeri Bantaeng")).toBe("kejaksaan-negeri-bantaeng");
    expect(slugify("  BPS Kota Makassar (Sulsel) ")).toBe("bps-kota-makassar-sulsel");
    expect(slugify("Pengadilan Négeri Sambas")).toBe("pengadilan-negeri-sambas");
  });
  it("never answers an empty or over-long segment", () => {
    expect(slugify("***")).toBe("unit");
    expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugify("a ".repeat(100)).endsWith("-")).toBe(false);
  });
});
