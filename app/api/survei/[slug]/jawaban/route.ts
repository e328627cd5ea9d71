import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { errorResponse } from "@/lib/evidence/http";
import { unsafeSubmitSurveyResponse } from "@/lib/surveys/submit-response";

export const dynamic = "force-dynamic";

/** The device's random key: one response per device and survey (hashed with the survey's id). */
const DEVICE_COOKIE = "zi_perangkat_survei";

// POST /api/survei/<slug>/jawaban, no sign-in. Body: { answers, profile, token?, website? }.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const jar = await cookies();
    const deviceKey = jar.get(DEVICE_COOKIE)?.value ?? randomBytes(24).toString("base64url");
    const body = await request.json().catch(() => null);
    const outcome = await unsafeSubmitSurveyResponse(slug, body, { address: clientAddress(await headers()), deviceKey });
    jar.set(DEVICE_COOKIE, deviceKey, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 86_400, secure: new URL(request.url).protocol === "https:" });
    if (!outcome.ok) return Response.json({ ok: false, message: outcome.message }, { status: outcome.status, headers: { "Cache-Control": "no-store" } });
    return Response.json({ ok: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
