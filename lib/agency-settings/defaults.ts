// What an agency's documents show before an admin sets anything: its own name, no logo.

export type TDocumentSettings = {
  agencyId: string;
  letterheadLines: string[];
  address: string;
  logoKey: string | null;
  logoMime: string | null;
  place: string;
  lheNumberPattern: string;
  baNumberPattern: string;
  pekpppBaNumberPattern: string;
  approverTitle: string;
  approverName: string;
  approverNip: string;
};

export function defaultDocumentSettings(agency: { id: string; name: string }): TDocumentSettings {
  return {
    agencyId: agency.id,
    letterheadLines: [agency.name.toUpperCase()],
    address: "",
    logoKey: null,
    logoMime: null,
    place: "Jakarta",
    lheNumberPattern: "LHE-{urut}/ZI/{bulan_romawi}/{tahun}",
    baNumberPattern: "BA-{urut}/ZI/{bulan_romawi}/{tahun}",
    pekpppBaNumberPattern: "BA-{urut}/PEKPPP/{bulan_romawi}/{tahun}",
    approverTitle: "",
    approverName: "",
    approverNip: "",
  };
}
