import type { TOutcome, TReply } from "./client";
import { PERSONAS, RECORDS, tinyPdf, type TPersona, type TTarget, type TWorld } from "./world";
import { ACCOUNT_ACTIONS, ACCOUNT_PAGES, ACCOUNT_ROUTES, MANAGED_USER } from "./accounts-table";
import { PUBLIC_ACTIONS, PUBLIC_PAGES, PUBLIC_ROUTES } from "./public-table";
import { SURVEY_ACTIONS, SURVEY_PAGES, SURVEY_ROUTES } from "./surveys-table";
import { PLAN_TEMPLATE_ACTIONS, PLAN_TEMPLATE_PAGES } from "./plan-templates-table";

// What the policy allows, per server action, route handler and page of the build: the personas who
// may use it on the "own" LKE (Kejari Bantaeng) and its period and agency. On the "foreign" records
// (another agency) only the installation's admin keeps the same rights. Everyone else gets 404
// (NOT_FOUND), anonymous callers UNAUTHENTICATED or the sign-in page. The spec fails when the
// build holds an entry this table does not describe, so a new one cannot be forgotten.

const SIGNED_IN = PERSONAS.filter((p) => p !== "anonymous");
const READERS: TPersona[] = ["member", "head", "evaluatorLead", "evaluatorMember", "leaderIn", "agencyAdmin", "installationAdmin"];
const UNIT: TPersona[] = ["member", "head"];
const TEAM: TPersona[] = ["evaluatorLead", "evaluatorMember"];
const ADMINS: TPersona[] = ["agencyAdmin", "installationAdmin"];
const DASHBOARD: TPersona[] = ["leaderIn", "leaderOut", "agencyAdmin", "installationAdmin"];

export type TCase = {
  /** Who may, on the own records; "everyone" for public entries (sign-in, icons). */
  allowed: readonly TPersona[] | "everyone";
  /** "both": called against the own and the foreign records; "none": the entry names no record. */
  targets: "both" | "none";
  /** What an anonymous caller gets, unless the entry is public. */
  anonymous: TOutcome;
  /** Whether an allowed call writes (then it is not made on foreign records before their snapshot). */
  writes: boolean;
  label?: string;
  /** An allowed call destroys what other calls read (the logo): made after every other call. */
  last?: boolean;
};
export type TActionCase = TCase & { args: (world: TWorld, target: TTarget, persona: TPersona) => unknown[] | FormData; fresh?: "session" };
export type TRequestCase = TCase & { call: (world: TWorld, target: TTarget) => { method: string; path: string; body?: BodyInit; headers?: Record<string, string> } };

const item = (world: TWorld, code = "A.I.1.1.a") => world.itemId(code);
const record = (target: TTarget) => RECORDS[target];
const writeCase = (allowed: TPersona[], args: TActionCase["args"], label?: string): TActionCase =>
  ({ allowed, targets: "both", anonymous: "unauthenticated", writes: true, args, label });

const nextYearWindows = {
  SELF_ASSESSMENT: { opensAt: "2027-01-05", closesAt: "2027-02-28" },
  REVIEW: { opensAt: "2027-03-01", closesAt: "2027-03-31" },
  REVISION: { opensAt: "2027-04-01", closesAt: "2027-04-15" },
  FINAL: { opensAt: "2027-04-16", closesAt: "2027-05-31" },
};

/** Keyed by "<file>#<exported name>" as the build's server reference manifest names them. */
export const ACTIONS: Record<string, TActionCase | TActionCase[]> = {
  "lib/assessments/actions.ts#saveAnswerAction": writeCase(UNIT, (w, t) => [
    { assessmentId: record(t).assessmentId, itemId: item(w), expectedVersion: 0, answer: { optionKey: "YA" }, narrative: "" }]),
  "lib/assessments/actions.ts#saveEvaluatorAnswerAction": writeCase(TEAM, (w, t) => [
    { assessmentId: record(t).assessmentId, itemId: item(w), expectedVersion: 0, answer: { optionKey: "YA" }, narrative: "" }]),
  "lib/review/actions.ts#transitionAction": [
    writeCase(["head"], (_w, t) => [{ assessmentId: record(t).assessmentId, action: "submit", expectedStatusVersion: 0, acknowledgeIncomplete: true }], "submit"),
    writeCase(["head"], (_w, t) => [{ assessmentId: record(t).assessmentId, action: "resubmit", expectedStatusVersion: 0 }], "resubmit"),
    writeCase(["evaluatorLead"], (_w, t) => [{ assessmentId: record(t).assessmentId, action: "requestRevision", expectedStatusVersion: 0 }], "requestRevision"),
    writeCase(["evaluatorLead"], (_w, t) => [{ assessmentId: record(t).assessmentId, action: "finalize", expectedStatusVersion: 0 }], "finalize"),
  ],
  "lib/review/actions.ts#setVerdictAction": writeCase(TEAM, (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), verdict: "ACCEPTED" }]),
  "lib/review/actions.ts#copySelfAnswerAction": writeCase(TEAM, (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), expectedVersion: 0 }]),
  "lib/review/actions.ts#copyAreaSelfAnswersAction": writeCase(TEAM, (w, t) => [
    { assessmentId: record(t).assessmentId, sectionCode: "A.I.1", items: [{ itemId: item(w), expectedVersion: 0 }] }]),
  "lib/review/actions.ts#addNoteAction": writeCase([...UNIT, ...TEAM], (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), body: "Catatan matriks" }]),
  "lib/review/actions.ts#confirmPreconditionAction": writeCase(TEAM, (_w, t) => [
    { assessmentId: record(t).assessmentId, label: "Kepatuhan penyampaian LHKPN/LHKASN", met: true, note: "Patuh" }]),
  "lib/review/actions.ts#saveLheDraftAction": writeCase(["evaluatorLead"], (_w, t) => [{ assessmentId: record(t).assessmentId, recommendations: {} }]),
  // The evaluator put on the team never signs in, so no persona's access changes during the run.
  "lib/review/actions.ts#assignEvaluatorAction": writeCase(ADMINS, (_w, t) => [
    { assessmentId: record(t).assessmentId, userId: t === "own" ? "matrix-tpi-cadangan" : "user-evaluator-bps", role: "MEMBER" }]),
  "lib/review/actions.ts#unassignEvaluatorAction": writeCase(ADMINS, (_w, t) => [
    { assessmentId: record(t).assessmentId, userId: t === "own" ? "matrix-tpi-cadangan" : "user-evaluator-bps" }]),
  // PEKPPP F-02: on the matrix's LKE the allowed personas reach the business refusal ("bukan PEKPPP").
  "lib/pekppp/actions.ts#saveEvaluatorScoreAction": writeCase(TEAM, (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), level: 3, note: "" }]),
  "lib/pekppp/actions.ts#submitEvaluatorScoresAction": writeCase(TEAM, (_w, t) => [{ assessmentId: record(t).assessmentId }]),
  "lib/pekppp/actions.ts#recordAgreedScoreAction": writeCase(["evaluatorLead"], (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), level: 3, note: "Sepakat" }]),
  "lib/pekppp/actions.ts#finaliseIndexAction": writeCase(["evaluatorLead"], (_w, t) => [{ assessmentId: record(t).assessmentId }]),
  "lib/evidence/actions.ts#addEvidenceLinkAction": writeCase(UNIT, (w, t) => [
    { assessmentId: record(t).assessmentId, itemId: item(w), title: "Tautan matriks", url: "https://zi.example.go.id/matriks" }]),
  "lib/evidence/actions.ts#renameEvidenceAction": writeCase(UNIT, (w, t, p) => [{ evidenceId: w.linkOf(t, p), title: `Nama baru ${p}` }]),
  "lib/evidence/actions.ts#deleteEvidenceAction": writeCase(UNIT, (w, t, p) => [{ evidenceId: w.linkOf(t, p) }]),
  "lib/evidence/actions.ts#setChecklistTickAction": writeCase(UNIT, (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w), entry: 0, checked: true }]),
  "lib/periods/actions.ts#createPeriodAction": writeCase(ADMINS, (w, t, p) => [{
    agencyId: record(t).agencyId, year: 2027, name: `Matriks ${p}`, catalogueVersionId: w.versionId, unitIds: [record(t).unitId], windows: nextYearWindows,
  }]),
  "lib/periods/actions.ts#addPeriodUnitsAction": writeCase(ADMINS, (_w, t) => [{ periodId: record(t).periodId, unitIds: [record(t).unitId] }]),
  "lib/periods/actions.ts#updatePeriodWindowsAction": writeCase(ADMINS, (w, t) => [{ periodId: record(t).periodId, windows: w.windows[t] }]),
  // The own LKE holds evidence (the world's links), so carrying last year's answers is refused as
  // not empty: a business refusal behind the check, and nothing written.
  "lib/carry-forward/actions.ts#carryForwardAction": writeCase(UNIT, (_w, t) => [{ assessmentId: record(t).assessmentId }]),
  "lib/carry-forward/actions.ts#confirmCarriedAction": writeCase(UNIT, (w, t) => [{ assessmentId: record(t).assessmentId, itemId: item(w) }]),
  // A workbook preview is its uploader's alone (the unit's member on the own LKE; a member of the
  // other agency's unit made the foreign one). Both are "no changes", so applying writes nothing.
  "lib/workbook/import/actions.ts#applyWorkbookImportAction": writeCase(["member"], (w, t) => [w.previews[t].apply]),
  "lib/workbook/import/actions.ts#discardWorkbookImportAction": writeCase(["member"], (w, t) => [w.previews[t].discard]),
  // The agency's document settings: its admins and the installation's.
  "lib/agency-settings/actions.ts#saveAgencySettingsAction": writeCase(ADMINS, (_w, t, p) => [{
    agencyId: record(t).agencyId, letterhead: `KOP ${p.toUpperCase()}`, address: "Jalan Matriks 1", place: "Jakarta",
    lheNumberPattern: "LHE-{urut}/{tahun}", baNumberPattern: "BA-{urut}/{tahun}", approverTitle: "", approverName: "", approverNip: "",
  }]),
  // Not an image: refused by the content check, behind the access check, nothing stored.
  "lib/agency-settings/actions.ts#uploadAgencyLogoAction": writeCase(ADMINS, (_w, t) => logoForm(record(t).agencyId)),
  "lib/agency-settings/actions.ts#removeAgencyLogoAction": { ...writeCase(ADMINS, (_w, t) => [record(t).agencyId]), last: true },
  // The installation's catalogue: no own or foreign record. An invalid file reaches the validation.
  "lib/catalogue/actions.ts#importCatalogueAction": { allowed: ["installationAdmin"], targets: "none", anonymous: "unauthenticated", writes: false, args: () => ["{}"] },
  // Signing in and out concern only the caller's session; signing out uses a throwaway one.
  "lib/auth/actions.ts#loginAction": { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, args: () => loginForm() },
  "lib/auth/actions.ts#logoutAction": { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, args: () => [], fresh: "session" },
  // Rencana aksi. Step changes name a version that is never current: authorised callers get the
  // conflict (past the access check) and the shared step stays for the next persona.
  "lib/plans/actions.ts#createStepAction": writeCase(UNIT, (w, t) => [{
    assessmentId: record(t).assessmentId, nodeId: w.plans[t].nodeId, description: "Langkah matriks", plannedOutput: "Notula", expectedDocument: "",
    personInChargeId: w.plans[t].personId, plannedMonths: [2], targetDate: "2026-12-31",
  }]),
  "lib/plans/actions.ts#updateStepAction": writeCase(UNIT, (w, t) => [{
    stepId: w.plans[t].stepId, expectedVersion: 999, description: "Ubah", plannedOutput: "Notula", expectedDocument: "", personInChargeId: w.plans[t].personId, plannedMonths: [1], targetDate: "2026-12-31",
  }]),
  "lib/plans/actions.ts#deleteStepAction": writeCase(UNIT, (w, t) => [{ stepId: w.plans[t].stepId, expectedVersion: 999 }]),
  "lib/plans/actions.ts#realiseStepAction": writeCase(UNIT, (w, t) => [{ stepId: w.plans[t].stepId, month: 1, note: "Terlaksana" }]),
  "lib/plans/actions.ts#cancelRealisationAction": writeCase(UNIT, (w, t) => [{ stepId: w.plans[t].stepId, month: 3 }]),
  "lib/plans/actions.ts#attachPlanFileAction": writeCase(UNIT, (w, t) => [{ fileId: w.plans[t].fileId, itemId: item(w) }]),
  // A rencana aksi preview is its uploader's alone; both are the plan's own export ("no changes"),
  // so applying is refused past the access check and writes nothing.
  "lib/plans/import/actions.ts#applyPlanImportAction": writeCase(["member"], (w, t) => [w.planImports[t].apply]),
  "lib/plans/import/actions.ts#discardPlanImportAction": writeCase(["member"], (w, t) => [w.planImports[t].discard]),
  "lib/plans/actions.ts#saveMonevNoteAction": writeCase(UNIT, (_w, t) => [{ assessmentId: record(t).assessmentId, month: 1, areaCode: "A.I.1", note: "Catatan matriks" }]),
  ...ACCOUNT_ACTIONS,
  ...PUBLIC_ACTIONS,
  ...SURVEY_ACTIONS,
  ...PLAN_TEMPLATE_ACTIONS,
};

/** React's encoding of `(previousState, formData)`: the FormData argument travels as "$K1" and its fields as "_1_...". */
function loginForm(): FormData {
  const form = new FormData();
  form.append("_1_email", "");
  form.append("_1_password", "");
  form.append("0", JSON.stringify([{}, "$K1"]));
  return form;
}

/**
 * React's encoding of one FormData argument: its fields as "_1_...", then the arguments ("$K1") as
 * field "0", last as React sends it (the server reads "0" as soon as it arrives).
 */
function logoForm(agencyId: string): FormData {
  const form = new FormData();
  form.append("_1_agencyId", agencyId);
  form.append("_1_logo", new Blob(["<html>bukan logo</html>"], { type: "image/png" }), "logo.png");
  form.append("0", JSON.stringify(["$K1"]));
  return form;
}

const get = (allowed: TCase["allowed"], targets: TCase["targets"], path: (w: TWorld, t: TTarget) => string, anonymous: TOutcome = "not-found"): TRequestCase =>
  ({ allowed, targets, anonymous, writes: false, call: (w, t) => ({ method: "GET", path: path(w, t) }) });

/** Keyed by the app paths manifest's route entries, then by HTTP method; other methods must answer 405. */
export const ROUTES: Record<string, Record<string, TRequestCase>> = {
  "/api/auth/[...nextauth]/route": {
    GET: { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: () => ({ method: "GET", path: "/api/auth/session" }) },
    // Without its CSRF token Auth.js refuses the sign-in itself; every persona signed in through this route above.
    POST: { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: () => ({ method: "POST", path: "/api/auth/callback/credentials", body: new URLSearchParams({ email: "x@zi.demo", password: "x" }), headers: { "Content-Type": "application/x-www-form-urlencoded" } }) },
  },
  "/api/bukti/[evidenceId]/route": {
    GET: { allowed: READERS, targets: "both", anonymous: "not-found", writes: false, call: (w, t) => ({ method: "GET", path: `/api/bukti/${w.fileOf[t]}` }) },
  },
  "/api/rencana-aksi/berkas/[fileId]/route": {
    GET: { allowed: READERS, targets: "both", anonymous: "not-found", writes: false, call: (w, t) => ({ method: "GET", path: `/api/rencana-aksi/berkas/${w.plans[t].fileId}` }) },
  },
  "/api/rencana-aksi/unggah/route": {
    POST: {
      allowed: UNIT, targets: "both", anonymous: "unauthenticated", writes: true,
      call: (w, t) => ({ method: "POST", path: `/api/rencana-aksi/unggah?${new URLSearchParams({ stepId: w.plans[t].stepId, bulan: "1" })}`, body: tinyPdf(`rencana ${Math.random()}`), headers: { "X-File-Name": "rencana.pdf" } }),
    },
  },
  "/api/bukti/unggah/route": {
    POST: {
      allowed: UNIT, targets: "both", anonymous: "unauthenticated", writes: true,
      call: (w, t) => ({
        method: "POST", path: `/api/bukti/unggah?${new URLSearchParams({ assessmentId: record(t).assessmentId, itemId: item(w, "A.I.1.2.a") })}`,
        body: tinyPdf(`matriks ${Math.random()}`), headers: { "X-File-Name": "matriks.pdf" },
      }),
    },
  },
  "/api/dasbor/unit.csv/route": {
    GET: { allowed: DASHBOARD, targets: "both", anonymous: "unauthenticated", writes: false, call: (_w, t) => ({ method: "GET", path: `/api/dasbor/unit.csv?periode=${record(t).periodId}` }) },
  },
  "/api/dasbor/unit.xlsx/route": {
    GET: { allowed: DASHBOARD, targets: "both", anonymous: "unauthenticated", writes: false, call: (_w, t) => ({ method: "GET", path: `/api/dasbor/unit.xlsx?periode=${record(t).periodId}` }) },
  },
  "/api/dasbor/lke.zip/route": {
    // The region of the own LKE (Kejati Sulsel); the leader of another region gets 404.
    GET: get(["leaderIn", "agencyAdmin", "installationAdmin"], "both", (_w, t) => `/api/dasbor/lke.zip?periode=${record(t).periodId}&wilayah=${record(t).regionId}`, "unauthenticated"),
  },
  "/api/dokumen/[assessmentId]/[document]/route": {
    GET: get(READERS, "both", (_w, t) => `/api/dokumen/${record(t).assessmentId}/lhe`),
  },
  "/api/pekppp/[assessmentId]/[document]/route": {
    // Readers reach it; the matrix's LKE has no PEKPPP result, answered 409 with the reason.
    GET: get(READERS, "both", (_w, t) => `/api/pekppp/${record(t).assessmentId}/berita-acara`),
  },
  "/api/health/route": {
    GET: { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: () => ({ method: "GET", path: "/api/health" }) },
  },
  "/api/instansi/[agencyId]/logo/route": {
    GET: get(ADMINS, "both", (_w, t) => `/api/instansi/${record(t).agencyId}/logo`),
  },
  "/api/katalog/[versionId]/xlsx/route": {
    GET: get(ADMINS, "none", (w) => `/api/katalog/${w.versionId}/xlsx`, "unauthenticated"),
  },
  "/api/lke/[assessmentId]/rencana-aksi.xlsx/route": {
    GET: get(READERS, "both", (_w, t) => `/api/lke/${record(t).assessmentId}/rencana-aksi.xlsx`, "unauthenticated"),
  },
  "/api/lke/[assessmentId]/rencana-aksi.pdf/route": {
    GET: get(READERS, "both", (_w, t) => `/api/lke/${record(t).assessmentId}/rencana-aksi.pdf`, "unauthenticated"),
  },
  "/api/lke/[assessmentId]/xlsx/route": {
    GET: get(READERS, "both", (_w, t) => `/api/lke/${record(t).assessmentId}/xlsx`, "unauthenticated"),
  },
  "/api/unggah/katalog/route": {
    // Not a workbook: refused by its validation, behind the installation-only check.
    POST: {
      allowed: ["installationAdmin"], targets: "none", anonymous: "unauthenticated", writes: false,
      call: () => ({ method: "POST", path: "/api/unggah/katalog", body: new Blob(["bukan xlsx"]), headers: { "X-File-Name": "katalog.xlsx" } }),
    },
  },
  "/api/unggah/lke/route": {
    POST: {
      allowed: UNIT, targets: "both", anonymous: "unauthenticated", writes: true,
      call: (_w, t) => ({
        method: "POST", path: `/api/unggah/lke?assessmentId=${record(t).assessmentId}`, body: new Blob(["bukan xlsx"]), headers: { "X-File-Name": "lke.xlsx" },
      }),
    },
  },
  "/api/unggah/rencana-aksi/route": {
    // Not a workbook: refused by its validation, behind the check that the caller may plan.
    POST: {
      allowed: UNIT, targets: "both", anonymous: "unauthenticated", writes: true,
      call: (_w, t) => ({
        method: "POST", path: `/api/unggah/rencana-aksi?assessmentId=${record(t).assessmentId}`, body: new Blob(["bukan xlsx"]), headers: { "X-File-Name": "rencana-aksi.xlsx" },
      }),
    },
  },
  "/icon.svg/route": {
    GET: { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: () => ({ method: "GET", path: "/icon.svg" }) },
  },
  ...ACCOUNT_ROUTES,
  ...PUBLIC_ROUTES,
  ...SURVEY_ROUTES,
};

const page = (allowed: TCase["allowed"], targets: TCase["targets"], path: (w: TWorld, t: TTarget) => string, anonymous: TOutcome = "redirect-to-sign-in"): TRequestCase =>
  ({ allowed, targets, anonymous, writes: false, call: (w, t) => ({ method: "GET", path: path(w, t) }) });
const lke = (t: TTarget) => `/lke/${record(t).assessmentId}`;
const review = (t: TTarget) => `/evaluasi/${record(t).assessmentId}`;

/** Keyed by the app paths manifest's page entries. */
export const PAGES: Record<string, TRequestCase> = {
  "/(auth)/masuk/page": page("everyone", "none", () => "/masuk", "allowed"),
  "/(app)/page": page(SIGNED_IN, "none", () => "/"),
  "/(app)/lke/[assessmentId]/page": page(READERS, "both", (_w, t) => lke(t)),
  "/(app)/lke/[assessmentId]/[sectionCode]/page": page(READERS, "both", (_w, t) => `${lke(t)}/A.I.1`),
  "/(app)/lke/[assessmentId]/lhe/page": page(READERS, "both", (_w, t) => `${lke(t)}/lhe`),
  "/(app)/lke/[assessmentId]/perbandingan/page": page(READERS, "both", (_w, t) => `${lke(t)}/perbandingan`),
  "/(app)/lke/[assessmentId]/rencana-aksi/page": page(READERS, "both", (_w, t) => `${lke(t)}/rencana-aksi`),
  "/(app)/lke/[assessmentId]/rencana-aksi/monev/page": page(READERS, "both", (_w, t) => `${lke(t)}/rencana-aksi/monev`),
  "/(app)/lke/[assessmentId]/rencana-aksi/impor/page": page(READERS, "both", (_w, t) => `${lke(t)}/rencana-aksi/impor`),
  "/(app)/lke/[assessmentId]/rencana-aksi/impor/[importId]/page": page(["member"], "both", (w, t) => `${lke(t)}/rencana-aksi/impor/${w.planImports[t].view}`),
  "/(app)/lke/[assessmentId]/riwayat/[itemId]/page": page(READERS, "both", (w, t) => `${lke(t)}/riwayat/${item(w)}`),
  "/(app)/lke/[assessmentId]/f01/page": page(READERS, "both", (_w, t) => `${lke(t)}/f01`),
  "/(app)/lke/[assessmentId]/lembar-kerja/page": page(READERS, "both", (_w, t) => `${lke(t)}/lembar-kerja`),
  "/(app)/lke/[assessmentId]/impor/page": page(READERS, "both", (_w, t) => `${lke(t)}/impor`),
  "/(app)/lke/[assessmentId]/impor/[importId]/page": page(["member"], "both", (w, t) => `${lke(t)}/impor/${w.previews[t].view}`),
  "/(app)/evaluasi/[assessmentId]/lembar-kerja/page": page(TEAM, "both", (_w, t) => `${review(t)}/lembar-kerja`),
  "/(app)/admin/instansi/page": page(ADMINS, "none", () => "/admin/instansi"),
  "/(app)/evaluasi/page": page([...TEAM, "evaluatorUnassigned"], "none", () => "/evaluasi"),
  "/(app)/evaluasi/[assessmentId]/page": page(TEAM, "both", (_w, t) => review(t)),
  "/(app)/evaluasi/[assessmentId]/[sectionCode]/page": page(TEAM, "both", (_w, t) => `${review(t)}/A.I.1`),
  "/(app)/evaluasi/[assessmentId]/lhe/page": page(["evaluatorLead"], "both", (_w, t) => `${review(t)}/lhe`),
  "/(app)/dasbor/page": page(DASHBOARD, "both", (_w, t) => `/dasbor?periode=${record(t).periodId}`),
  "/(app)/dasbor/unit/page": page(DASHBOARD, "both", (_w, t) => `/dasbor/unit?periode=${record(t).periodId}`),
  "/(app)/dasbor/pekppp/page": page(DASHBOARD, "none", () => "/dasbor/pekppp"),
  "/(app)/evaluasi/[assessmentId]/pekppp/page": page(TEAM, "both", (_w, t) => `${review(t)}/pekppp`),
  "/(app)/admin/periode/page": page(ADMINS, "none", () => "/admin/periode"),
  "/(app)/admin/periode/baru/page": page(ADMINS, "none", () => "/admin/periode/baru"),
  "/(app)/admin/periode/[periodId]/page": page(ADMINS, "both", (_w, t) => `/admin/periode/${record(t).periodId}`),
  "/(app)/admin/penugasan/page": page(ADMINS, "both", (_w, t) => `/admin/penugasan?periode=${record(t).periodId}`),
  "/(app)/admin/katalog/page": page(ADMINS, "none", () => "/admin/katalog"),
  "/(app)/admin/katalog/[versionId]/page": page(ADMINS, "none", (w) => `/admin/katalog/${w.versionId}`),
  ...ACCOUNT_PAGES,
  ...PUBLIC_PAGES,
  ...SURVEY_PAGES,
  ...PLAN_TEMPLATE_PAGES,
};

/** Framework pages without data of their own. */
export const FRAMEWORK_PAGES = new Set(["/_not-found/page", "/_global-error/page"]);

export const PROBED_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** What the case expects of one persona on one target. */
export function expected(entry: TCase, persona: TPersona, target: TTarget): TOutcome {
  if (entry.allowed === "everyone") return "allowed";
  if (persona === "anonymous") return entry.anonymous;
  const mayHere = target === "own" || persona === "installationAdmin";
  return entry.allowed.includes(persona) && mayHere ? "allowed" : "not-found";
}

/** The page an action is posted to: the first page of the build that holds it, with real ids. */
export function pagePathOf(worker: string, world: TWorld, target: TTarget): string {
  return worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace("[assessmentId]", record(target).assessmentId)
    .replace("[sectionCode]", "A.I.1")
    .replace("[periodId]", record(target).periodId)
    .replace("[versionId]", world.versionId)
    .replace("[itemId]", item(world))
    .replace("/admin/pengguna/impor/[importId]", `/admin/pengguna/impor/${world.userImports[target].view}`)
    .replace("/rencana-aksi/impor/[importId]", `/rencana-aksi/impor/${world.planImports[target].view}`)
    .replace("[importId]", world.previews[target].view)
    .replace("[userId]", MANAGED_USER[target].id)
    .replace("[surveyId]", world.surveys[target].id)
    .replace("[unitId]", record(target).unitId) || "/";
}

export type TCall = { key: string; persona: TPersona; target: TTarget; expected: TOutcome; writes: boolean; run: (world: TWorld) => Promise<TReply> };

