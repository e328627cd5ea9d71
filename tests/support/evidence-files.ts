import zlib from "node:zlib";

// Small, valid sample files built in code (nothing binary is committed): each accepted type, and
// the fakes the upload must refuse.

/** A real one-page PDF that viewers open, showing `text`. */
export function samplePdf(text = "Bukti dukung"): Buffer {
  const content = `BT /F1 18 Tf 20 70 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A real PNG of one colour. */
export function samplePng(width = 40, height = 20, rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlib.deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** JPEG and WebP signatures followed by filler: enough for type detection. */
export function sampleJpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from("JFIF\0", "latin1"), Buffer.alloc(200, 1), Buffer.from([0xff, 0xd9])]);
}

export function sampleWebp(): Buffer {
  const body = Buffer.concat([Buffer.from("WEBPVP8 ", "latin1"), Buffer.alloc(200, 2)]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from("RIFF", "latin1"), size, body]);
}

/** A zip archive with stored (uncompressed) entries, in the given order. */
export function zipOf(entries: { name: string; data: string | Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const OFFICE = {
  docx: { dir: "word", part: "document.xml", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" },
  xlsx: { dir: "xl", part: "workbook.xml", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" },
  pptx: { dir: "ppt", part: "presentation.xml", type: "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml" },
} as const;

/** A minimal Office Open XML package, [Content_Types].xml first as Office writes it. */
export function sampleOffice(kind: keyof typeof OFFICE): Buffer {
  const { dir, part, type } = OFFICE[kind];
  return zipOf([
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${dir}/${part}" ContentType="${type}"/></Types>`,
    },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${dir}/${part}"/></Relationships>` },
    { name: `${dir}/${part}`, data: `<?xml version="1.0" encoding="UTF-8"?><root/>` },
  ]);
}

/** Refused content: HTML with script, a Linux and a Windows executable, a plain zip. */
export const htmlPage = () => Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script>SK Tim Kerja</body></html>");
export const elfExecutable = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(256)]);
export const windowsExecutable = () => Buffer.concat([Buffer.from("MZ", "latin1"), Buffer.alloc(256, 0x90)]);
export const plainZip = () => zipOf([{ name: "catatan.txt", data: "bukan dokumen Office" }]);

/**
 * A large "PDF" generated chunk by chunk (PDF signature, then filler): `bytes` long without
 * ever holding it in memory. Same `seed`, same bytes.
 */
export async function* generatedPdf(bytes: number, seed = 1, chunkSize = 64 * 1024): AsyncGenerator<Buffer> {
  const head = Buffer.from(`%PDF-1.7\n% bench ${seed}\n`, "latin1");
  let sent = 0;
  let block = 0;
  while (sent < bytes) {
    const size = Math.min(chunkSize, bytes - sent);
    const chunk = Buffer.alloc(size, (seed * 31 + block++) % 251);
    if (sent === 0) head.copy(chunk, 0, 0, Math.min(head.length, size));
    sent += size;
    yield chunk;
  }
}
