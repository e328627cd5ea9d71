import type { TActionCase, TRequestCase } from "./table";
import { RECORDS, type TPersona, type TTarget, type TWorld } from "./world";

// Issue 13's entries: a unit's SPAK/SPKP surveys (its members and head manage them; everyone who
// reads the LKE reads them), their files, and the respondents' public form and submission.

const UNIT: TPersona[] = ["member", "head"];
const READERS: TPersona[] = ["member", "head", "evaluatorLead", "evaluatorMember", "leaderIn", "agencyAdmin", "installationAdmin"];

const write = (args: TActionCase["args"]): TActionCase => ({ allowed: UNIT, targets: "both", anonymous: "unauthenticated", writes: true, args });
const survey = (w: TWorld, t: TTarget) => w.surveys[t].id;

export const SURVEY_ACTIONS: Record<string, TActionCase> = {
  // The first caller creates the SPKP survey; the next gets "already there", a business refusal.
  "lib/surveys/actions.ts#createSurveyAction": write((w, t) => [{ assessmentId: RECORDS[t].assessmentId, catalogueVersionId: w.surveys[t].spkpVersionId, targetSample: 10 }]),
  // A version never current: the conflict, past the access check; the survey stays open.
  "lib/surveys/actions.ts#setSurveyStatusAction": write((w, t) => [{ surveyId: survey(w, t), status: "CLOSED", expectedVersion: 999 }]),
  "lib/surveys/actions.ts#generateSurveyTokensAction": write((w, t) => [{ surveyId: survey(w, t), count: 1 }]),
  // No respondent yet: refused as such, nothing written.
  "lib/surveys/actions.ts#applySurveyIndexAction": write((w, t) => [{ surveyId: survey(w, t), expectedVersion: 0 }]),
};

const file = (name: string): Record<string, TRequestCase> => ({
  GET: { allowed: READERS, targets: "both", anonymous: "unauthenticated", writes: false, call: (w, t) => ({ method: "GET", path: `/api/kelola-survei/${survey(w, t)}/${name}` }) },
});

export const SURVEY_ROUTES: Record<string, Record<string, TRequestCase>> = {
  "/api/kelola-survei/[surveyId]/jawaban.csv/route": file("jawaban.csv"),
  "/api/kelola-survei/[surveyId]/jawaban.xlsx/route": file("jawaban.xlsx"),
  "/api/kelola-survei/[surveyId]/poster.pdf/route": file("poster.pdf"),
  // Public: an empty submission is refused by its validation (400), nothing stored.
  "/api/survei/[slug]/jawaban/route": {
    POST: {
      allowed: "everyone", targets: "none", anonymous: "allowed", writes: false,
      call: (w) => ({ method: "POST", path: `/api/survei/${w.surveys.own.slug}/jawaban`, body: "{}", headers: { "Content-Type": "application/json" } }),
    },
  },
};

const page = (allowed: TPersona[], path: (w: TWorld, t: TTarget) => string): TRequestCase =>
  ({ allowed, targets: "both", anonymous: "redirect-to-sign-in", writes: false, call: (w, t) => ({ method: "GET", path: path(w, t) }) });
const lke = (t: TTarget) => `/lke/${RECORDS[t].assessmentId}`;

export const SURVEY_PAGES: Record<string, TRequestCase> = {
  "/(app)/lke/[assessmentId]/survei/page": page(READERS, (_w, t) => `${lke(t)}/survei`),
  "/(app)/lke/[assessmentId]/survei/[surveyId]/page": page(READERS, (w, t) => `${lke(t)}/survei/${survey(w, t)}`),
  "/(app)/lke/[assessmentId]/survei/[surveyId]/token/page": page(UNIT, (w, t) => `${lke(t)}/survei/${survey(w, t)}/token`),
  "/(public)/survei/[slug]/page": { allowed: "everyone", targets: "none", anonymous: "allowed", writes: false, call: (w) => ({ method: "GET", path: `/survei/${w.surveys.own.slug}` }) },
};
