import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { addNote } from "@/lib/review/add-note";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { saveLheDraft } from "@/lib/review/lhe-store";
import { setVerdict } from "@/lib/review/set-verdict";
import { InvalidStateError } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/tests/support/db";
import {
  answer, completeReview, createReviewWorld, currentStatus, expectRefused, flagItem, MSG, setStatus, setWindows, transition,
  type TReviewWorld, type TWindowSpec,
} from "@/tests/support/review-world";

// The period's windows decide until when each side may write. The clock is moved to just before,
// exactly at the opening, exactly at the closing and just after each window: both ends are inside.
// A refused write names the stage and the date (Asia/Jakarta time) and changes nothing.

const WINDOWS = {
  SELF_ASSESSMENT: { opensAt: "2026-01-05T01:00:00.000Z", closesAt: "2026-02-01T00:00:00.000Z" },
  REVIEW: { opensAt: "2026-02-02T01:00:00.000Z", closesAt: "2026-03-01T00:00:00.000Z" },
  REVISION: { opensAt: "2026-03-02T01:00:00.000Z", closesAt: "2026-03-16T00:00:00.000Z" },
  FINAL: { opensAt: "2026-03-17T01:00:00.000Z", closesAt: "2026-03-31T00:00:00.000Z" },
} satisfies TWindowSpec;

const NOT_YET: Record<Stage, string> = {
  SELF_ASSESSMENT: "Tahap penilaian mandiri belum dibuka; dibuka 5 Januari 2026 pukul 08.00 WIB.",
  REVIEW: "Tahap evaluasi TPI belum dibuka; dibuka 2 Februari 2026 pukul 08.00 WIB.",
  REVISION: "Tahap perbaikan belum dibuka; dibuka 2 Maret 2026 pukul 08.00 WIB.",
  FINAL: "Tahap finalisasi belum dibuka; dibuka 17 Maret 2026 pukul 08.00 WIB.",
};
const CLOSED: Record<Stage, string> = {
  SELF_ASSESSMENT: "Tahap penilaian mandiri sudah ditutup pada 1 Februari 2026 pukul 07.00 WIB.",
  REVIEW: "Tahap evaluasi TPI sudah ditutup pada 1 Maret 2026 pukul 07.00 WIB.",
  REVISION: "Tahap perbaikan sudah ditutup pada 16 Maret 2026 pukul 07.00 WIB.",
  FINAL: "Tahap finalisasi sudah ditutup pada 31 Maret 2026 pukul 07.00 WIB.",
};

const realNow = clock.now;
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await setWindows(WINDOWS);
});

afterEach(() => {
  clock.now = realNow;
});

function setClock(iso: string, offsetMs = 0) {
  const at = new Date(new Date(iso).getTime() + offsetMs);
  clock.now = () => at;
}

const MOMENTS = [
  ["1 ms before it opens", "opensAt", -1, "not-yet"],
  ["exactly when it opens", "opensAt", 0, "open"],
  ["exactly when it closes", "closesAt", 0, "open"],
  ["1 ms after it closes", "closesAt", 1, "closed"],
] as const;

const itemId = (code: string) => world.itemId(code);
const note = (code: string, body: string) => ({ assessmentId: "asm-a", itemId: itemId(code), body });

type TOperation = {
  name: string;
  stage: Stage;
  setup: () => Promise<void>;
  run: () => Promise<unknown>;
  /** What the allowed write changed. */
  check: () => Promise<void>;
};

const OPERATIONS: TOperation[] = [
  {
    name: "the unit saves an answer in DRAFT",
    stage: "SELF_ASSESSMENT",
    setup: async () => {},
    run: () => answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }),
    check: async () => expect(await prisma.answer.count({ where: { side: "SELF" } })).toBe(1),
  },
  {
    name: "the unit head submits",
    stage: "SELF_ASSESSMENT",
    setup: async () => {},
    run: () => transition(world.users.headA, "submit", { acknowledgeIncomplete: true }),
    check: async () => expect((await currentStatus()).status).toBe("SUBMITTED"),
  },
  {
    name: "the evaluator answers (and so starts the review)",
    stage: "REVIEW",
    setup: () => setStatus("SUBMITTED", { statusVersion: 1 }),
    run: () => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR"),
    check: async () => {
      expect(await prisma.answer.count({ where: { side: "EVALUATOR" } })).toBe(1);
      expect((await currentStatus()).status).toBe("IN_REVIEW");
    },
  },
  {
    name: "the evaluator sets a verdict",
    stage: "REVIEW",
    setup: () => setStatus("IN_REVIEW"),
    run: () => setVerdict(world.users.evaluatorMember, { assessmentId: "asm-a", itemId: itemId("A.I.1.1.a"), verdict: "REVISION_REQUESTED", note: "Lampirkan SK." }),
    check: async () => expect(await prisma.itemReview.count({ where: { verdict: "REVISION_REQUESTED" } })).toBe(1),
  },
  {
    name: "the evaluator writes a note while reviewing",
    stage: "REVIEW",
    setup: () => setStatus("IN_REVIEW"),
    run: () => addNote(world.users.evaluator, note("A.I.1.1.a", "Mohon lampirkan SK.")),
    check: async () => expect(await prisma.itemNote.count({ where: { side: "EVALUATOR" } })).toBe(1),
  },
  {
    name: "the evaluator confirms a precondition",
    stage: "REVIEW",
    setup: () => setStatus("IN_REVIEW"),
    run: () => confirmPrecondition(world.users.evaluator, { assessmentId: "asm-a", label: "Tindak lanjut hasil pemeriksaan (TLHP) 100%", met: true, note: "LHP 2025 tuntas" }),
    check: async () => expect(await prisma.preconditionCheck.count()).toBe(1),
  },
  {
    // Also allowed inside REVIEW (tested below); here the edge cases of the FINAL window.
    name: "the lead edits the LHE draft",
    stage: "FINAL",
    setup: () => setStatus("IN_REVIEW"),
    run: () => saveLheDraft(world.users.evaluator, { assessmentId: "asm-a", recommendations: { "A.I.1": "Perbaiki SK." } }),
    check: async () => expect(await prisma.report.count()).toBe(1),
  },
  {
    name: "the lead requests revision",
    stage: "REVIEW",
    setup: async () => {
      await setStatus("IN_REVIEW");
      await flagItem(world, "A.I.1.1.a");
    },
    run: () => transition(world.users.evaluator, "requestRevision"),
    check: async () => expect((await currentStatus()).status).toBe("REVISION_REQUESTED"),
  },
  {
    name: "the unit edits an item sent back",
    stage: "REVISION",
    setup: async () => {
      await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
      await flagItem(world, "A.I.1.1.a");
    },
    run: () => answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }),
    check: async () => expect(await prisma.answer.count({ where: { side: "SELF" } })).toBe(1),
  },
  {
    name: "the unit replies in the thread",
    stage: "REVISION",
    setup: async () => {
      await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
      await flagItem(world, "A.I.1.1.a");
    },
    run: () => addNote(world.users.memberA, note("A.I.1.1.a", "SK sudah kami lampirkan.")),
    check: async () => expect(await prisma.itemNote.count({ where: { side: "SELF" } })).toBe(1),
  },
  {
    name: "the evaluator answers the unit in the thread during revision",
    stage: "REVISION",
    setup: async () => {
      await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
      await flagItem(world, "A.I.1.1.a");
    },
    run: () => addNote(world.users.evaluator, note("A.I.1.1.a", "SK yang ditandatangani kepala unit.")),
    check: async () => expect(await prisma.itemNote.count({ where: { side: "EVALUATOR" } })).toBe(1),
  },
  {
    name: "the unit head resubmits",
    stage: "REVISION",
    setup: () => setStatus("REVISION_REQUESTED", { revisionRound: 1 }),
    run: () => transition(world.users.headA, "resubmit"),
    check: async () => expect((await currentStatus()).status).toBe("RESUBMITTED"),
  },
  {
    name: "the lead finalises",
    stage: "FINAL",
    setup: async () => {
      await setStatus("IN_REVIEW");
      await completeReview(world);
    },
    run: () => transition(world.users.evaluator, "finalize"),
    check: async () => expect((await currentStatus()).status).toBe("FINAL"),
  },
];

describe.each(OPERATIONS)("$name: only inside the $stage window", ({ stage, setup, run, check }) => {
  it.each(MOMENTS)("%s", async (_name, edge, offsetMs, state) => {
    await setup();
    setClock(WINDOWS[stage][edge], offsetMs);
    if (state === "open") {
      await run();
      await check();
    } else {
      await expectRefused(run, InvalidStateError, state === "not-yet" ? NOT_YET[stage] : CLOSED[stage]);
    }
  });
});

describe("the LHE draft during the review", () => {
  it("is editable inside the REVIEW window and refused before it opens", async () => {
    await setStatus("IN_REVIEW");
    const edit = () => saveLheDraft(world.users.evaluator, { assessmentId: "asm-a", recommendations: { "A.I.1": "Perbaiki SK." } });
    setClock(WINDOWS.REVIEW.opensAt, -1);
    await expectRefused(edit, InvalidStateError, NOT_YET.REVIEW);
    setClock(WINDOWS.REVIEW.closesAt);
    await edit();
    expect(await prisma.report.count()).toBe(1);
  });
});

describe("after submission the unit writes only on items sent back", () => {
  const insideRevision = () => setClock(WINDOWS.REVISION.opensAt, 60_000);

  it.each(["SUBMITTED", "IN_REVIEW", "RESUBMITTED", "FINAL"] as const)(
    "in %s the unit cannot change any answer, even inside the self-assessment window",
    async (status) => {
      setClock(WINDOWS.SELF_ASSESSMENT.opensAt, 60_000);
      await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
      await setStatus(status);
      await expectRefused(() => answer(world, world.users.headA, "A.I.1.1.a", { optionKey: "TIDAK" }), InvalidStateError, MSG.selfLocked);
    },
  );

  it("in revision, an item not sent back is refused inside the revision window, with a message saying only sent-back items", async () => {
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    await flagItem(world, "A.I.1.1.a");
    await flagItem(world, "A.I.1.1.b", "ACCEPTED");
    insideRevision();
    await expectRefused(() => answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" }), InvalidStateError, MSG.notSentBack);
    await expectRefused(() => answer(world, world.users.memberA, "A.I.1.2.a", { optionKey: "YA" }), InvalidStateError, MSG.notSentBack);
    expect(MSG.notSentBack).toContain("hanya butir yang diminta TPI");
    // The item sent back is writable at the same moment.
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
  });

  it("an item not sent back stays refused outside the window too", async () => {
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    await flagItem(world, "A.I.1.1.a");
    setClock(WINDOWS.REVISION.closesAt, 1);
    await expectRefused(() => answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" }), InvalidStateError, MSG.notSentBack);
  });

  it("the unit may not reply in the thread while the TPI reviews, even inside the revision window", async () => {
    await setStatus("IN_REVIEW");
    insideRevision();
    await expectRefused(() => addNote(world.users.memberA, note("A.I.1.1.a", "Balasan")), InvalidStateError, MSG.unitReplyOnlyInRevision);
  });

  it("the evaluator may not write while the unit drafts, even inside the review window", async () => {
    setClock(WINDOWS.REVIEW.opensAt, 60_000);
    await expectRefused(() => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR"), InvalidStateError, MSG.notUnderReview);
    await expectRefused(
      () => setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: itemId("A.I.1.1.a"), verdict: "ACCEPTED" }),
      InvalidStateError,
      MSG.notUnderReview,
    );
    await expectRefused(() => addNote(world.users.evaluator, note("A.I.1.1.a", "Catatan")), InvalidStateError, MSG.evaluatorNoteOutsideReview);
  });

  it("the evaluator may not set verdicts while the unit revises, even inside the review window", async () => {
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    setClock(WINDOWS.REVIEW.opensAt, 60_000);
    await expectRefused(
      () => setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId: itemId("A.I.1.1.a"), verdict: "ACCEPTED" }),
      InvalidStateError,
      MSG.notUnderReview,
    );
  });
});

describe("a stage without a window is not restricted by time", () => {
  it("with only the self-assessment window set, the review runs at any time", async () => {
    await prisma.periodWindow.deleteMany({ where: { stage: { not: "SELF_ASSESSMENT" } } });
    await setStatus("SUBMITTED", { statusVersion: 1 });
    setClock("2030-01-01T00:00:00.000Z");
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR");
    expect((await currentStatus()).status).toBe("IN_REVIEW");
    // ...while the self-assessment stage is still bound to its window.
    await setStatus("DRAFT");
    await expectRefused(() => answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }), InvalidStateError, CLOSED.SELF_ASSESSMENT);
  });

  it("the windows of another period do not apply", async () => {
    await prisma.period.create({ data: { id: "p2027", agencyId: "ag", year: 2027, name: "ZI 2027", catalogueVersionId: world.catalogueVersionId } });
    await prisma.periodWindow.deleteMany({ where: { periodId: "p2026" } });
    await setWindows({ SELF_ASSESSMENT: { opensAt: "2027-01-01T00:00:00.000Z", closesAt: "2027-02-01T00:00:00.000Z" } }, "p2027");
    setClock("2026-06-01T00:00:00.000Z");
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    expect(await prisma.answer.count()).toBe(1);
  });
});
