import type { TActionCase, TRequestCase } from "./table";
import { PERSONAS, RECORDS, type TPersona, type TTarget } from "./world";

// Issue 11's entries: users administration (agency admins on their own agency only), a user's own
// notifications and password, and the signed-out password pages.

const SIGNED_IN = PERSONAS.filter((p) => p !== "anonymous");
const ADMINS: TPersona[] = ["agencyAdmin", "installationAdmin"];

/** An account of each agency that no persona signs in with: admins' writes on it change no persona's access. */
export const MANAGED_USER: Record<TTarget, { id: string; email: string; name: string }> = {
  own: { id: "user-anggota-makassar", email: "anggota.makassar@zi.demo", name: "Rina Tim Kerja Makassar" },
  foreign: { id: "user-anggota-bps", email: "anggota.bps@zi.demo", name: "Dewi Tim Kerja BPS" },
};

const write = (allowed: TPersona[], args: TActionCase["args"]): TActionCase => ({ allowed, targets: "both", anonymous: "unauthenticated", writes: true, args });
const own = (allowed: TPersona[] | "everyone", args: TActionCase["args"], anonymous: TActionCase["anonymous"] = "unauthenticated"): TActionCase =>
  ({ allowed, targets: "none", anonymous, writes: false, args });

/** React's encoding of `(previousState, formData)` with the given fields. */
function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(`_1_${name}`, value);
  // The arguments field goes last, as React sends it.
  data.append("0", JSON.stringify([{}, "$K1"]));
  return data;
}

export const ACCOUNT_ACTIONS: Record<string, TActionCase> = {
  "lib/accounts/user-actions.ts#createUserAction": write(ADMINS, (_w, t, p) => [{
    agencyId: RECORDS[t].agencyId, name: `Matriks ${p}`, email: `matriks.${p}.${t}@zi.demo`, nip: "", phone: "", role: "UNIT_MEMBER", unitId: RECORDS[t].unitId,
  }]),
  "lib/accounts/user-actions.ts#updateUserAction": write(ADMINS, (_w, t) => [{ userId: MANAGED_USER[t].id, name: MANAGED_USER[t].name, email: MANAGED_USER[t].email, nip: "", phone: "" }]),
  "lib/accounts/user-actions.ts#setUserActiveAction": write(ADMINS, (_w, t) => [{ userId: MANAGED_USER[t].id, active: true }]),
  "lib/accounts/user-actions.ts#addUserRoleAction": write(ADMINS, (_w, t) => [{ userId: MANAGED_USER[t].id, role: "UNIT_MEMBER", unitId: RECORDS[t].unitId }]),
  // An unknown role of a reachable user is a business refusal; of an unreachable one, 404.
  "lib/accounts/user-actions.ts#removeUserRoleAction": write(ADMINS, (_w, t) => [{ userId: MANAGED_USER[t].id, roleId: "matrix-no-such-role" }]),
  "lib/notifications/actions.ts#markReadAction": own(SIGNED_IN, () => [{}]),
  "lib/notifications/actions.ts#setEmailPreferenceAction": own(SIGNED_IN, () => [{ kind: "DEADLINE", email: true }]),
  // A wrong current password: refused by the business rule, nothing changes.
  "lib/accounts/change-password-action.ts#changePasswordAction": own(SIGNED_IN, () => [{ currentPassword: "bukan-sandi-ini", newPassword: "kalimat sandi baru matriks" }]),
  "lib/accounts/actions.ts#requestResetAction": own("everyone", () => form({ email: "" }), "allowed"),
  "lib/accounts/actions.ts#setPasswordAction": own("everyone", () => form({ token: "x".repeat(43), newPassword: "kalimat sandi baru", confirmPassword: "kalimat sandi baru" }), "allowed"),
};

const page = (allowed: TRequestCase["allowed"], targets: TRequestCase["targets"], path: (t: TTarget) => string, anonymous: TRequestCase["anonymous"] = "redirect-to-sign-in"): TRequestCase =>
  ({ allowed, targets, anonymous, writes: false, call: (_w, t) => ({ method: "GET", path: path(t) }) });

export const ACCOUNT_PAGES: Record<string, TRequestCase> = {
  "/(auth)/lupa-kata-sandi/page": page("everyone", "none", () => "/lupa-kata-sandi", "allowed"),
  "/(auth)/atur-kata-sandi/page": page("everyone", "none", () => "/atur-kata-sandi?token=matriks", "allowed"),
  "/(app)/notifikasi/page": page(SIGNED_IN, "none", () => "/notifikasi"),
  "/(app)/akun/kata-sandi/page": page(SIGNED_IN, "none", () => "/akun/kata-sandi"),
  "/(app)/admin/pengguna/page": page(ADMINS, "both", (t) => `/admin/pengguna?instansi=${RECORDS[t].agencyId}`),
  "/(app)/admin/pengguna/baru/page": page(ADMINS, "both", (t) => `/admin/pengguna/baru?instansi=${RECORDS[t].agencyId}`),
  "/(app)/admin/pengguna/[userId]/page": page(ADMINS, "both", (t) => `/admin/pengguna/${MANAGED_USER[t].id}`),
  "/(app)/admin/audit/page": page(ADMINS, "both", (t) => `/admin/audit?instansi=${RECORDS[t].agencyId}`),
};

export const ACCOUNT_ROUTES: Record<string, Record<string, TRequestCase>> = {
  "/api/audit.csv/route": { GET: page(ADMINS, "both", (t) => `/api/audit.csv?instansi=${RECORDS[t].agencyId}`, "unauthenticated") },
};
