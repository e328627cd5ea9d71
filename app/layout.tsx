import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Zona Integritas", template: "%s · Zona Integritas" },
  description: "Lembar Kerja Evaluasi Zona Integritas menuju WBK/WBBM",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so its scripts carry the nonce of the CSP (proxy.ts).
  await connection();
  return (
    <html lang="id">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
