// Fixed ids so tests, docs and bookmarks can name demo records.

export const DEMO_PASSWORD = "demo12345";
export const AGENCY = { id: "agency-kejaksaan", code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" };

type TDemoUnit = { id: string; code: string; name: string; level: string; parentId: string | null };

export const UNITS: TDemoUnit[] = [
  { id: "unit-kejagung", code: "KEJAGUNG", name: "Kejaksaan Agung Republik Indonesia", level: "Kejaksaan Agung", parentId: null },
  { id: "unit-kejati-sulsel", code: "KEJATI-SULSEL", name: "Kejaksaan Tinggi Sulawesi Selatan", level: "Kejati", parentId: "unit-kejagung" },
  { id: "unit-kejari-bantaeng", code: "KEJARI-BANTAENG", name: "Kejaksaan Negeri Bantaeng", level: "Kejari", parentId: "unit-kejati-sulsel" },
  { id: "unit-kejari-makassar", code: "KEJARI-MAKASSAR", name: "Kejaksaan Negeri Makassar", level: "Kejari", parentId: "unit-kejati-sulsel" },
  { id: "unit-kejari-gowa", code: "KEJARI-GOWA", name: "Kejaksaan Negeri Gowa", level: "Kejari", parentId: "unit-kejati-sulsel" },
  { id: "unit-kejati-jabar", code: "KEJATI-JABAR", name: "Kejaksaan Tinggi Jawa Barat", level: "Kejati", parentId: "unit-kejagung" },
  { id: "unit-kejari-bandung", code: "KEJARI-BANDUNG", name: "Kejaksaan Negeri Kota Bandung", level: "Kejari", parentId: "unit-kejati-jabar" },
  { id: "unit-kejari-bogor", code: "KEJARI-BOGOR", name: "Kejaksaan Negeri Kota Bogor", level: "Kejari", parentId: "unit-kejati-jabar" },
  { id: "unit-kejari-bekasi", code: "KEJARI-BEKASI", name: "Kejaksaan Negeri Kota Bekasi", level: "Kejari", parentId: "unit-kejati-jabar" },
  { id: "unit-kejati-jatim", code: "KEJATI-JATIM", name: "Kejaksaan Tinggi Jawa Timur", level: "Kejati", parentId: "unit-kejagung" },
  { id: "unit-kejari-surabaya", code: "KEJARI-SURABAYA", name: "Kejaksaan Negeri Surabaya", level: "Kejari", parentId: "unit-kejati-jatim" },
  { id: "unit-kejari-malang", code: "KEJARI-MALANG", name: "Kejaksaan Negeri Kota Malang", level: "Kejari", parentId: "unit-kejati-jatim" },
];

/** Participating units with how far along and how good their self-assessment is. */
export const PARTICIPANTS: { unitId: string; completeness: number; quality: number }[] = [
  { unitId: "unit-kejari-bantaeng", completeness: 0, quality: 0 },
  { unitId: "unit-kejari-makassar", completeness: 1, quality: 0.92 },
  { unitId: "unit-kejari-gowa", completeness: 0.6, quality: 0.6 },
  { unitId: "unit-kejari-bandung", completeness: 1, quality: 0.8 },
  { unitId: "unit-kejari-bogor", completeness: 0.85, quality: 0.7 },
  { unitId: "unit-kejari-bekasi", completeness: 0.3, quality: 0.5 },
  { unitId: "unit-kejari-surabaya", completeness: 1, quality: 0.97 },
  { unitId: "unit-kejari-malang", completeness: 0.45, quality: 0.75 },
];

type TDemoUser = { id: string; email: string; name: string; roles: { role: "ADMIN" | "UNIT_MEMBER" | "UNIT_HEAD" | "EVALUATOR" | "LEADER"; unitId: string | null }[]; label: string };

export const USERS: TDemoUser[] = [
  { id: "user-admin", email: "admin@zi.demo", name: "Admin Sekretariat RB", label: "Admin", roles: [{ role: "ADMIN", unitId: null }] },
  { id: "user-anggota", email: "anggota@zi.demo", name: "Andi Tim Kerja", label: "Anggota Tim Kerja (Kejari Bantaeng)", roles: [{ role: "UNIT_MEMBER", unitId: "unit-kejari-bantaeng" }] },
  { id: "user-anggota2", email: "anggota2@zi.demo", name: "Sari Tim Kerja", label: "Anggota Tim Kerja kedua (Kejari Bantaeng)", roles: [{ role: "UNIT_MEMBER", unitId: "unit-kejari-bantaeng" }] },
  { id: "user-kepala", email: "kepala@zi.demo", name: "Kepala Kejari Bantaeng", label: "Kepala Unit (Kejari Bantaeng)", roles: [{ role: "UNIT_HEAD", unitId: "unit-kejari-bantaeng" }] },
  { id: "user-anggota-makassar", email: "anggota.makassar@zi.demo", name: "Rina Tim Kerja Makassar", label: "Anggota Tim Kerja (Kejari Makassar)", roles: [{ role: "UNIT_MEMBER", unitId: "unit-kejari-makassar" }] },
  { id: "user-kepala-makassar", email: "kepala.makassar@zi.demo", name: "Kepala Kejari Makassar", label: "Kepala Unit (Kejari Makassar)", roles: [{ role: "UNIT_HEAD", unitId: "unit-kejari-makassar" }] },
  { id: "user-kepala-gowa", email: "kepala.gowa@zi.demo", name: "Kepala Kejari Gowa", label: "Kepala Unit (Kejari Gowa)", roles: [{ role: "UNIT_HEAD", unitId: "unit-kejari-gowa" }] },
  // Evaluators of the agency (its Inspektorat): an EVALUATOR role on one of its units.
  { id: "user-evaluator2", email: "tpi2@zi.demo", name: "Citra Evaluator TPI", label: "Evaluator TPI kedua (anggota tim)", roles: [{ role: "EVALUATOR", unitId: "unit-kejagung" }] },
  { id: "user-evaluator", email: "tpi@zi.demo", name: "Budi Evaluator TPI", label: "Evaluator TPI", roles: [{ role: "EVALUATOR", unitId: "unit-kejagung" }] },
  { id: "user-pimpinan", email: "pimpinan@zi.demo", name: "Pimpinan Kejaksaan Agung", label: "Pimpinan (seluruh unit)", roles: [{ role: "LEADER", unitId: "unit-kejagung" }] },
  { id: "user-pimpinan-sulsel", email: "pimpinan.sulsel@zi.demo", name: "Kajati Sulawesi Selatan", label: "Pimpinan wilayah (Kejati Sulsel)", roles: [{ role: "LEADER", unitId: "unit-kejati-sulsel" }] },
];

// An admin of the agency only (ADMIN on its top unit): its periods, units and TPI teams.
export const AGENCY_ADMIN: TDemoUser = {
  id: "user-admin-kejaksaan", email: "admin.kejaksaan@zi.demo", name: "Admin Kejaksaan RI", label: "Admin instansi (Kejaksaan)",
  roles: [{ role: "ADMIN", unitId: "unit-kejagung" }],
};

// A second agency with its own period, team and evaluator: what one agency's people never see.
export const OTHER_AGENCY = { id: "agency-bps", code: "BPS", name: "Badan Pusat Statistik" };
export const OTHER_UNITS: TDemoUnit[] = [
  { id: "unit-bps", code: "BPS-RI", name: "Badan Pusat Statistik", level: "BPS RI", parentId: null },
  { id: "unit-bps-sulsel", code: "BPS-SULSEL", name: "BPS Provinsi Sulawesi Selatan", level: "BPS Provinsi", parentId: "unit-bps" },
  { id: "unit-bps-makassar", code: "BPS-MAKASSAR", name: "BPS Kota Makassar", level: "BPS Kabupaten/Kota", parentId: "unit-bps-sulsel" },
];
export const OTHER_USERS: TDemoUser[] = [
  { id: "user-anggota-bps", email: "anggota.bps@zi.demo", name: "Dewi Tim Kerja BPS", label: "Anggota Tim Kerja (BPS Kota Makassar)", roles: [{ role: "UNIT_MEMBER", unitId: "unit-bps-makassar" }] },
  { id: "user-evaluator-bps", email: "tpi.bps@zi.demo", name: "Eko Evaluator BPS", label: "Evaluator TPI (BPS)", roles: [{ role: "EVALUATOR", unitId: "unit-bps" }] },
];
export const OTHER_PERIOD_ID = "period-2026-bps";

export const PERIOD_ID = "period-2026";
export const assessmentIdFor = (unitId: string) => `asm-2026-${unitId.replace(/^unit-/, "")}`;
