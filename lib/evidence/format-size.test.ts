import { describe, expect, it } from "vitest";
import { formatFileSize, formatLimit } from "@/lib/evidence/format-size";

describe("formatFileSize", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1536, "1,5 KB"],
    [2.4 * 1024 * 1024, "2,4 MB"],
    [50 * 1024 * 1024, "50 MB"],
    [1.25 * 1024 ** 3, "1,3 GB"],
  ])("%d bytes -> %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it("formats limits as whole megabytes with Indonesian grouping", () => {
    expect(formatLimit(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatLimit(2048 * 1024 * 1024)).toBe("2.048 MB");
  });
});
