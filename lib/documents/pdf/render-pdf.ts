import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// pdfmake on the server: Roboto TrueType files shipped in the pdfmake package are embedded
// (subset) in every document, so text is selectable and every Indonesian character prints
// without a network or a system font. Only those font files may be read; no URL is fetched.

const fontDir = path.join(path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("pdfmake/package.json")), "fonts", "Roboto");
const FONT_FILES = {
  normal: path.join(fontDir, "Roboto-Regular.ttf"),
  bold: path.join(fontDir, "Roboto-Medium.ttf"),
  italics: path.join(fontDir, "Roboto-Italic.ttf"),
  bolditalics: path.join(fontDir, "Roboto-MediumItalic.ttf"),
};
const allowed = new Set(Object.values(FONT_FILES));

pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // pdfmake replaces font paths while resolving; give it a fresh copy each time.
  pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.15, ...definition.defaultStyle } }).getBuffer();
}
