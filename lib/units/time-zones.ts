// Indonesia's three time zones and the province each region sits in. A unit's times (deadlines,
// activity) are shown in its own zone; a new unit takes its region's. Pure.

export const WIB = "Asia/Jakarta";
export const WITA = "Asia/Makassar";
export const WIT = "Asia/Jayapura";

/** The 38 provinces (Permendagri names, lower case) by zone. */
const PROVINCES: Record<string, readonly string[]> = {
  [WIB]: [
    "aceh", "sumatera utara", "sumatera barat", "riau", "kepulauan riau", "jambi", "bengkulu", "sumatera selatan",
    "kepulauan bangka belitung", "lampung", "banten", "dki jakarta", "jawa barat", "jawa tengah", "di yogyakarta",
    "jawa timur", "kalimantan barat", "kalimantan tengah",
  ],
  [WITA]: [
    "bali", "nusa tenggara barat", "nusa tenggara timur", "kalimantan selatan", "kalimantan timur", "kalimantan utara",
    "sulawesi utara", "gorontalo", "sulawesi tengah", "sulawesi barat", "sulawesi selatan", "sulawesi tenggara",
  ],
  [WIT]: ["maluku", "maluku utara", "papua", "papua barat", "papua barat daya", "papua tengah", "papua pegunungan", "papua selatan"],
};

// Longest names first, so "Kalimantan Barat" is not read as "Kalimantan ..." of another zone and
// "Papua Barat Daya" wins over "Papua".
const BY_LENGTH = Object.entries(PROVINCES)
  .flatMap(([zone, names]) => names.map((name) => ({ name, zone })))
  .sort((a, b) => b.name.length - a.name.length);

/** The zone of the province a region's name mentions ("Kejaksaan Tinggi Sulawesi Selatan"), else WIB. */
export function timeZoneOfRegion(regionName: string): string {
  const text = ` ${regionName.toLowerCase().replace(/\s+/g, " ")} `;
  return BY_LENGTH.find((p) => text.includes(` ${p.name} `))?.zone ?? WIB;
}
