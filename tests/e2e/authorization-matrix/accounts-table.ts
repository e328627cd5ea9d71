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

/** The seeded agencies' current code and name (prisma/seed/demo-organisation.ts). */
const AGENCY_NAMES: Record<TTarget, { code: string; name: string }> = {
  own: { code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" },
  foreign: { code: "BPS", name: "Badan Pusat Statistik" },
};

const UNIT_DETAILS = { name: "Unit Matriks", level: "Kejari", region: "Sulawesi Selatan", timeZone: "Asia/Makassar" };

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
  // A user list preview is its uploader's alone (the agency's admin; the foreign one is of an agency it
  // does not manage). Each has a problem row: applying is refused and creates nobody.
  "lib/accounts/import/actions.ts#applyUserImportAction": write(["agencyAdmin"], (w, t) => [w.userImports[t].apply]),
  "lib/accounts/import/actions.ts#discardUserImportAction": write(["agencyAdmin"], (w, t) => [w.userImports[t].discard]),
  // The unit tree: each call is refused by a business rule behind the agency check (a taken code, a
  // cycle, a link already recorded or already removed), or changes nothing (already active); adding
  // a unit creates one under the region, which no persona's access depends on.
  "lib/units/actions.ts#createUnitAction": write(ADMINS, (_w, t, p) => [{ ...UNIT_DETAILS, code: `MATRIKS-${p}-${t}`.toUpperCase(), agencyId: RECORDS[t].agencyId, parentId: RECORDS[t].regionId }]),
  "lib/units/actions.ts#updateUnitAction": write(ADMINS, (_w, t) => [{ ...UNIT_DETAILS, code: "KEJATI-SULSEL", unitId: RECORDS[t].unitId }]),
  "lib/units/actions.ts#moveUnitAction": write(ADMINS, (_w, t) => [{ unitId: RECORDS[t].regionId, parentId: RECORDS[t].unitId }]),
  "lib/units/actions.ts#setUnitActiveAction": write(ADMINS, (_w, t) => [{ unitId: RECORDS[t].unitId, active: true }]),
  "lib/units/actions.ts#addUnitLineageAction": write(ADMINS, (_w, t) => [{ agencyId: RECORDS[t].agencyId, kind: "REPLACE", fromUnitIds: [RECORDS[t].regionId], toUnitIds: [RECORDS[t].unitId], year: 2099 }]),
  "lib/units/actions.ts#removeUnitLineageAction": write(ADMINS, (_w, t) => [{ unitId: RECORDS[t].unitId, lineageId: "matrix-no-such-lineage" }]),
  // A period's end of life, each refused by its rule behind the agency check: the open period holds
  // work (no archive, no delete), is not archived (no restore); the closed one is closed already.
  "lib/periods/actions.ts#closePeriodAction": write(ADMINS, (_w, t) => [{ periodId: `matrix-closed-${t}` }]),
  "lib/periods/actions.ts#archivePeriodAction": write(ADMINS, (_w, t) => [{ periodId: RECORDS[t].periodId }]),
  "lib/periods/actions.ts#restorePeriodAction": write(ADMINS, (_w, t) => [{ periodId: RECORDS[t].periodId }]),
  "lib/periods/actions.ts#deletePeriodAction": write(ADMINS, (_w, t) => [{ periodId: RECORDS[t].periodId }]),
  // The installation's agencies: the installation admin only, an agency's own admin included in the
  // refusals. Adding one creates a fresh agency no persona's access depends on; renaming keeps the
  // current code and name (changes nothing).
  "lib/agencies/actions.ts#createAgencyAction": write(["installationAdmin"], (_w, t, p) => [{
    code: `MX-${p}-${t}`.toUpperCase(), name: `Instansi Matriks ${p}`, topUnit: { ...UNIT_DETAILS, code: `MXP-${p}-${t}`.toUpperCase() },
  }]),
  "lib/agencies/actions.ts#renameAgencyAction": write(["installationAdmin"], (_w, t) => [{ agencyId: RECORDS[t].agencyId, ...AGENCY_NAMES[t] }]),
  "lib/notifications/actions.ts#markReadAction": own(SIGNED_IN, () => [{}]),
  "lib/notifications/actions.ts#setEmailPreferenceAction": own(SIGNED_IN, () => [{ kind: "DEADLINE", email: true }]),
  // A wrong current password: refused by the business rule, nothing changes.
  "lib/accounts/change-password-action.ts#changePasswordAction": own(SIGNED_IN, () => [{ currentPassword: "bukan-sandi-ini", newPassword: "kalimat sandi baru matriks" }]),
  // Without SSO configured (as here) it sends the caller back to the sign-in page.
  "lib/auth/actions.ts#ssoSignInAction": own("everyone", () => {
    const data = new FormData();
    data.append("_1_next", "/");
    data.append("0", JSON.stringify(["$K1"]));
    return data;
  }, "allowed"),
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
  "/(app)/admin/pengguna/impor/page": page(ADMINS, "both", (t) => `/admin/pengguna/impor?instansi=${RECORDS[t].agencyId}`),
  "/(app)/admin/pengguna/impor/[importId]/page": {
    allowed: ["agencyAdmin"], targets: "both", anonymous: "redirect-to-sign-in", writes: false,
    call: (w, t) => ({ method: "GET", path: `/admin/pengguna/impor/${w.userImports[t].view}` }),
  },
  "/(app)/admin/instansi/daftar/page": page(["installationAdmin"], "none", () => "/admin/instansi/daftar"),
  "/(app)/admin/unit/page": page(ADMINS, "both", (t) => `/admin/unit?instansi=${RECORDS[t].agencyId}`),
  "/(app)/admin/unit/[unitId]/page": page(ADMINS, "both", (t) => `/admin/unit/${RECORDS[t].unitId}`),
  "/(app)/admin/audit/page": page(ADMINS, "both", (t) => `/admin/audit?instansi=${RECORDS[t].agencyId}`),
};

export const ACCOUNT_ROUTES: Record<string, Record<string, TRequestCase>> = {
  "/api/pengguna/templat.xlsx/route": { GET: page(ADMINS, "both", (t) => `/api/pengguna/templat.xlsx?instansi=${RECORDS[t].agencyId}`, "unauthenticated") },
  // Not a workbook: refused by the file check, behind the agency check, nothing stored.
  "/api/unggah/pengguna/route": {
    POST: {
      allowed: ADMINS, targets: "both", anonymous: "unauthenticated", writes: true,
      call: (_w, t) => ({ method: "POST", path: `/api/unggah/pengguna?instansi=${RECORDS[t].agencyId}`, body: new Blob(["bukan xlsx"]), headers: { "X-File-Name": "pengguna.xlsx" } }),
    },
  },
  "/api/audit.csv/route": { GET: page(ADMINS, "both", (t) => `/api/audit.csv?instansi=${RECORDS[t].agencyId}`, "unauthenticated") },
};
