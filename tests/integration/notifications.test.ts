import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeSelf } from "@/lib/access/self-access";
import { assignEvaluator } from "@/lib/review/assignments";
import { getUnreadCount, listNotifications } from "@/lib/notifications/queries";
import { markNotificationsRead, setEmailPreference } from "@/lib/notifications/mutations";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { clearJobs, drainJobs } from "@/tests/support/job-worker";
import { useTestMailServer } from "@/tests/support/mail-server";
import { completeReview, createReviewWorld, flagItem, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";

// LKE events reach the bell and the inbox of exactly their audience, once, through the job queue.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;
const mailServer = useTestMailServer();
beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  world = await createReviewWorld();
  // An admin of the agency (its top unit) hears of submissions; the installation admin does not.
  await prisma.user.create({ data: { id: "agency-admin", email: "agency-admin@test.id", name: "Admin Instansi", passwordHash: "x", roles: { create: [{ role: "ADMIN", unitId: "root" }] } } });
  mailServer().clear();
});

const recipients = async (kind: string) =>
  (await prisma.notification.findMany({ where: { kind: kind as never }, select: { userId: true }, orderBy: { userId: "asc" } })).map((n) => n.userId);
const mailedTo = () => mailServer().received.flatMap((m) => [m.to].flat().map((a) => a!.text)).sort();

describe("notifications of LKE events", () => {
  it("a submission reaches the TPI team and the agency's admin, in the bell and by email, once", async () => {
    await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
    await drainJobs();
    await drainJobs();
    expect(await recipients("LKE_SUBMITTED")).toEqual(["agency-admin", "evaluator", "evaluator-member"]);
    expect(mailedTo()).toEqual(["agency-admin@test.id", "evaluator-member@test.id", "evaluator@test.id"]);
    const [message] = mailServer().to("evaluator@test.id");
    expect(message!.subject).toBe("LKE dikirim untuk dievaluasi");
    expect(message!.text).toContain("Unit unit-a mengirim LKE ZI 2026");
    expect(message!.text).toContain("http://zi.test/evaluasi/asm-a");
    expect(message!.html).toContain('href="http://zi.test/evaluasi/asm-a"');

    const self = authorizeSelf(world.users.evaluator);
    expect(await getUnreadCount(self)).toBe(1);
    const [item] = await listNotifications(self);
    expect(item).toMatchObject({ title: "LKE dikirim untuk dievaluasi", link: "/evaluasi/asm-a", readAt: null });
  });

  it("a request for revision reaches the unit's team; an opted-out member gets the bell but no email", async () => {
    await setEmailPreference(authorizeSelf(world.users.memberA2), { kind: "LKE_REVISION_REQUESTED", email: false });
    await setStatus("IN_REVIEW");
    await flagItem(world, "A.I.1.1.a");
    await transition(world.users.evaluator, "requestRevision");
    await drainJobs();
    expect(await recipients("LKE_REVISION_REQUESTED")).toEqual(["evaluator-in-unit", "head-a", "member-a", "member-a2"]);
    expect(mailedTo()).toEqual(["evaluator-in-unit@test.id", "head-a@test.id", "member-a@test.id"]);
    expect(mailServer().to("member-a@test.id")[0]!.text).toContain("http://zi.test/lke/asm-a");
  });

  it("finalisation reaches the unit and the leaders over it, not other leaders", async () => {
    await setStatus("IN_REVIEW");
    await completeReview(world);
    await transition(world.users.evaluator, "finalize");
    await drainJobs();
    expect(await recipients("LKE_FINALISED")).toEqual(["evaluator-in-unit", "head-a", "leader-region", "member-a", "member-a2"]);
  });

  it("an assignment reaches the evaluator put on the team", async () => {
    await assignEvaluator(world.users.admin, { assessmentId: "asm-b", userId: "evaluator-outsider", role: "MEMBER" });
    await drainJobs();
    expect(await recipients("EVALUATOR_ASSIGNED")).toEqual(["evaluator-outsider"]);
    expect(mailedTo()).toEqual(["evaluator-outsider@test.id"]);
  });

  it("marking read touches only the user's own notifications", async () => {
    await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
    await drainJobs();
    const evaluatorNote = await prisma.notification.findFirstOrThrow({ where: { userId: "evaluator" } });
    const other = authorizeSelf(world.users.evaluatorMember);
    expect(await markNotificationsRead(other, { notificationId: evaluatorNote.id })).toEqual({ count: 0 });
    expect(await getUnreadCount(authorizeSelf(world.users.evaluator))).toBe(1);
    expect(await markNotificationsRead(other, {})).toEqual({ count: 1 });
    expect(await getUnreadCount(other)).toBe(0);
    expect(await getUnreadCount(authorizeSelf(world.users.evaluator))).toBe(1);
  });
});
