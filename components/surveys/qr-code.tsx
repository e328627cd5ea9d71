import QRCode from "qrcode";

/** The survey's address as a QR code (inline SVG, no script, no external image). */
export async function QrCode({ text, label }: { text: string; label: string }) {
  const svg = await QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return <div role="img" aria-label={label} className="h-40 w-40 bg-white" dangerouslySetInnerHTML={{ __html: svg }} />;
}
