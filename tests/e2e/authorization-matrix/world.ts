import type pg from "pg";
import { MatrixClient } from "./client";

// The people and records of the matrix, on top of the demo data (prisma/seed): every persona is
// tied to the "own" LKE (Kejaksaan Negeri Bantaeng) or deliberately not; the "foreign" records
// belong to another agency (BPS Kota Makassar), which nobody but the installation's admin reaches.

export const PASSWORD = "demo12345";

export const PERSONAS = [
  "anonymous", "member", "head", "evaluatorLead", "evaluatorMember", "evaluatorUnassigned", "leaderIn", "leaderOut", "agencyAdmin", "installationAdmin",
] as const;
export type TPersona = (typeof PERSONAS)[number];
export type TTarget = "own" | "foreign";

const EMAIL: Record<Exclude<TPersona, "anonymous">, string> = {
  member: "anggota@zi.demo", // Tim Kerja of Kejari Bantaeng
  head: "kepala@zi.demo", // its Kepala
  evaluatorLead: "tpi@zi.demo", // leads Bantaeng's TPI team (assigned below)
  evaluatorMember: "tpi2@zi.demo", // a member of that team (assigned below)
  evaluatorUnassigned: "tpi.lain@zi.demo", // a Kejaksaan evaluator on no team of Bantaeng (created below)
  leaderIn: "pimpinan.sulsel@zi.demo", // leads Kejati Sulsel, Bantaeng's region
  leaderOut: "pimpinan.jabar@zi.demo", // leads Kejati Jabar (created below)
  agencyAdmin: "admin.kejaksaan@zi.demo", // ADMIN of the Kejaksaan's top unit
  installationAdmin: "admin@zi.demo", // ADMIN without a unit
};

export const OWN = {
  assessmentId: "asm-2026-kejari-bantaeng", unitId: "unit-kejari-bantaeng", regionId: "unit-kejati-sulsel", periodId: "period-2026", agencyId: "agency-kejaksaan",
};
export const FOREIGN = { assessmentId: "asm-2026-bps-makassar", unitId: "unit-bps-makassar", regionId: "unit-bps-sulsel", periodId: "period-2026-bps", agencyId: "agency-bps" };
export const RECORDS: Record<TTarget, typeof OWN> = { own: OWN, foreign: FOREIGN };

export type TWorld = {
  baseUrl: string;
  emails: Record<TPersona, string>;
  clients: Record<TPersona, MatrixClient>;
  versionId: string;
  itemId: (code: string) => string;
  /** A live link entry per target and persona, for the calls that rename or delete one. */
  linkOf: (target: TTarget, persona: TPersona) => string;
  /** A stored file per target, for downloads. */
  fileOf: Record<TTarget, string>;
  windows: Record<TTarget, Record<string, { opensAt: string; closesAt: string }>>;
  /** A rencana aksi per target: an indicator, a person of the unit, a step and a file it produced. */
  plans: Record<TTarget, { nodeId: string; personId: string; stepId: string; fileId: string }>;
  /** A step of each target's agency templat rencana aksi. */
  planTemplateStepOf: Record<TTarget, string>;
  /** Service entries of the public page per target: one per persona (deleted by it), "shared", and a published "photo". */
  serviceEntryOf: (target: TTarget, owner: TPersona | "shared" | "photo") => string;
  /** Workbook import previews per target, made by a member of its unit: one to apply, one to drop, one to view. */
  previews: Record<TTarget, { apply: string; discard: string; view: string }>;
  /** Rencana aksi import previews per target (the plan's own export, nothing to apply), by a member of its unit. */
  planImports: Record<TTarget, { apply: string; discard: string; view: string }>;
  /** An open SPAK survey per target, and the SPKP questionnaire a unit may still start one of. */
  surveys: Record<TTarget, { id: string; slug: string; spkpVersionId: string }>;
  /** User import previews per target, uploaded by the Kejaksaan's admin (the foreign one for BPS, which it no longer manages). */
  userImports: Record<TTarget, { apply: string; discard: string; view: string }>;
};

/** A 1x1 PNG: the agencies' letterhead logo. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** The build's server action ids the world needs to prepare its records. */
export type TWorldActions = { uploadAgencyLogo: string };

const jakartaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });

/** A minimal PDF that the upload's content check accepts. */
export function tinyPdf(label: string): Blob {
  return new Blob([`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`]);
}

export async function createWorld(baseUrl: string, db: pg.Pool, actions: TWorldActions): Promise<TWorld> {
  const { rows: [admin] } = await db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE "email" = 'admin@zi.demo'`);
  const extraUsers = [
    { id: "matrix-tpi-lain", email: EMAIL.evaluatorUnassigned, role: "EVALUATOR", unitId: "unit-kejagung" },
    { id: "matrix-pimpinan-jabar", email: EMAIL.leaderOut, role: "LEADER", unitId: "unit-kejati-jabar" },
    // Never signs in: the evaluator the admins put on Bantaeng's team, so no persona's access changes.
    { id: "matrix-tpi-cadangan", email: "tpi.cadangan@zi.demo", role: "EVALUATOR", unitId: "unit-kejagung" },
  ];
  for (const user of extraUsers) {
    await db.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ($1, $2, $1, $3)`, [user.id, user.email, admin!.passwordHash]);
    await db.query(`INSERT INTO "RoleAssignment" ("id", "userId", "role", "unitId") VALUES ($1, $1, $2::"Role", $3)`, [user.id, user.role, user.unitId]);
  }
  await db.query(
    `INSERT INTO "EvaluatorAssignment" ("id", "assessmentId", "userId", "role") VALUES
       ('matrix-lead', $1, 'user-evaluator', 'LEAD'), ('matrix-member', $1, 'user-evaluator2', 'MEMBER')`,
    [OWN.assessmentId],
  );

  const { rows: [version] } = await db.query<{ id: string }>(`SELECT "catalogueVersionId" AS id FROM "Period" WHERE "id" = $1`, [OWN.periodId]);
  const { rows: items } = await db.query<{ id: string; code: string }>(`SELECT "id", "code" FROM "CatalogueItem" WHERE "versionId" = $1`, [version!.id]);
  const itemIds = new Map(items.map((i) => [i.code, i.id]));
  const itemId = (code: string) => itemIds.get(code) ?? (() => { throw new Error(`no item ${code}`); })();

  for (const target of ["own", "foreign"] as const) {
    for (const persona of PERSONAS) {
      await db.query(
        `INSERT INTO "Evidence" ("id", "assessmentId", "itemId", "kind", "title", "url", "createdById") VALUES ($1, $2, $3, 'LINK', $4, 'https://zi.example.go.id/bukti', 'user-admin')`,
        [`matrix-link-${target}-${persona}`, RECORDS[target].assessmentId, itemId("A.I.1.1.a"), `Tautan ${persona}`],
      );
    }
  }

  const clients = Object.fromEntries(PERSONAS.map((p) => [p, new MatrixClient(baseUrl)])) as Record<TPersona, MatrixClient>;
  for (const persona of PERSONAS) if (persona !== "anonymous") await clients[persona].signIn(EMAIL[persona], PASSWORD);

  // One stored file per target, uploaded by a member of its unit through the real route.
  const foreignMember = new MatrixClient(baseUrl);
  await foreignMember.signIn("anggota.bps@zi.demo", PASSWORD);
  for (const [target, client] of [["own", clients.member], ["foreign", foreignMember]] as const) {
    const query = new URLSearchParams({ assessmentId: RECORDS[target].assessmentId, itemId: itemId("A.I.1.1.b") });
    const reply = await client.request("POST", `/api/bukti/unggah?${query}`, { body: tinyPdf(target), headers: { "X-File-Name": "sk.pdf" } });
    if (reply.status !== 201) throw new Error(`fixture upload failed: ${reply.status} ${reply.detail}`);
  }
  const { rows: files } = await db.query<{ assessmentId: string; id: string }>(`SELECT "assessmentId", "id" FROM "Evidence" WHERE "kind" = 'FILE'`);
  const fileOf = { own: files.find((f) => f.assessmentId === OWN.assessmentId)!.id, foreign: files.find((f) => f.assessmentId === FOREIGN.assessmentId)!.id };

  // Each agency's logo, set by the installation's admin through the real action.
  for (const target of ["own", "foreign"] as const) {
    const form = new FormData();
    form.append("_1_agencyId", RECORDS[target].agencyId);
    form.append("_1_logo", new Blob([PNG], { type: "image/png" }), "logo.png");
    form.append("0", JSON.stringify(["$K1"])); // last, as React sends it
    const reply = await clients.installationAdmin.call("/admin/instansi", actions.uploadAgencyLogo, form);
    if (!(reply.data as { ok?: boolean } | undefined)?.ok) throw new Error(`fixture logo failed: ${reply.status} ${reply.detail}`);
  }

  // Workbook previews: the LKE's own export uploaded unchanged (nothing to apply), by its unit's member.
  const previews = {} as TWorld["previews"];
  for (const [target, client] of [["own", clients.member], ["foreign", foreignMember]] as const) {
    const { assessmentId } = RECORDS[target];
    const workbook = await fetch(`${baseUrl}/api/lke/${assessmentId}/xlsx`, { headers: { Cookie: client.cookieHeader() } });
    if (workbook.status !== 200) throw new Error(`fixture export failed: ${workbook.status}`);
    const bytes = await workbook.arrayBuffer();
    const upload = async () => {
      const reply = await client.request("POST", `/api/unggah/lke?assessmentId=${assessmentId}`, { body: new Blob([bytes]), headers: { "X-File-Name": "lke.xlsx" } });
      if (reply.status !== 201) throw new Error(`fixture workbook upload failed: ${reply.status} ${reply.detail}`);
      return (JSON.parse(reply.fullBody!) as { data: { importId: string } }).data.importId;
    };
    previews[target] = { apply: await upload(), discard: await upload(), view: await upload() };
  }

  const plans = {} as TWorld["plans"];
  for (const [target, personId] of [["own", "user-anggota"], ["foreign", "user-anggota-bps"]] as const) {
    const { assessmentId, periodId } = RECORDS[target];
    const { rows: [node] } = await db.query<{ id: string }>(
      `SELECT n."id" FROM "CatalogueNode" n JOIN "Period" p ON p."catalogueVersionId" = n."versionId" WHERE p."id" = $1 AND n."code" = 'A.I.1.1'`, [periodId]);
    const { rows: [blob] } = await db.query<{ blobId: string }>(`SELECT "blobId" FROM "EvidenceVersion" WHERE "evidenceId" = $1`, [fileOf[target]]);
    await db.query(`INSERT INTO "ActionPlan" ("id", "assessmentId") VALUES ($1, $2)`, [`matrix-plan-${target}`, assessmentId]);
    await db.query(
      `INSERT INTO "ActionPlanStep" ("id", "planId", "nodeId", "description", "plannedOutput", "personInChargeId", "plannedMonths", "targetDate", "position", "updatedAt")
       VALUES ($1, $2, $3, 'Rapat Tim Kerja', 'Notula', $4, '{1}', '2026-12-31', 0, now())`, [`matrix-step-${target}`, `matrix-plan-${target}`, node!.id, personId]);
    await db.query(`INSERT INTO "ActionPlanFile" ("id", "stepId", "month", "blobId", "fileName", "createdById") VALUES ($1, $2, 1, $3, 'notula.pdf', $4)`,
      [`matrix-planfile-${target}`, `matrix-step-${target}`, blob!.blobId, personId]);
    plans[target] = { nodeId: node!.id, personId, stepId: `matrix-step-${target}`, fileId: `matrix-planfile-${target}` };
    await db.query(
      `INSERT INTO "PlanTemplateStep" ("id", "agencyId", "catalogueVersionId", "nodeId", "description", "plannedOutput", "plannedMonths", "position", "updatedById", "updatedAt")
       SELECT $1, $2, n."versionId", n."id", 'Rapat Tim Kerja', 'Notula', '{1}', 99, 'user-admin', now() FROM "CatalogueNode" n WHERE n."id" = $3`,
      [`matrix-template-${target}`, RECORDS[target].agencyId, node!.id]);
  }
  const planTemplateStepOf = { own: "matrix-template-own", foreign: "matrix-template-foreign" };

  // Rencana aksi previews: the plan's own XLSX export uploaded unchanged (every row unchanged).
  const planImports = {} as TWorld["planImports"];
  for (const [target, client] of [["own", clients.member], ["foreign", foreignMember]] as const) {
    const { assessmentId } = RECORDS[target];
    const exported = await fetch(`${baseUrl}/api/lke/${assessmentId}/rencana-aksi.xlsx`, { headers: { Cookie: client.cookieHeader() } });
    if (exported.status !== 200) throw new Error(`fixture plan export failed: ${exported.status}`);
    const bytes = await exported.arrayBuffer();
    const upload = async () => {
      const reply = await client.request("POST", `/api/unggah/rencana-aksi?assessmentId=${assessmentId}`, { body: new Blob([bytes]), headers: { "X-File-Name": "rencana-aksi.xlsx" } });
      if (reply.status !== 201) throw new Error(`fixture plan upload failed: ${reply.status} ${reply.detail}`);
      return (JSON.parse(reply.fullBody!) as { data: { importId: string } }).data.importId;
    };
    planImports[target] = { apply: await upload(), discard: await upload(), view: await upload() };
  }

  // The public page: the own stored file is published (the public download answers), and each
  // target holds service entries; the "photo" one borrows the stored file's key as its photo.
  await db.query(`UPDATE "Evidence" SET "published" = true, "publishedAt" = now(), "publishedById" = 'user-anggota' WHERE "id" = $1`, [fileOf.own]);
  const { rows: [ownBlob] } = await db.query<{ storageKey: string }>(
    `SELECT b."storageKey" FROM "EvidenceBlob" b JOIN "EvidenceVersion" v ON v."blobId" = b."id" WHERE v."evidenceId" = $1`, [fileOf.own]);
  const serviceEntryOf = (target: TTarget, owner: TPersona | "shared" | "photo") => `matrix-service-${target}-${owner}`;
  for (const target of ["own", "foreign"] as const) {
    for (const owner of [...PERSONAS, "shared", "photo"] as const) {
      const photo = owner === "photo" && target === "own";
      await db.query(
        `INSERT INTO "PublicServiceEntry" ("id", "assessmentId", "kind", "title", "body", "photoKey", "photoMime", "published", "createdById")
         VALUES ($1, $2, 'INNOVATION', $3, 'Uraian', $4, $5, $6, 'user-admin')`,
        [serviceEntryOf(target, owner), RECORDS[target].assessmentId, `Inovasi ${owner}`, photo ? ownBlob!.storageKey : null, photo ? "image/png" : null, photo],
      );
    }
  }
  const { rows: questionnaires } = await db.query<{ id: string; code: string }>(`SELECT "id", "code" FROM "CatalogueVersion" WHERE "instrument" = 'QUESTIONNAIRE'`);
  const questionnaire = (code: string) => questionnaires.find((q) => q.code === code)?.id ?? (() => { throw new Error(`no questionnaire ${code}`); })();
  const surveys = {} as TWorld["surveys"];
  for (const target of ["own", "foreign"] as const) {
    const id = `matrix-survey-${target}`;
    await db.query(
      `INSERT INTO "Survey" ("id", "assessmentId", "catalogueVersionId", "slug", "status", "targetSample", "openedAt", "createdById") VALUES ($1, $2, $3, $4, 'OPEN', 10, now(), 'user-admin')`,
      [id, RECORDS[target].assessmentId, questionnaire("SPAK-2021"), `matriks-${target}`]);
    surveys[target] = { id, slug: `matriks-${target}`, spkpVersionId: questionnaire("SPKP-2021") };
  }
  const userImports = await createUserImports(db);
  // A closed period per agency: closing it again is refused by the business rule.
  for (const target of ["own", "foreign"] as const) {
    await db.query(`INSERT INTO "Period" ("id", "agencyId", "year", "name", "catalogueVersionId", "status") VALUES ($1, $2, 2024, 'Matriks ditutup', $3, 'CLOSED')`,
      [`matrix-closed-${target}`, RECORDS[target].agencyId, version!.id]);
  }

  const windows = {} as TWorld["windows"];
  for (const target of ["own", "foreign"] as const) {
    const { rows } = await db.query<{ stage: string; opensAt: Date; closesAt: Date }>(
      `SELECT "stage"::text AS "stage", "opensAt", "closesAt" FROM "PeriodWindow" WHERE "periodId" = $1`, [RECORDS[target].periodId]);
    windows[target] = Object.fromEntries(rows.map((w) => [w.stage, { opensAt: jakartaDay.format(utc(w.opensAt)), closesAt: jakartaDay.format(utc(w.closesAt)) }]));
  }
  return {
    baseUrl, emails: { anonymous: "", ...EMAIL }, clients, versionId: version!.id, itemId, linkOf: (target, persona) => `matrix-link-${target}-${persona}`, fileOf, windows, previews, plans, planImports, planTemplateStepOf, serviceEntryOf, surveys, userImports,
  };
}

/** node-postgres reads a timestamp without zone as local time; the column holds UTC. */
function utc(value: Date): Date {
  return new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
}

/**
 * User import previews, each with a problem row so applying one is refused and changes nothing. All
 * are the agency admin's: on BPS (which it does not manage) nobody may use them.
 */
async function createUserImports(db: pg.Pool): Promise<TWorld["userImports"]> {
  const { rows: [uploader] } = await db.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [EMAIL.agencyAdmin]);
  const preview = { sheetName: "Pengguna", problemRows: 1, rows: [{ row: 2, name: "X", email: "x@zi.demo", nip: "", phone: "", roleText: "X", role: null, unitCode: "X", unitId: null, unitName: null, problems: ["Peran 'X' tidak dikenal."] }] };
  const imports = {} as TWorld["userImports"];
  for (const target of ["own", "foreign"] as const) {
    const ids = { apply: `matrix-users-${target}-apply`, discard: `matrix-users-${target}-discard`, view: `matrix-users-${target}-view` };
    for (const id of Object.values(ids)) {
      await db.query(
        `INSERT INTO "UserImport" ("id", "agencyId", "createdById", "fileName", "sha256", "preview", "expiresAt") VALUES ($1, $2, $3, 'pengguna.xlsx', '', $4, now() + interval '1 day')`,
        [id, RECORDS[target].agencyId, uploader!.id, JSON.stringify(preview)]);
    }
    imports[target] = ids;
  }
  return imports;
}
