import type { Column, Content, ContentTable, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatNip } from "@/lib/agency-settings/schemas";

// What every official document shares: A4, margins of Indonesian tata naskah dinas, the agency
// letterhead with a double rule, page numbers, signature blocks and a DRAF mark before it is final.

export type TLetterhead = { lines: string[]; address: string; logo: Buffer | null; logoMime: string | null };
export type TSigner = { role: string; name: string; nip: string | null };

const MM = 72 / 25.4;

export function pageSetup(options: { final: boolean; title: string; landscape?: boolean }): Partial<TDocumentDefinitions> {
  return {
    pageSize: "A4",
    pageOrientation: options.landscape ? "landscape" : "portrait",
    pageMargins: options.landscape ? [15 * MM, 15 * MM, 15 * MM, 15 * MM] : [25 * MM, 20 * MM, 20 * MM, 20 * MM],
    info: { title: options.title, creator: "Aplikasi Zona Integritas", producer: "Aplikasi Zona Integritas" },
    ...(options.final ? {} : { watermark: { text: "DRAF", color: "#94a3b8", opacity: 0.18, bold: true } }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: options.final ? "" : "DRAF — belum final", fontSize: 8, color: "#64748b" },
        { text: `Halaman ${page} dari ${pages}`, alignment: "right", fontSize: 8 },
      ],
      margin: [options.landscape ? 15 * MM : 25 * MM, 4 * MM, options.landscape ? 15 * MM : 20 * MM, 0],
    }),
  };
}

/** Logo on the left, the agency's lines centred, the address below, then a thick and a thin rule. */
export function letterhead(head: TLetterhead, width = 165 * MM): Content {
  const logo: Column = head.logo && head.logoMime
    ? { image: `data:${head.logoMime};base64,${head.logo.toString("base64")}`, fit: [22 * MM, 22 * MM], width: 24 * MM }
    : { text: "", width: 0 };
  const lines: Content[] = head.lines.map((line, index) => ({ text: line, bold: true, fontSize: index === 0 ? 14 : 12, alignment: "center" }));
  if (head.address) lines.push({ text: head.address, fontSize: 8.5, alignment: "center", margin: [0, 2, 0, 0] });
  return [
    { columns: [logo, { stack: lines, width: "*" }, { text: "", width: head.logo ? 24 * MM : 0 }], columnGap: 6 },
    { canvas: [
      { type: "line", x1: 0, y1: 5, x2: width, y2: 5, lineWidth: 2 },
      { type: "line", x1: 0, y1: 8, x2: width, y2: 8, lineWidth: 0.6 },
    ], margin: [0, 0, 0, 10] },
  ];
}

export function documentTitle(lines: string[], number: string | null): Content {
  return {
    stack: [
      ...lines.map((line, i) => ({ text: line, bold: true, alignment: "center" as const, fontSize: i === 0 ? 12 : 11 })),
      { text: `Nomor: ${number ?? "(diberikan saat finalisasi)"}`, alignment: "center", margin: [0, 3, 0, 0] },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** One signature: role line, room to sign, the name underlined, the NIP. */
export function signatureBlock(signer: TSigner): Content {
  return {
    stack: [
      { text: signer.role },
      { text: " ", margin: [0, 0, 0, 36] },
      { text: signer.name, bold: true, decoration: "underline" },
      { text: `NIP. ${formatNip(signer.nip)}` },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 6],
  };
}

/** Signatures two per row, as the template sets them. */
export function signatureGrid(signers: TSigner[]): Content {
  const rows: Content[] = [];
  for (let i = 0; i < signers.length; i += 2) {
    rows.push({ columns: [signatureBlock(signers[i]!), signers[i + 1] ? signatureBlock(signers[i + 1]!) : { text: "" }], columnGap: 20 });
  }
  return rows;
}

export function placeAndDate(place: string, date: string): Content {
  return { text: `${place}, ${date}`, alignment: "right", margin: [0, 12, 0, 4] };
}

/** Label and value pairs without rules (the identity block of a report). */
export function fieldList(rows: [string, string][]): Content {
  return { table: { widths: [120, 8, "*"], body: rows.map(([label, value]) => [label, ":", value]) }, layout: "noBorders", margin: [0, 0, 0, 4] };
}

/** A plain ruled table: header row repeated on every page, grey header. */
export function ruledTable(widths: (string | number)[], header: string[], body: TableCell[][], extra: Partial<ContentTable> = {}): ContentTable {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((h) => ({ text: h, bold: true, alignment: "center", fillColor: "#e2e8f0" })), ...body],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: 9,
    ...extra,
  };
}
