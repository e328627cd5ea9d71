import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { addEvidenceLink, deleteEvidence } from "@/lib/evidence/mutations";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { listItemEvidence } from "@/lib/evidence/queries";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { download, openAs, uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { samplePdf } from "@/tests/support/evidence-files";

// Who may open a unit's files: its members and head, the evaluators assigned to its LKE, the
// leaders and admins over it. Everyone else gets the same NotFoundError (404) as for a file that
// does not exist.

const storage = useTemporaryStorage();
let world: TWorld;
let evidenceId: string;
const pdf = samplePdf("Rahasia unit A");

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
  evidenceId = (await uploader(world)(world.users.memberA, "A.I.1.1.a", pdf, "sk.pdf")).evidence.id;
});
afterAll(() => storage.remove());

async function assignEvaluator(): Promise<TSessionUser> {
  await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "evaluator", role: "LEAD" } });
  return (await loadUser("evaluator"))!;
}

describe("downloading bukti dukung", () => {
  it.each(["memberA", "memberA2", "headA", "leaderRegion", "admin"] as const)("%s may open the unit's file", async (who) => {
    expect((await download(world.users[who], evidenceId)).equals(pdf)).toBe(true);
  });

  it("an evaluator assigned to the LKE may open it", async () => {
    const evaluator = await assignEvaluator();
    expect((await download(evaluator, evidenceId)).equals(pdf)).toBe(true);
  });

  it.each([
    ["a member of a neighbouring unit", "memberB"],
    ["a leader of another region", "leaderOther"],
    ["an evaluator not assigned to this LKE", "evaluator"],
  ] as const)("%s gets 404, exactly as for an id that does not exist", async (_label, who) => {
    const error = await rejectionOf(openAs(world.users[who], evidenceId));
    const missing = await rejectionOf(openAs(world.users[who], "no-such-evidence"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe(missing?.message);
  });

  it("a cross-unit user cannot list the evidence either", async () => {
    await expect(authorizeAssessment(world.users.memberB, "asm-a", "evidence.read")).rejects.toBeInstanceOf(NotFoundError);
    const own = await listItemEvidence(await authorizeAssessment(world.users.leaderRegion, "asm-a", "evidence.read"), [world.itemId("A.I.1.1.a")]);
    expect(own.get(world.itemId("A.I.1.1.a"))?.entries.map((e) => e.id)).toEqual([evidenceId]);
  });

  it("a deleted entry answers 404 to everyone, also its older versions", async () => {
    await deleteEvidence(world.users.memberA, { evidenceId });
    for (const user of [world.users.memberA, world.users.admin]) {
      await expect(openAs(user, evidenceId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(openAs(user, evidenceId, 1)).rejects.toBeInstanceOf(NotFoundError);
    }
    // The file itself is kept for the audit trail.
    expect(storage.files()).toHaveLength(1);
  });

  it("a version that does not exist and a link entry answer 404", async () => {
    await expect(openAs(world.users.memberA, evidenceId, 2)).rejects.toBeInstanceOf(NotFoundError);
    const link = await addEvidenceLink(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), title: "Berita", url: "https://kejari.example.go.id/zi" });
    await expect(openAs(world.users.memberA, link.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("offers the current file under the entry's title with the type's extension", async () => {
    await prisma.evidence.update({ where: { id: evidenceId }, data: { title: "SK Tim Kerja ZI" } });
    const file = await openAs(world.users.memberA, evidenceId);
    file.stream.destroy();
    expect(file).toMatchObject({ fileName: "SK Tim Kerja ZI.pdf", mimeType: "application/pdf", size: pdf.length });
  });
});
