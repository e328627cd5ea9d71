import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { addEvidenceLink } from "@/lib/evidence/mutations";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { samplePdf } from "@/tests/support/evidence-files";

// An upload (or a link) may say which of the item's expected documents it is: that is stored on
// the entry and ticks the document in the checklist, in the same transaction, audited.

const storage = useTemporaryStorage();
let world: TWorld;
let upload: ReturnType<typeof uploader>;

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
  upload = uploader(world);
});
afterAll(() => storage.remove());

const ticks = () => prisma.evidenceChecklistTick.findMany({ where: { assessmentId: "asm-a" }, select: { itemId: true, entry: true, checked: true } });

describe("naming the expected document of an upload", () => {
  it("stores it on the entry, ticks the checklist and audits the tick", async () => {
    const result = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("SK"), "sk-tim.pdf", { expectedEntry: 0 });
    expect(result.evidence.expectedEntry).toBe(0);
    expect(await ticks()).toEqual([{ itemId: world.itemId("A.I.1.1.a"), entry: 0, checked: true }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.checklist" } });
    expect(audit.after).toEqual({ label: "SK Kepala Unit tentang Tim Kerja Pembangunan Zona Integritas", checked: true });
  });

  it("leaves the checklist alone when no document is named", async () => {
    const result = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("SK"), "sk-tim.pdf");
    expect(result.evidence.expectedEntry).toBeNull();
    expect(await ticks()).toEqual([]);
  });

  it("refuses a document the item does not expect, and stores nothing", async () => {
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", samplePdf("SK"), "sk-tim.pdf", { expectedEntry: 1 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.message).toBe("Dokumen yang diharapkan ini tidak ada pada butir tersebut.");
    expect(await prisma.evidence.count()).toBe(0);
    expect(storage.files()).toEqual([]);
    expect(await ticks()).toEqual([]);
  });

  it("works for links too", async () => {
    const entry = await addEvidenceLink(world.users.memberA, {
      assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), title: "SK di situs", url: "https://kejari.example/sk", expectedEntry: 0,
    });
    expect(entry.expectedEntry).toBe(0);
    expect(await ticks()).toEqual([{ itemId: world.itemId("A.I.1.1.a"), entry: 0, checked: true }]);
  });
});
