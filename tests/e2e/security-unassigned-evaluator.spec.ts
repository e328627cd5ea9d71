import { expect, test } from "@playwright/test";
import { actionId, HttpSession } from "../bench/support/http-session";
import { signIn } from "./support";

// An evaluator cannot open or score a unit not assigned to them: 404 pages, NOT_FOUND actions.
const UNASSIGNED = "asm-2026-kejari-bandung";

test("an evaluator cannot open an unassigned unit's review pages (404)", async ({ page }) => {
  await signIn(page, "tpi@zi.demo");
  for (const path of [`/evaluasi/${UNASSIGNED}`, `/evaluasi/${UNASSIGNED}/A.I.1`, `/evaluasi/${UNASSIGNED}/lhe`, `/lke/${UNASSIGNED}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("an evaluator cannot score, judge or annotate an unassigned unit through the server actions", async ({ baseURL }) => {
  const session = new HttpSession(baseURL!);
  await session.signIn("tpi@zi.demo", "demo12345");
  const itemId = "unknown-or-not"; // refused before the item is even looked at
  const calls = [
    ["saveEvaluatorAnswerAction", { assessmentId: UNASSIGNED, itemId, expectedVersion: 0, answer: { optionKey: "A" }, narrative: "" }],
    ["setVerdictAction", { assessmentId: UNASSIGNED, itemId, verdict: "ACCEPTED" }],
    ["addNoteAction", { assessmentId: UNASSIGNED, itemId, body: "catatan" }],
    ["copySelfAnswerAction", { assessmentId: UNASSIGNED, itemId, expectedVersion: 0 }],
    ["copyAreaSelfAnswersAction", { assessmentId: UNASSIGNED, sectionCode: "A.I.1", items: [{ itemId, expectedVersion: 0 }] }],
    ["confirmPreconditionAction", { assessmentId: UNASSIGNED, label: "Kepatuhan penyampaian LHKPN/LHKASN", met: true, note: "Patuh" }],
    ["transitionAction", { assessmentId: UNASSIGNED, action: "finalize", expectedStatusVersion: 0 }],
  ] as const;
  for (const [name, input] of calls) {
    const result = await session.action<{ ok: boolean; code?: string }>(`/evaluasi/${UNASSIGNED}`, actionId(name), [input]);
    expect(result, name).toMatchObject({ ok: false, code: "NOT_FOUND" });
  }
});
