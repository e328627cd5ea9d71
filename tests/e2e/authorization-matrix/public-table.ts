import type { TActionCase, TRequestCase } from "./table";
import { RECORDS, type TPersona, type TTarget, type TWorld } from "./world";

// Issue 13, point 1: publishing on the unit's public ZI page (its members and head, and admins), and
// the public pages and files (anyone; unpublished content is 404: security-public-page.spec.ts).

const PUBLISHERS: TPersona[] = ["member", "head", "agencyAdmin", "installationAdmin"];
const record = (target: TTarget) => RECORDS[target];
const write = (args: TActionCase["args"], label?: string): TActionCase =>
  ({ allowed: PUBLISHERS, targets: "both", anonymous: "unauthenticated", writes: true, args, label });

/** React's encoding of one FormData argument (fields "_1_...", then "0" last). */
function serviceForm(assessmentId: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ assessmentId, kind: "INNOVATION", title: "Inovasi matriks", body: "Uraian" })) form.append(`_1_${name}`, value);
  form.append("_1_photo", new Blob(["<html>bukan foto</html>"], { type: "image/png" }), "foto.png");
  form.append("0", JSON.stringify(["$K1"]));
  return form;
}

export const PUBLIC_ACTIONS: Record<string, TActionCase> = {
  // The stored file of each target; the own one is already published by the world (the public route reads it).
  "lib/public-pages/actions.ts#setEvidencePublishedAction": write((w, t) => [{ evidenceId: w.fileOf[t], published: t === "own" }]),
  // A version that is never current: allowed callers get the conflict, nothing is written.
  "lib/public-pages/actions.ts#saveStatementAction": write((w, t) => [{ assessmentId: record(t).assessmentId, nodeId: w.plans[t].nodeId, body: "Pernyataan matriks", expectedVersion: 999 }]),
  // No statement on the indicator yet: "write it first", nothing is written.
  "lib/public-pages/actions.ts#setStatementPublishedAction": write((w, t) => [{ assessmentId: record(t).assessmentId, nodeId: w.plans[t].nodeId, published: true }]),
  // Not an image: refused by the content check, behind the access check, nothing stored.
  "lib/public-pages/actions.ts#createServiceEntryAction": write((_w, t) => serviceForm(record(t).assessmentId)),
  "lib/public-pages/actions.ts#setServiceEntryPublishedAction": write((w, t) => [{ entryId: w.serviceEntryOf(t, "shared"), published: false }]),
  // The world's surveys have no respondent: "at least 5 respondents first", nothing is written.
  "lib/public-pages/actions.ts#setSurveyResultsPublishedAction": write((w, t) => [{ surveyId: w.surveys[t].id, published: true }]),
  // Each persona deletes its own entry, so one allowed delete leaves the others' to find.
  "lib/public-pages/actions.ts#deleteServiceEntryAction": write((w, t, p) => [{ entryId: w.serviceEntryOf(t, p) }]),
};

const everyone = (path: (w: TWorld) => string): TRequestCase => ({ allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: (w) => ({ method: "GET", path: path(w) }) });

export const PUBLIC_ROUTES: Record<string, Record<string, TRequestCase>> = {
  "/api/publik/bukti/[evidenceId]/route": { GET: everyone((w) => `/api/publik/bukti/${w.fileOf.own}`) },
  "/api/publik/foto/[entryId]/route": { GET: everyone((w) => `/api/publik/foto/${w.serviceEntryOf("own", "photo")}`) },
};

const lkePage = (suffix: string): TRequestCase => ({
  allowed: PUBLISHERS, targets: "both", anonymous: "redirect-to-sign-in", writes: false, call: (_w, t) => ({ method: "GET", path: `/lke/${record(t).assessmentId}${suffix}` }),
});

export const PUBLIC_PAGES: Record<string, TRequestCase> = {
  "/(app)/lke/[assessmentId]/publikasi/page": lkePage("/publikasi"),
  "/(app)/lke/[assessmentId]/publikasi/pratinjau/page": lkePage("/publikasi/pratinjau"),
  "/(public)/zi/page": everyone(() => "/zi"),
  "/(public)/zi/[slug]/page": everyone(() => "/zi/kejaksaan-negeri-bantaeng"),
  "/(public)/zi/[slug]/[year]/page": everyone(() => "/zi/kejaksaan-negeri-bantaeng/2026"),
};
