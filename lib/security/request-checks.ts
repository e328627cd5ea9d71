import { multipartActionBodyDecodes, textActionBodyDecodes } from "@/lib/security/action-body";

// Refusals the proxy makes before any page, route or server action runs, so that a forged or
// malformed request gets a 4xx with a message instead of reaching code that would fail with 500.

export type TRefusal = { status: 400 | 403 | 413; message: string };

// Percent-encoded or raw C0 controls other than tab, newline and CR, and DEL (same rule as the
// zod text rules in lib/validation.ts): PostgreSQL cannot store NUL.
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Same as serverActions.bodySizeLimit in next.config.ts (the catalogue upload is up to 2 MB). */
export const ACTION_BODY_MAX_BYTES = 3 * 1024 * 1024;

const MALFORMED: TRefusal = { status: 400, message: "Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi." };

export function checkUrl(url: URL): TRefusal | null {
  const raw = url.pathname + url.search;
  if (ENCODED_CONTROL.test(raw) || RAW_CONTROL.test(raw)) {
    return { status: 400, message: "Alamat halaman berisi karakter kontrol yang tidak diizinkan." };
  }
  return null;
}

/** A request that changes something must come from a page of this site (CSRF). */
export function checkOrigin(request: Request): TRefusal | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null; // not a browser: no cross-site request to fear
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (hostOf(origin) !== null && hostOf(origin) === host) return null;
  return { status: 403, message: "Permintaan ditolak: tidak berasal dari halaman aplikasi ini." };
}

/**
 * A POST to a page is a server action (a fetch with Next-Action, or a form without JavaScript):
 * its body must be one Next.js can decode, and within the size limit.
 */
export async function checkActionBody(request: Request): Promise<TRefusal | null> {
  if (request.method !== "POST") return null;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_MAX_BYTES) {
    return { status: 413, message: "Data yang dikirim terlalu besar." };
  }
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  try {
    if (multipart) return multipartActionBodyDecodes(await request.clone().formData()) ? null : MALFORMED;
    if (!request.headers.has("next-action")) return null; // not an action: Next.js renders the page
    const text = await request.clone().text();
    if (Buffer.byteLength(text) > ACTION_BODY_MAX_BYTES) return { status: 413, message: "Data yang dikirim terlalu besar." };
    return textActionBodyDecodes(text) ? null : MALFORMED;
  } catch {
    return MALFORMED;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
