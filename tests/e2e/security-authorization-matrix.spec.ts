import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { MatrixClient, type TOutcome, type TReply } from "./authorization-matrix/client";
import { startMatrixServer, type TMatrixServer } from "./authorization-matrix/server";
import { snapshotForeign, writtenBy } from "./authorization-matrix/snapshot";
import {
  ACTIONS, expected, FRAMEWORK_PAGES, pagePathOf, PAGES, PROBED_METHODS, ROUTES, type TActionCase, type TCall, type TCase, type TRequestCase,
} from "./authorization-matrix/table";
import { createWorld, PASSWORD, PERSONAS, type TTarget, type TWorld } from "./authorization-matrix/world";

// Issue 9, point 4: every server action, route handler and page of the production build, called
// as every role and anonymously against its own and another agency's records. Allowed calls reach
// the business logic (success or a business refusal, never 404 or FORBIDDEN); all others answer
// 404 / NOT_FOUND (anonymous: UNAUTHENTICATED or the sign-in page). The entries come from the
// build's manifests, so one the table does not describe fails the test.

test.describe.configure({ mode: "serial", timeout: 600_000 });

type TManifestAction = { exportedName: string; filename: string; workers: string[] };

function buildEntries() {
  const references = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName: string; filename: string; workers: string[] | Record<string, unknown> }> };
  const actions = new Map<string, TManifestAction & { id: string }>();
  for (const [id, entry] of Object.entries(references.node)) {
    const workers = Array.isArray(entry.workers) ? entry.workers : Object.keys(entry.workers);
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, exportedName: entry.exportedName, filename: entry.filename, workers });
  }
  const appPaths = Object.keys(JSON.parse(fs.readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>);
  return {
    actions,
    routes: appPaths.filter((p) => p.endsWith("/route")),
    pages: appPaths.filter((p) => p.endsWith("/page") && !FRAMEWORK_PAGES.has(p)),
  };
}

const build = buildEntries();
let server: TMatrixServer;
let world: TWorld;

test.beforeAll(async () => {
  server = await startMatrixServer();
  world = await createWorld(server.baseUrl, server.db);
});
test.afterAll(async () => server?.stop());

test("the table describes exactly the server actions, route handlers and pages of the build", () => {
  expect([...build.actions.keys()].sort(), "server actions: add the new ones to authorization-matrix/table.ts").toEqual(Object.keys(ACTIONS).sort());
  expect(build.routes.sort(), "route handlers").toEqual(Object.keys(ROUTES).sort());
  expect(build.pages.sort(), "pages").toEqual(Object.keys(PAGES).sort());
});

function targetsOf(entry: TCase): TTarget[] {
  return entry.targets === "both" ? ["own", "foreign"] : ["own"];
}

/** Public entries (sign-in, icons) only need to answer; everything else must match the table exactly. */
function matches(entry: TCase, outcome: TOutcome, want: TOutcome) {
  if (entry.allowed === "everyone") return !["not-found", "forbidden", "error"].includes(outcome);
  return outcome === want;
}

function actionCalls(): TCall[] {
  return [...build.actions.entries()].flatMap(([key, action]) => {
    const cases = ([] as TActionCase[]).concat(ACTIONS[key] ?? []);
    return cases.flatMap((entry) => targetsOf(entry).flatMap((target) => PERSONAS.map((persona) => ({
      key: `${key}${entry.label ? ` (${entry.label})` : ""}`, persona, target, expected: expected(entry, persona, target), writes: entry.writes, entry,
      run: async (w: TWorld): Promise<TReply> => {
        let client = w.clients[persona];
        if (entry.fresh === "session" && persona !== "anonymous") {
          client = new MatrixClient(w.baseUrl);
          await client.signIn(w.emails[persona], PASSWORD);
        }
        const reply = await client.call(pagePathOf(action.workers[0]!, w, target), action.id, entry.args(w, target, persona));
        // The sign-in form answers with its own state ({ error }), not an action result.
        const state = reply.data as { error?: unknown } | undefined;
        return key.endsWith("#loginAction") && state && typeof state.error === "string" ? { ...reply, outcome: "allowed" } : reply;
      },
    }))));
  });
}

function requestCalls(): TCall[] {
  const routeCalls = Object.entries(ROUTES).flatMap(([key, methods]) => Object.entries(methods).map(([method, entry]) => ({ key: `${key} ${method}`, entry })));
  const pageCalls = Object.entries(PAGES).map(([key, entry]) => ({ key, entry }));
  return [...routeCalls, ...pageCalls].flatMap(({ key, entry }: { key: string; entry: TRequestCase }) =>
    targetsOf(entry).flatMap((target) => PERSONAS.map((persona) => ({
      key, persona, target, expected: expected(entry, persona, target), writes: entry.writes, entry,
      run: (w: TWorld) => {
        const { method, path, body, headers } = entry.call(w, target);
        return w.clients[persona].request(method, path, { body, headers });
      },
    }))));
}

/** Runs calls a few at a time and returns every call whose outcome differs from the table. */
async function runAll(calls: (TCall & { entry: TCase })[]) {
  const mismatches: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]!;
      const reply = await call.run(world).catch((error: unknown) => ({ outcome: "error" as const, status: 0, detail: String(error) }));
      if (!matches(call.entry, reply.outcome, call.expected)) {
        mismatches.push(`${call.key} as ${call.persona} on ${call.target}: expected ${call.expected}, got ${reply.outcome} (${reply.status} ${reply.detail.replace(/\s+/g, " ").slice(0, 160)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return mismatches.sort();
}

test("every call is allowed or refused as the policy says, and refused writes leave no trace", async () => {
  const calls = [...actionCalls(), ...requestCalls()] as (TCall & { entry: TCase })[];
  // The installation's admin may write on the other agency's records: those calls come after the
  // check that nobody else changed them.
  const foreignWrites = calls.filter((c) => c.target === "foreign" && c.writes && c.expected === "allowed");
  const first = calls.filter((c) => !foreignWrites.includes(c));
  const before = await snapshotForeign(server.db);
  const since = new Date();

  const mismatches = await runAll(first);
  expect(await snapshotForeign(server.db), "the other agency's records after every refused call").toEqual(before);
  // People who may write nothing on these records left no audit event anywhere.
  expect(await writtenBy(server.db, ["matrix-tpi-lain", "matrix-pimpinan-jabar", "user-pimpinan-sulsel"], since)).toEqual([]);
  mismatches.push(...(await runAll(foreignWrites)));

  test.info().annotations.push({ type: "calls", description: `${calls.length} calls (${first.length} before the foreign snapshot check)` });
  if (mismatches.length) console.log(server.log());
  expect(mismatches, `${mismatches.length} of ${calls.length} calls differ from the policy`).toEqual([]);
  expect(calls.length).toBeGreaterThan(500);
});

test("a route handler answers only the methods the table describes (405 for the others)", async () => {
  const anonymous = world.clients.anonymous;
  const extra: string[] = [];
  for (const [route, methods] of Object.entries(ROUTES)) {
    const sample = Object.values(methods)[0]!.call(world, "own");
    for (const method of PROBED_METHODS.filter((m) => !(m in methods))) {
      const reply = await anonymous.request(method, sample.path.split("?")[0]!);
      if (reply.status !== 405) extra.push(`${route} ${method}: ${reply.status}`);
    }
  }
  expect(extra, "methods answered that the table does not describe").toEqual([]);
});

test("the assignment board shows an agency's admin only its own periods and evaluators", async () => {
  const board = await world.clients.agencyAdmin.request("GET", "/admin/penugasan");
  expect(board.status).toBe(200);
  const html = board.fullBody ?? "";
  expect(html).toContain("Pembangunan Zona Integritas 2026");
  expect(html).toContain("Budi Evaluator TPI");
  for (const foreign of ["Zona Integritas BPS 2026", "Eko Evaluator BPS", "tpi.bps@zi.demo"]) expect(html, foreign).not.toContain(foreign);
  const all = (await world.clients.installationAdmin.request("GET", "/admin/penugasan?periode=period-2026-bps")).fullBody ?? "";
  expect(all).toContain("Eko Evaluator BPS");
  expect(all).not.toContain("Budi Evaluator TPI");
});
