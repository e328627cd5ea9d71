import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { emptyDatabase } from "@/tests/support/db";

const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
const seed = (env: Record<string, string>) =>
  spawnSync(process.execPath, [tsx, "--conditions=react-server", "prisma/seed.ts", "--demo"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

// From a truly empty database: the seed must load the catalogue itself.
beforeEach(emptyDatabase);

// Each test runs the seed as a child process (twice in one test): slow on a busy machine.
describe("prisma/seed.ts", { timeout: 60_000 }, () => {
  it("refuses to write demo data in production, but still loads the catalogue", async () => {
    const run = seed({ NODE_ENV: "production" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("refusing to write demo data");
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.catalogueVersion.count({ where: { instrument: "LKE_ZI" } })).toBe(1);
    // And the survey questionnaires (SPAK, SPKP), which every installation needs too.
    expect(await prisma.catalogueVersion.count({ where: { instrument: "QUESTIONNAIRE" } })).toBe(2);
  });

  it("writes the demo data with fixed ids once, and is idempotent", async () => {
    expect(seed({ NODE_ENV: "development" }).status).toBe(0);
    const again = seed({ NODE_ENV: "development" });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("demo data already present");
    expect(await prisma.user.findUnique({ where: { id: "user-anggota" } })).toMatchObject({ email: "anggota@zi.demo" });
    expect(await prisma.assessment.count({ where: { periodId: "period-2026" } })).toBe(8);
    // The demo rencana aksi of Kejari Makassar, once.
    expect(await prisma.actionPlanStep.count({ where: { plan: { assessmentId: "asm-2026-kejari-makassar" } } })).toBe(6);
    // Kejari Bantaeng: a finalised 2025 LKE with numbered documents, an empty 2026 one.
    expect(await prisma.report.findMany({ where: { assessmentId: "asm-2025-kejari-bantaeng" }, orderBy: { kind: "asc" }, select: { kind: true, number: true } }))
      .toEqual([{ kind: "LHE", number: "LHE-1/H/Hjw/11/2025" }, { kind: "BERITA_ACARA", number: "BA-1/H/Hjw/11/2025" }]);
    expect(await prisma.answer.count({ where: { assessmentId: "asm-2026-kejari-bantaeng" } })).toBe(0);
  }, 120_000);
});
