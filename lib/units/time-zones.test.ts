import { describe, expect, it } from "vitest";
import { timeZoneOfRegion, WIB, WIT, WITA } from "@/lib/units/time-zones";

describe("timeZoneOfRegion", () => {
  it.each([
    ["Kejaksaan Tinggi Sulawesi Selatan", WITA],
    ["Kejaksaan Tinggi Jawa Barat", WIB],
    ["Kejaksaan Tinggi Kalimantan Barat", WIB],
    ["Kejaksaan Tinggi Kalimantan Timur", WITA],
    ["Kejaksaan Tinggi Nusa Tenggara Timur", WITA],
    ["Kejaksaan Tinggi Papua Barat Daya", WIT],
    ["Kejaksaan Tinggi Maluku Utara", WIT],
    ["Kejaksaan Tinggi Bali", WITA],
    ["Kejaksaan Agung Republik Indonesia", WIB],
  ])("%s is in %s", (name, zone) => {
    expect(timeZoneOfRegion(name)).toBe(zone);
  });
});
