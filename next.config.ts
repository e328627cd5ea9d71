import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Keep the database driver, the PDF library (it reads its font files) and the job queue and mail
  // libraries out of the bundle; they are loaded from node_modules at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pdfmake", "pdfkit", "graphile-worker", "nodemailer"],
  experimental: {
    // Same as ACTION_BODY_MAX_BYTES in lib/security/request-checks.ts.
    serverActions: { bodySizeLimit: "3mb" },
  },
  // Headers that never change. The nonce CSP and HSTS depend on the request: proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // No feature the app needs; a file input's camera capture is not governed by this.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
