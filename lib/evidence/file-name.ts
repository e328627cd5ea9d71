// File names are shown and offered as download names, never used as storage paths.

const MAX_FILE_NAME = 150;
const FALLBACK = "berkas";
// Control characters, and the invisible ones used to disguise names ("rapat\u202Efdp.exe").
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A safe display name: the last path segment, no control or bidi characters, no reserved marks. */
export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const name = base
    .replace(/[\t\n\r\v\f]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  if (!name) return FALLBACK;
  if (name.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return name.slice(0, MAX_FILE_NAME - ext.length).trimEnd() + ext;
}

/** A title typed by a person: single line, no invisible characters. */
export function cleanTitle(raw: string): string {
  return raw.normalize("NFC").replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
}

/** "Notulen rapat" + pdf -> "Notulen rapat.pdf"; an existing matching extension is kept. */
export function withExtension(name: string, ext: string): string {
  const lower = name.toLowerCase();
  const accepted = ext === "jpg" ? [".jpg", ".jpeg"] : [`.${ext}`];
  return accepted.some((e) => lower.endsWith(e)) ? name : `${name}.${ext}`;
}

/** RFC 6266 header with an ASCII fallback and the exact UTF-8 name (RFC 5987 filename*). */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%;]/g, "_").trim() || FALLBACK;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
