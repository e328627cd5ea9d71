import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { grantsFor } from "@/lib/access/grants";
import { unitWhere } from "@/lib/access/grant-where";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { dashboardNodes } from "@/lib/dashboard/dashboard-nodes";
import { getDashboardContext, isReady, type TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { getAgencySummary } from "@/lib/dashboard/get-agency-summary";
import { getScoreDistribution } from "@/lib/dashboard/get-score-distribution";
import { getAreaScores } from "@/lib/dashboard/get-area-scores";
import { getWeakestIndicators, WEAKEST_COUNT } from "@/lib/dashboard/get-weakest-indicators";
import { getProgressOverTime } from "@/lib/dashboard/get-progress-over-time";
import { getYearOverYear } from "@/lib/dashboard/get-year-over-year";
import { getDeadlinesAtRisk } from "@/lib/dashboard/get-deadlines-at-risk";
import { getRegionSummary } from "@/lib/dashboard/get-region-summary";
import { getRegionOptions } from "@/lib/dashboard/get-region-options";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { jakartaDay, jakartaDays } from "@/lib/dashboard/jakarta-day";
import { isAtRisk } from "@/lib/dashboard/risk-rule";
import { parseUnitQuery, PAGE_SIZE, STATUS_VALUES } from "@/lib/dashboard/schemas";
import { exportColumns, exportFileName } from "@/lib/dashboard/export-columns";
import { toCsv } from "@/lib/dashboard/to-csv";
import { toXlsx } from "@/lib/dashboard/to-xlsx";
import ExcelJS from "exceljs";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";
import { resetDatabase } from "@/tests/support/db";
import { expandRecord, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import { roundHalfUp } from "@/lib/format";
import { Rational, sum, ZERO } from "@/lib/scoring/rational";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Every dashboard number against a direct computation from the stored rows, on a world with two
// regions, 60 units in 2026 (varied answers, statuses, evaluator scores, evidence counts), an
// earlier period, a second agency and audit events over several days.

const DAY = 86_400_000;
let world: TWorld;
let extra: Record<string, TSessionUser>;

const STATUSES = ["DRAFT", "DRAFT", "SUBMITTED", "IN_REVIEW", "REVISION_REQUESTED", "FINAL"] as const;

async function seedWorld() {
  await resetDatabase();
  world = await createWorld();
  const now = Date.now();
  await prisma.periodWindow.create({
    data: { periodId: "p2026", stage: "SELF_ASSESSMENT", opensAt: new Date(now - 20 * DAY), closesAt: new Date(now + 10 * DAY) },
  });
  // 40 more units in "region", 17 in "other-region": 60 units in 2026, enough for two pages.
  const extraUnits = [
    ...Array.from({ length: 40 }, (_, i) => ({ id: `unit-d${i}`, parent: "region" })),
    ...Array.from({ length: 17 }, (_, i) => ({ id: `unit-e${i}`, parent: "other-region" })),
  ];
  await prisma.unit.createMany({
    data: extraUnits.map((u) => ({ id: u.id, code: u.id.toUpperCase(), name: `Unit ${u.id.slice(5)}`, level: "Kejari", agencyId: "ag", parentId: u.parent, path: `/root/${u.parent}/${u.id}/` })),
  });
  const itemCount = world.loaded.itemIdByCode.size;
  await prisma.assessment.createMany({ data: extraUnits.map((u) => ({ id: `asm-${u.id.slice(5)}`, periodId: "p2026", unitId: u.id, itemCount })) });

  // Varied self answers (asm-a stays empty: its answers come through saveAnswer below), statuses,
  // evidence counters and activity; every fourth unit also has an evaluator score.
  const ids = ["asm-b", "asm-c", ...extraUnits.map((u) => `asm-${u.id.slice(5)}`)];
  for (const [i, assessmentId] of ids.entries()) {
    const quality = 0.3 + ((i * 37) % 70) / 100;
    const completeness = i % 5 === 0 ? 0.5 : 1;
    const self = await seedAnswers({ assessmentId, loaded: world.loaded, answers: randomAnswerSet(world.loaded.catalogue, quality, completeness, 100 + i), userId: "admin" });
    if (i % 4 === 1) {
      await seedAnswers({ assessmentId, loaded: world.loaded, side: "EVALUATOR", answers: randomAnswerSet(world.loaded.catalogue, quality - 0.1, 1, 900 + i), userId: "evaluator" });
    }
    await prisma.assessment.update({
      where: { id: assessmentId },
      data: { status: STATUSES[i % STATUSES.length], evidencedCount: Math.floor(self.answered * ((i % 3) / 3)), lastActivityAt: new Date(now - i * 3_600_000) },
    });
  }

  // Progress over time: first answers today through the real save path, one re-save (not a new
  // answer), and backdated first answers (answers already counted in the counters).
  for (const code of ["A.I.1.1.a", "A.I.1.1.b", "A.I.1.2.a"]) {
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId(code), expectedVersion: 0, answer: { optionKey: code.endsWith(".a") ? "YA" : "A" }, narrative: "" });
  }
  await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), expectedVersion: 1, answer: { optionKey: "TIDAK" }, narrative: "" });
  const backdated = [
    { assessmentId: "asm-b", daysAgo: 3, first: true }, { assessmentId: "asm-b", daysAgo: 3, first: true },
    { assessmentId: "asm-b", daysAgo: 3, first: false }, { assessmentId: "asm-d1", daysAgo: 7, first: true },
    { assessmentId: "asm-c", daysAgo: 5, first: true }, { assessmentId: "asm-e2", daysAgo: 1, first: true },
    { assessmentId: "asm-b", daysAgo: 40, first: true }, // before the window: outside the series
  ];
  for (const [i, e] of backdated.entries()) {
    await prisma.auditEvent.create({
      data: { at: new Date(now - e.daysAgo * DAY), action: "answer.save", entityType: "Answer", entityId: `backdated-${i}`, assessmentId: e.assessmentId, actorId: "member-a", before: e.first ? undefined : { version: 1 }, after: { version: 1 } },
    });
  }

  // An earlier period of the same agency, and a second agency the leaders must never see.
  await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId: world.catalogueVersionId } });
  for (const [i, unitId] of ["unit-a", "unit-b", "unit-c", "unit-d0"].entries()) {
    await prisma.assessment.create({ data: { id: `old-${unitId}`, periodId: "p2025", unitId, itemCount } });
    await seedAnswers({ assessmentId: `old-${unitId}`, loaded: world.loaded, answers: randomAnswerSet(world.loaded.catalogue, 0.4 + i * 0.1, 1, 50 + i), userId: "admin" });
  }
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "Instansi Lain" } });
  await prisma.unit.create({ data: { id: "x-root", code: "X-ROOT", name: "Instansi Lain Pusat", level: "Pusat", agencyId: "ag2", path: "/x-root/" } });
  await prisma.unit.create({ data: { id: "x-unit", code: "X-UNIT", name: "Unit x", level: "Satker", agencyId: "ag2", parentId: "x-root", path: "/x-root/x-unit/" } });
  await prisma.period.create({ data: { id: "px2026", agencyId: "ag2", year: 2026, name: "ZI Lain 2026", catalogueVersionId: world.catalogueVersionId } });
  await prisma.assessment.create({ data: { id: "asm-x", periodId: "px2026", unitId: "x-unit", itemCount } });

  const user = async (id: string, roles: { role: Role; unitId: string | null }[]) => {
    await prisma.user.create({ data: { id, email: `${id}@test.id`, name: id, passwordHash: "x", roles: { create: roles } } });
    return (await loadUser(id)) as TSessionUser;
  };
  extra = {
    rootLeader: await user("root-leader", [{ role: "LEADER", unitId: "root" }]),
    leaderAndMember: await user("leader-member", [{ role: "LEADER", unitId: "region" }, { role: "UNIT_MEMBER", unitId: "unit-c" }]),
    nestedLeader: await user("nested-leader", [{ role: "LEADER", unitId: "root" }, { role: "LEADER", unitId: "region" }]),
  };
}

beforeAll(seedWorld, 120_000);

// ---- The direct computation, from the stored rows -------------------------------------------

// Exact: every expected figure is computed from the stored exact records and rounded once, half
// up, to the digits the dashboard shows, then compared for equality (no tolerance).
type TSideTotals = { total: Rational; wbkMet: boolean; wbbmMet: boolean };
type TExpectedUnit = {
  id: string; unitId: string; name: string; path: string; regionId: string; status: string;
  answered: number; evidenced: number; itemCount: number;
  self: TSideTotals | null;
  evaluator: TSideTotals | null;
  nodes: Map<string, { self?: Rational; evaluator?: Rational; selfScore?: Rational; evaluatorScore?: Rational }>;
  ref: Rational;
};

/** The units a dashboard viewer should see in a period, each with its region (the agency tree's second level). */
async function expectedUnits(user: TSessionUser, periodId = "p2026"): Promise<TExpectedUnit[]> {
  const roles = user.roles.filter((r) => r.role === "LEADER" || r.role === "ADMIN");
  const everywhere = roles.some((r) => r.role === "ADMIN" && r.unitId === null);
  const roots = everywhere
    ? (await prisma.unit.findMany({ where: { parentId: null } })).map((u) => u.path)
    : roles.flatMap((r) => (r.unitPath ? [r.unitPath] : []));
  const rows = await prisma.assessment.findMany({ where: { periodId }, include: { unit: true, scores: true } });
  return rows.flatMap((a) => {
    const root = roots.filter((p) => a.unit.path.startsWith(p)).sort((x, y) => x.length - y.length)[0];
    if (!root) return [];
    const [, top, region] = a.unit.path.split("/");
    const nodes: TExpectedUnit["nodes"] = new Map();
    const side = (which: "SELF" | "EVALUATOR"): TSideTotals | null => {
      const row = a.scores.find((s) => s.side === which);
      if (!row) return null;
      if (!isCurrentRecord(row.result)) throw new Error("not an exact record");
      const stored = expandRecord(world.loaded.catalogue, row.result, 0);
      for (const node of Object.values(stored.nodes)) {
        const entry = nodes.get(node.code) ?? {};
        const [share, score] = [Rational.parse(node.share), Rational.parse(node.score)];
        Object.assign(entry, which === "SELF" ? { self: share, selfScore: score } : { evaluator: share, evaluatorScore: score });
        nodes.set(node.code, entry);
      }
      return { total: Rational.parse(stored.total), wbkMet: row.wbkMet, wbbmMet: row.wbbmMet };
    };
    const self = side("SELF");
    const evaluator = side("EVALUATOR");
    return [{
      id: a.id, unitId: a.unitId, name: a.unit.name, path: a.unit.path, regionId: region || top!, status: a.status,
      answered: a.answeredCount, evidenced: a.evidencedCount, itemCount: a.itemCount, self, evaluator, nodes,
      ref: evaluator?.total ?? self?.total ?? ZERO,
    }];
  });
}

const mean = (values: Rational[]) => (values.length ? sum(values).dividedBy(Rational.of(BigInt(values.length))) : ZERO);
const refShare = (u: TExpectedUnit, code: string) => (u.evaluator ? u.nodes.get(code)?.evaluator : u.nodes.get(code)?.self) ?? ZERO;
const rankIn = (units: TExpectedUnit[], u: TExpectedUnit) => 1 + units.filter((o) => o.ref.compare(u.ref) > 0).length;
const progressShare = (part: number, whole: number) => Rational.ratio(part, whole);

/** The context the dashboard pages build: the access proof, then the period. */
const contextOf = async (user: TSessionUser, periodId?: string, now?: Date) => getDashboardContext(await authorizeDashboard(user), periodId, now);

/** The 2026 period of agency "ag" (the admin's default would be the other agency's, created later). */
async function readyContext(user: TSessionUser, periodId = "p2026"): Promise<TReadyContext> {
  const context = await contextOf(user, periodId);
  if (!isReady(context)) throw new Error("no period");
  return context;
}

const closeTo = (actual: number | null | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 9);
/** A figure as shown: points with two decimals, shares with four (a percentage with two). */
const expectScore = (actual: number | null | undefined, exact: Rational) => expect(actual).toBe(Number(roundHalfUp(exact, 2)));
const expectShare = (actual: number | null | undefined, exact: Rational) => expect(actual).toBe(Number(roundHalfUp(exact, 4)));

// ---- Aggregates -------------------------------------------------------------------------------

describe("agency view aggregates equal a direct computation", () => {
  it.each(["admin", "leaderRegion", "leaderOther"] as const)("summary, status counts and predicate counts (%s)", async (who) => {
    const user = world.users[who];
    const units = await expectedUnits(user);
    const summary = await getAgencySummary(await readyContext(user));
    expect(summary.unitCount).toBe(units.length);
    for (const status of STATUS_VALUES) expect(summary.statusCounts[status]).toBe(units.filter((u) => u.status === status).length);
    expectShare(summary.avgAnsweredShare, mean(units.map((u) => progressShare(u.answered, u.itemCount))));
    expectShare(summary.avgEvidencedShare, mean(units.map((u) => progressShare(u.evidenced, u.itemCount))));
    expectScore(summary.avgSelfTotal, mean(units.map((u) => u.self?.total ?? ZERO)));
    const evaluated = units.filter((u) => u.evaluator);
    expect(summary.evaluatedCount).toBe(evaluated.length);
    if (evaluated.length) expectScore(summary.avgEvalTotal, mean(evaluated.map((u) => u.evaluator!.total)));
    else expect(summary.avgEvalTotal).toBeNull();
    expect(summary.selfWbk).toBe(units.filter((u) => u.self?.wbkMet).length);
    expect(summary.selfWbbm).toBe(units.filter((u) => u.self?.wbbmMet).length);
    expect(summary.evalWbk).toBe(units.filter((u) => u.evaluator?.wbkMet).length);
    expect(summary.evalWbbm).toBe(units.filter((u) => u.evaluator?.wbbmMet).length);
  });

  it("the seeded data exercises every aggregate (a test that cannot pass by accident)", async () => {
    const units = await expectedUnits(world.users.admin);
    expect(units).toHaveLength(60);
    expect(units.filter((u) => u.self?.wbkMet).length).toBeGreaterThan(0);
    expect(units.filter((u) => !u.self?.wbkMet).length).toBeGreaterThan(0);
    expect(units.filter((u) => u.evaluator).length).toBeGreaterThan(5);
    expect(new Set(units.map((u) => u.status)).size).toBe(5);
    expect(new Set(units.map((u) => Math.floor((u.self?.total ?? ZERO).toNumber() / 10))).size).toBeGreaterThan(3);
  });

  it("score distribution: units per band of ten points, self and evaluator", async () => {
    const units = await expectedUnits(world.users.admin);
    const buckets = await getScoreDistribution(await readyContext(world.users.admin));
    // Band edges are whole numbers: a total exactly at 70 is in [70,80), one below it is not.
    const band = (total: Rational) => Math.min(9, Math.max(0, Number(total.num / (total.den * 10n))));
    expect(buckets.map((b) => b.from)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(buckets.map((b) => b.self)).toEqual(buckets.map((_, i) => units.filter((u) => band(u.self?.total ?? ZERO) === i).length));
    expect(buckets.map((b) => b.evaluator)).toEqual(buckets.map((_, i) => units.filter((u) => u.evaluator && band(u.evaluator.total) === i).length));
    expect(buckets.reduce((n, b) => n + b.self, 0)).toBe(60);
  });

  it("area averages (self, evaluator, reference) and the region x area heat map", async () => {
    const units = await expectedUnits(world.users.admin);
    const { areas } = dashboardNodes(world.loaded.catalogue);
    const scores = await getAreaScores(await readyContext(world.users.admin));
    expect(scores.areas.map((a) => a.area.code)).toEqual(areas.map((a) => a.code));
    expect(areas.map((a) => a.code)).toEqual([...["1", "2", "3", "4", "5", "6"].map((n) => `A.I.${n}`), ...["1", "2", "3", "4", "5", "6"].map((n) => `A.II.${n}`), "B.I", "B.II"]);
    const evaluated = units.filter((u) => u.evaluator);
    for (const average of scores.areas) {
      const code = average.area.code;
      expectShare(average.self, mean(units.map((u) => u.nodes.get(code)?.self ?? ZERO)));
      expectShare(average.evaluator, mean(evaluated.map((u) => u.nodes.get(code)?.evaluator ?? ZERO)));
      expectShare(average.reference, mean(units.map((u) => refShare(u, code))));
    }
    expect(scores.regions.map((r) => r.regionId).sort()).toEqual(["other-region", "region"]);
    for (const region of scores.regions) {
      const inRegion = units.filter((u) => u.regionId === region.regionId);
      expect(region.unitCount).toBe(inRegion.length);
      expect(region.regionName).toBe(`Unit ${region.regionId}`);
      for (const area of areas) expectShare(region.shares[area.code], mean(inRegion.map((u) => refShare(u, area.code))));
    }
  });

  it("the ten weakest indicators, by average reference share, in catalogue order on ties", async () => {
    const units = await expectedUnits(world.users.admin);
    const { indicators } = dashboardNodes(world.loaded.catalogue);
    const expected = indicators
      .map((indicator, index) => ({ code: indicator.code, index, share: mean(units.map((u) => refShare(u, indicator.code))) }))
      .sort((a, b) => a.share.compare(b.share) || a.index - b.index)
      .slice(0, WEAKEST_COUNT);
    const weakest = await getWeakestIndicators(await readyContext(world.users.admin));
    expect(weakest.map((w) => w.indicator.code)).toEqual(expected.map((e) => e.code));
    weakest.forEach((w, i) => expectShare(w.share, expected[i]!.share));
    const first = weakest[0]!;
    expectScore(first.score, mean(units.map((u) => (u.evaluator ? u.nodes.get(first.indicator.code)?.evaluatorScore : u.nodes.get(first.indicator.code)?.selfScore) ?? ZERO)));
  });

  it("region summary: progress, evidence, reference average, WBK counts and late units per region", async () => {
    const context = await readyContext(world.users.admin);
    const units = await expectedUnits(world.users.admin);
    const regions = await getRegionSummary(context);
    expect(regions.map((r) => r.regionId).sort()).toEqual(["other-region", "region"]);
    for (const r of regions) {
      const inRegion = units.filter((u) => u.regionId === r.regionId);
      expect(r.unitCount).toBe(inRegion.length);
      expectShare(r.avgAnsweredShare, mean(inRegion.map((u) => progressShare(u.answered, u.itemCount))));
      expectShare(r.avgEvidencedShare, mean(inRegion.map((u) => progressShare(u.evidenced, u.itemCount))));
      expectScore(r.avgRefTotal, mean(inRegion.map((u) => u.ref)));
      expect(r.selfWbk).toBe(inRegion.filter((u) => u.self?.wbkMet).length);
      expect(r.evalWbk).toBe(inRegion.filter((u) => u.evaluator?.wbkMet).length);
      expect(r.atRisk).toBe(inRegion.filter((u) => isAtRisk("closing", { status: u.status, answeredCount: u.answered, itemCount: u.itemCount })).length);
    }
  });

  it("deadlines at risk: the window closes in 10 days, so drafts below 80% are listed, least progress first", async () => {
    const context = await readyContext(world.users.admin);
    expect(context.period.riskPhase).toBe("closing");
    const units = await expectedUnits(world.users.admin);
    const expected = units.filter((u) => u.status === "DRAFT" && u.answered < 0.8 * u.itemCount);
    const risk = await getDeadlinesAtRisk(context);
    expect(expected.length).toBeGreaterThan(1);
    expect(risk.count).toBe(expected.length);
    const listed = risk.units.map((u) => u.assessmentId);
    expect(listed).toHaveLength(Math.min(10, expected.length));
    expect(expected.map((u) => u.id)).toEqual(expect.arrayContaining(listed));
    const shares = risk.units.map((u) => u.answeredCount / u.itemCount);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const unlisted = expected.filter((u) => !listed.includes(u.id)).map((u) => u.answered / u.itemCount);
    expect(Math.max(0, ...shares)).toBeLessThanOrEqual(Math.min(1, ...unlisted));
    // Submitted units below 80% are not at risk: they met the deadline.
    expect(units.some((u) => u.status !== "DRAFT" && u.answered < 0.8 * u.itemCount)).toBe(true);
  });

  it("deadlines at risk once the window has closed: every unit still in draft", async () => {
    const later = await contextOf(world.users.admin, "p2026", new Date(Date.now() + 11 * DAY));
    if (!isReady(later)) throw new Error("no period");
    expect(later.period.riskPhase).toBe("closed");
    const units = await expectedUnits(world.users.admin);
    expect((await getDeadlinesAtRisk(later)).count).toBe(units.filter((u) => u.status === "DRAFT").length);
    const early = await contextOf(world.users.admin, "p2026", new Date(Date.now() - 10 * DAY));
    if (!isReady(early)) throw new Error("no period");
    expect((await getDeadlinesAtRisk(early)).count).toBe(0);
  });

  it.each(["admin", "leaderRegion"] as const)("progress over time walks today's counters back through first answers per day (%s)", async (who) => {
    const user = world.users[who];
    const context = await readyContext(user);
    const units = await expectedUnits(user);
    const ids = new Set(units.map((u) => u.id));
    const events = (await prisma.auditEvent.findMany({ where: { action: "answer.save" } })).filter((e) => e.assessmentId && ids.has(e.assessmentId) && e.at >= context.period.startsAt);
    const answeredNow = units.reduce((n, u) => n + u.answered, 0);
    const itemTotal = units.reduce((n, u) => n + u.itemCount, 0);
    const progress = await getProgressOverTime(context);
    expect(progress.answeredNow).toBe(answeredNow);
    expect(progress.itemTotal).toBe(itemTotal);
    const days = jakartaDays(context.period.startsAt, context.now);
    expect(progress.points.map((p) => p.day)).toEqual(days);
    expect(days).toHaveLength(21);
    for (const point of progress.points) {
      const firstsLater = events.filter((e) => e.before === null && jakartaDay(e.at) > point.day).length;
      expect(point.answered).toBe(answeredNow - firstsLater);
      expect(point.saves).toBe(events.filter((e) => jakartaDay(e.at) === point.day).length);
      closeTo(point.share, (answeredNow - firstsLater) / itemTotal);
    }
    // The three first answers and the re-save of today are there.
    expect(progress.points.at(-1)!.saves).toBeGreaterThanOrEqual(4);
    expect(progress.points.at(-1)!.answered - progress.points.at(-2)!.answered).toBeGreaterThanOrEqual(3);
    // A second read (settled days from memory) gives the same series.
    expect(await getProgressOverTime({ ...context })).toEqual(progress);
  });

  it("year over year: average totals per period year of the same agency, for the units in scope", async () => {
    for (const who of ["admin", "leaderRegion"] as const) {
      const user = world.users[who];
      const years = await getYearOverYear(await readyContext(user));
      expect(years.map((y) => y.year)).toEqual([2025, 2026]);
      for (const y of years) {
        const units = await expectedUnits(user, y.year === 2025 ? "p2025" : "p2026");
        expect(y.unitCount).toBe(units.length);
        expectScore(y.avgSelf, mean(units.map((u) => u.self?.total ?? ZERO)));
      }
    }
    expect((await getYearOverYear(await readyContext(world.users.admin, "p2025"))).map((y) => y.year)).toEqual([2025]);
  });
});

// ---- Caches: never stale ----------------------------------------------------------------------

describe("kept aggregates follow every write", () => {
  it("the heat map and the weakest indicators change as soon as a score in scope is written", async () => {
    const context = await readyContext(world.users.leaderRegion);
    const before = await getAreaScores(context);
    await getWeakestIndicators(context);
    // Unit a answers the whole of A.I.1 with the best options: its share of A.I.1 goes to 100%.
    const items = [...world.loaded.itemsById.values()].filter((ref) => ref.group.code === "A.I.1" && ref.item.options.length);
    const versions = new Map((await prisma.answer.findMany({ where: { assessmentId: "asm-a", side: "SELF" } })).map((a) => [a.itemId, a.version]));
    for (const ref of items) {
      const best = [...ref.item.options].sort((x, y) => y.value - x.value)[0]!;
      await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: ref.id, expectedVersion: versions.get(ref.id) ?? 0, answer: { optionKey: best.key }, narrative: "" });
    }
    const units = await expectedUnits(world.users.leaderRegion);
    const after = await getAreaScores(await readyContext(world.users.leaderRegion));
    const region = after.regions.find((r) => r.regionId === "region")!;
    expectShare(region.shares["A.I.1"], mean(units.map((u) => refShare(u, "A.I.1"))));
    expect(region.shares["A.I.1"]).toBeGreaterThan(before.regions.find((r) => r.regionId === "region")!.shares["A.I.1"]!);
    const unitA = (await listDashboardUnits(await readyContext(world.users.leaderRegion), parseUnitQuery({ q: "unit-a" }), true)).rows.find((r) => r.assessmentId === "asm-a")!;
    expect(unitA.areas["A.I.1"]!.self!.share).toBe(1);
    expectShare(after.areas.find((x) => x.area.code === "A.I.1")!.self, mean(units.map((u) => u.nodes.get("A.I.1")?.self ?? ZERO)));
    const weakest = await getWeakestIndicators(await readyContext(world.users.leaderRegion));
    const share = (code: string) => mean(units.map((u) => refShare(u, code)));
    weakest.forEach((w) => expectShare(w.share, share(w.indicator.code)));
  });

  it("progress over time counts each new audit event once, including one that commits after a later one", async () => {
    const context = await readyContext(world.users.leaderRegion);
    const today = () => getProgressOverTime({ ...context, now: new Date() }).then((p) => p.points.at(-1)!.saves);
    const start = await today();
    const [{ max }] = await prisma.$queryRaw<{ max: bigint }[]>`SELECT max("id") AS max FROM "AuditEvent"`;
    const x = Number(max);
    const event = (id: number) => prisma.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "entityType", "entityId", "assessmentId")
      VALUES (${id}, now(), 'member-a', 'answer.save', 'Answer', ${`late-${id}`}, 'asm-b')`;
    await event(x + 5);
    expect(await today()).toBe(start + 1);
    await event(x + 3); // took its id earlier, committed later
    expect(await today()).toBe(start + 2);
    expect(await today()).toBe(start + 2);
    await prisma.$executeRaw`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), ${x + 10})`;
    // An event of another region's unit is not counted.
    await prisma.auditEvent.create({ data: { action: "answer.save", entityType: "Answer", entityId: "other", assessmentId: "asm-c", actorId: "member-a" } });
    expect(await today()).toBe(start + 2);
    // A fresh tally (another cache key) agrees with the incremental one.
    const fresh = await getProgressOverTime({ ...context, now: new Date(), period: { ...context.period, startsAt: new Date(context.period.startsAt.getTime() + 1) } });
    expect(fresh.points.at(-1)!.saves).toBe(start + 2);
  });
});

// ---- Unit table: ranks, filters, sort, search, pagination ---------------------------------

describe("unit table", () => {
  it("ranks every unit by reference score within the scope and within its region", async () => {
    for (const who of ["admin", "leaderRegion"] as const) {
      const user = world.users[who];
      const units = await expectedUnits(user);
      const page = await listDashboardUnits(await readyContext(user), parseUnitQuery({}), true);
      expect(page.rows).toHaveLength(units.length);
      for (const row of page.rows) {
        const u = units.find((x) => x.id === row.assessmentId)!;
        const region = units.filter((x) => x.regionId === u.regionId);
        expect(row.regionId).toBe(u.regionId);
        expect(row.rankAll).toBe(rankIn(units, u));
        expect(row.rankRegion).toBe(rankIn(region, u));
        expect(row.regionCount).toBe(region.length);
        expectScore(row.refTotal, u.ref);
        expectScore(row.selfTotal, u.self?.total ?? ZERO);
        if (u.evaluator) expectScore(row.evalTotal, u.evaluator.total);
        else expect(row.evalTotal).toBeNull();
        expect([row.selfWbk, row.evalWbk, row.evalWbbm]).toEqual([u.self?.wbkMet ?? false, u.evaluator?.wbkMet ?? null, u.evaluator?.wbbmMet ?? null]);
        expect([row.answeredCount, row.evidencedCount, row.itemCount]).toEqual([u.answered, u.evidenced, u.itemCount]);
        for (const [code, node] of Object.entries(row.areas)) {
          expectShare(node.self?.share ?? 0, u.nodes.get(code)?.self ?? ZERO);
          expectScore(node.self?.score ?? 0, u.nodes.get(code)?.selfScore ?? ZERO);
          if (u.evaluator) expectShare(node.evaluator?.share, u.nodes.get(code)!.evaluator!);
        }
      }
      const ranks = page.rows.map((r) => r.rankAll);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("paginates: 50 a page, every unit exactly once, counts of the match and of the scope", async () => {
    const context = await readyContext(world.users.admin);
    const first = await listDashboardUnits(context, parseUnitQuery({}));
    const second = await listDashboardUnits(context, parseUnitQuery({ hal: "2" }));
    const beyond = await listDashboardUnits(context, parseUnitQuery({ hal: "9" }));
    expect(PAGE_SIZE).toBe(50);
    expect([first.rows.length, second.rows.length, beyond.rows.length]).toEqual([50, 10, 0]);
    expect([first.pageCount, first.matchCount, first.unitCount, beyond.matchCount]).toEqual([2, 60, 60, 60]);
    const ids = [...first.rows, ...second.rows].map((r) => r.assessmentId);
    expect(new Set(ids).size).toBe(60);
    expect(second.rows[0]!.rankAll).toBeGreaterThanOrEqual(first.rows.at(-1)!.rankAll);
  });

  it("filters by region, status, predicate, deadline risk and name; ranks stay the agency's", async () => {
    const context = await readyContext(world.users.admin);
    const units = await expectedUnits(world.users.admin);
    const list = async (params: Record<string, string>) => (await listDashboardUnits(context, parseUnitQuery(params), true)).rows;
    const ids = (rows: { assessmentId: string }[]) => rows.map((r) => r.assessmentId).sort();
    const expectIds = (units: TExpectedUnit[]) => units.map((u) => u.id).sort();

    const region = await list({ wilayah: "other-region" });
    expect(ids(region)).toEqual(expectIds(units.filter((u) => u.regionId === "other-region")));
    expect(region.map((r) => r.rankAll)).toEqual(region.map((r) => rankIn(units, units.find((u) => u.id === r.assessmentId)!)));
    expect(ids(await list({ status: "IN_REVIEW" }))).toEqual(expectIds(units.filter((u) => u.status === "IN_REVIEW")));
    expect(ids(await list({ predikat: "wbk-mandiri" }))).toEqual(expectIds(units.filter((u) => u.self?.wbkMet)));
    expect(ids(await list({ predikat: "wbbm-tpi" }))).toEqual(expectIds(units.filter((u) => u.evaluator?.wbbmMet)));
    expect(ids(await list({ predikat: "belum" }))).toEqual(expectIds(units.filter((u) => !u.self?.wbkMet && !u.evaluator?.wbkMet)));
    expect(ids(await list({ risiko: "1" }))).toEqual(expectIds(units.filter((u) => u.status === "DRAFT" && u.answered < 0.8 * u.itemCount)));
    expect(ids(await list({ q: "unit D1" }))).toEqual(expectIds(units.filter((u) => u.name.toLowerCase().includes("unit d1"))));
    expect(ids(await list({ q: "E1", wilayah: "other-region", status: "DRAFT" }))).toEqual(
      expectIds(units.filter((u) => /e1/i.test(u.name) && u.regionId === "other-region" && u.status === "DRAFT")),
    );
    // LIKE wildcards in the search are literal text.
    expect(await list({ q: "%" })).toEqual([]);
    expect(await list({ q: "_" })).toEqual([]);
  });

  it("sorts by each column, both ways, with missing evaluator scores last", async () => {
    const context = await readyContext(world.users.admin);
    const list = async (params: Record<string, string>) => (await listDashboardUnits(context, parseUnitQuery(params), true)).rows;
    const self = (await list({ urut: "mandiri" })).map((r) => r.selfTotal);
    expect(self).toEqual([...self].sort((a, b) => b - a));
    const selfUp = (await list({ urut: "mandiri", arah: "naik" })).map((r) => r.selfTotal);
    expect(selfUp).toEqual([...selfUp].sort((a, b) => a - b));
    for (const arah of ["naik", "turun"]) {
      const tpi = (await list({ urut: "tpi", arah })).map((r) => r.evalTotal);
      const scored = tpi.filter((t): t is number => t !== null);
      expect(tpi.slice(0, scored.length)).toEqual(scored);
      expect(scored).toEqual([...scored].sort((a, b) => (arah === "naik" ? a - b : b - a)));
    }
    const progress = (await list({ urut: "progres" })).map((r) => r.answeredCount / r.itemCount);
    expect(progress).toEqual([...progress].sort((a, b) => b - a));
    const activity = (await list({ urut: "aktivitas", arah: "naik" })).map((r) => r.lastActivityAt.getTime());
    expect(activity).toEqual([...activity].sort((a, b) => a - b));
    const statuses = (await list({ urut: "status" })).map((r) => STATUS_VALUES.indexOf(r.status));
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
  });

  it("ignores unknown parameters instead of failing", () => {
    expect(parseUnitQuery({ urut: "drop table", arah: "x", hal: "-3", status: "NOPE", predikat: "?", tampilan: "3d" })).toMatchObject({
      urut: "peringkat", arah: undefined, hal: 1, status: undefined, predikat: undefined, tampilan: "ringkas",
    });
  });
});

// ---- Exports ----------------------------------------------------------------------------------

describe("exports", () => {
  it("the XLSX and the CSV carry every filtered row (not one page), in the table's order, with the table's numbers", async () => {
    const context = await readyContext(world.users.admin);
    const query = parseUnitQuery({ urut: "mandiri", wilayah: "region" });
    const { rows, areas } = await listDashboardUnits(context, query, true);
    expect(rows.length).toBe(42);
    const columns = exportColumns(areas);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(columns, rows, { title: "uji", generatedAt: new Date() })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Unit")!;
    expect(sheet.rowCount).toBe(43);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(columns.map((c) => c.header));
    expect(header).toContain("A.I.1 Pemenuhan · Manajemen Perubahan (TPI)");
    const col = (name: string) => header.indexOf(name) + 1;
    rows.forEach((row, i) => {
      const line = sheet.getRow(i + 2);
      expect(line.getCell(col("Unit")).value).toBe(row.unitName);
      expect(line.getCell(col("Peringkat instansi")).value).toBe(row.rankAll);
      expect(line.getCell(col("Nilai mandiri")).value).toBe(row.selfTotal);
      expect(line.getCell(col("Nilai TPI")).value).toBe(row.evalTotal);
      expect(line.getCell(col("A.I.1 Pemenuhan · Manajemen Perubahan (mandiri)")).value).toBe(row.areas["A.I.1"]?.self?.score ?? 0);
    });
    const csv = toCsv(columns, rows).split("\r\n");
    expect(csv).toHaveLength(44); // header, 42 rows, the final line break
    expect(csv[1]!.split(",")[2]).toBe(rows[0]!.unitName);
    expect(exportFileName(2026, "xlsx")).toBe("dasbor-unit-zi-2026.xlsx");
  });
});

// ---- Access -----------------------------------------------------------------------------------

describe("who sees what", () => {
  it("a leader of one region sees only that region's units, in every aggregate", async () => {
    const user = world.users.leaderRegion;
    const context = await readyContext(user);
    const expected = (await prisma.assessment.findMany({ where: { periodId: "p2026", unit: { path: { startsWith: "/root/region/" } } } })).map((a) => a.id).sort();
    expect(expected).toHaveLength(42);
    const rows = (await listDashboardUnits(context, parseUnitQuery({}), true)).rows;
    expect(rows.map((r) => r.assessmentId).sort()).toEqual(expected);
    expect((await getAgencySummary(context)).unitCount).toBe(42);
    // A crafted filter for another region finds nothing rather than widening the scope.
    expect((await listDashboardUnits(context, parseUnitQuery({ wilayah: "other-region" }), true)).rows).toEqual([]);
    expect((await listDashboardUnits(context, parseUnitQuery({ q: "Unit e" }), true)).rows).toEqual([]);
    // "Wilayah" still means the region level: the leader's one region (not each of its units),
    // in the heat map, the region table and the filter; the other region is never named.
    expect((await getAreaScores(context)).regions.map((r) => [r.regionId, r.regionName, r.unitCount])).toEqual([["region", "Unit region", 42]]);
    expect((await getRegionSummary(context)).map((r) => [r.regionId, r.unitCount])).toEqual([["region", 42]]);
    expect(await getRegionOptions(context)).toEqual([{ id: "region", name: "Unit region" }]);
    expect((await getDeadlinesAtRisk(context)).units.every((u) => expected.includes(u.assessmentId))).toBe(true);
    expect((await getYearOverYear(context)).find((y) => y.year === 2025)?.unitCount).toBe(3);
  });

  it("the dashboard's units (its SQL) are exactly those the Prisma rendering of the viewer's dashboard grants gives", async () => {
    const viewers = [world.users.admin, world.users.leaderRegion, world.users.leaderOther, extra.rootLeader!, extra.leaderAndMember!, extra.nestedLeader!];
    for (const user of viewers) {
      const viaBuilder = await prisma.assessment.findMany({ where: { periodId: "p2026", unit: unitWhere(grantsFor(user, "dashboard.read")) }, select: { id: true } });
      const rows = (await listDashboardUnits(await readyContext(user, "p2026"), parseUnitQuery({}), true)).rows;
      expect(rows.map((r) => r.assessmentId).sort()).toEqual(viaBuilder.map((a) => a.id).sort());
    }
    // A member role elsewhere does not widen a leader's dashboard; nested roots count once.
    expect((await listDashboardUnits(await readyContext(extra.leaderAndMember!), parseUnitQuery({}), true)).rows.some((r) => r.assessmentId === "asm-c")).toBe(false);
    expect((await authorizeDashboard(extra.nestedLeader!)).roots.map((r) => r.unitId)).toEqual(["root"]);
    expect((await getAgencySummary(await readyContext(extra.nestedLeader!))).unitCount).toBe(60);
  });

  it.each(["memberA", "headA", "memberB", "evaluator"] as const)("%s is refused (NotFoundError) by the data layer", async (who) => {
    expect(await rejectionOf(contextOf(world.users[who]))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(authorizeDashboard(world.users[who]))).toBeInstanceOf(NotFoundError);
  });

  it("a period outside the scope is answered like one that does not exist; the default is the latest in scope", async () => {
    expect(await rejectionOf(contextOf(world.users.leaderRegion, "px2026"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(contextOf(world.users.leaderRegion, "no-such-period"))).toBeInstanceOf(NotFoundError);
    const leader = await contextOf(world.users.leaderRegion);
    expect(leader.periods.map((p) => p.id)).toEqual(["p2026", "p2025"]);
    expect(leader.period?.id).toBe("p2026");
    const admin = await contextOf(world.users.admin);
    expect(admin.periods.map((p) => p.id).sort()).toEqual(["p2025", "p2026", "px2026"]);
    // The other agency's period shows only its own unit, even to the installation admin.
    const other = await readyContext(world.users.admin, "px2026");
    expect((await listDashboardUnits(other, parseUnitQuery({}), true)).rows.map((r) => r.assessmentId)).toEqual(["asm-x"]);
  });
});
