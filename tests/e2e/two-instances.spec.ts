import { createHash } from "node:crypto";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { actionId, HttpSession } from "@/tests/bench/support/http-session";
import { startAppInstance, startSystemDatabase, type TAppInstance } from "@/tests/support/app-instance";
import { s3Env } from "@/tests/support/backup-helpers";
import { samplePdf } from "@/tests/support/evidence-files";
import { startLocalS3, type TLocalS3 } from "@/tests/support/s3-server";
import { query } from "@/tests/support/sql";
import { uploadFile, uploadPath } from "@/tests/support/system-uploads";
import { expectSaved, item, signIn } from "./support";

// Two app instances behind one (imagined) load balancer: one PostgreSQL, one S3 object store,
// the same AUTH_SECRET. A user's requests land on either instance; what one instance saved, the
// other shows, and a sign-out on one must end the session on both.

test.describe.configure({ mode: "serial", timeout: 180_000 });

const ASSESSMENT = "asm-2026-kejari-bantaeng";
const AREA_PAGE = `/lke/${ASSESSMENT}/A.I.1`;
let db: Awaited<ReturnType<typeof startSystemDatabase>>;
let s3: TLocalS3;
let a: TAppInstance;
let b: TAppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  db = await startSystemDatabase();
  s3 = await startLocalS3("bukti-bersama");
  [a, b] = await Promise.all([startAppInstance({ DATABASE_URL: db.url, ...s3Env(s3) }), startAppInstance({ DATABASE_URL: db.url, ...s3Env(s3) })]);
});
test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await s3?.stop();
  await db?.stop();
});

/** A browser context on one instance, with the locale the app is used in. */
const contextOn = (browser: Browser, instance: TAppInstance) =>
  browser.newContext({ baseURL: instance.baseUrl, locale: "id-ID", timezoneId: "Asia/Jakarta" });

/** An HTTP client carrying the browser's cookies (the same session), talking to `instance`. */
async function sessionOf(context: BrowserContext, instance: TAppInstance) {
  const session = new HttpSession(instance.baseUrl);
  for (const cookie of await context.cookies()) session.cookies.set(cookie.name, cookie.value);
  return session;
}

test("a save on one instance is seen on the other, files included, and a stale save is refused there", async ({ browser }) => {
  const context = await contextOn(browser, a);
  const onA = await context.newPage();
  await signIn(onA, "anggota@zi.demo");
  await onA.goto(AREA_PAGE);
  await item(onA, "A.I.1.1.a").getByLabel("Ya").check();
  await item(onA, "A.I.1.1.a").getByLabel("Bukti dukung (uraian)").fill("SK Tim Kerja, disimpan lewat instance A");
  await expectSaved(onA, "A.I.1.1.a");

  // The same browser (cookies are per host, not per port) on instance B.
  const onB = await context.newPage();
  await onB.goto(`${b.baseUrl}${AREA_PAGE}`);
  await expect(item(onB, "A.I.1.1.a").getByLabel("Ya")).toBeChecked();
  await expect(item(onB, "A.I.1.1.a").getByLabel("Bukti dukung (uraian)")).toHaveValue("SK Tim Kerja, disimpan lewat instance A");

  // A file uploaded through A is served by B, byte for byte (one object store).
  const [{ id: itemId }] = (await query<{ id: string }>(db.url, `SELECT id FROM "CatalogueItem" WHERE code = 'A.I.1.1.a'`)) as [{ id: string }];
  const pdf = samplePdf("SK Tim Kerja");
  const uploaded = await uploadFile(await sessionOf(context, a), uploadPath(ASSESSMENT, itemId), pdf, "SK Tim Kerja.pdf");
  expect(uploaded.status).toBe(201);
  const evidenceId = uploaded.body.data!.evidence.id;
  const download = await fetch(`${b.baseUrl}/api/bukti/${evidenceId}`, { headers: { Cookie: (await sessionOf(context, b)).cookieHeader() } });
  expect(download.status).toBe(200);
  const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
  expect(sha(new Uint8Array(await download.arrayBuffer()))).toBe(sha(pdf));

  // Conflict protection holds across instances: a save on B still based on version 0 is refused
  // and shows what A saved.
  const stale = await (await sessionOf(context, b)).action<{ ok: boolean; code?: string; current?: { narrative: string } }>(
    AREA_PAGE, actionId("saveAnswerAction"), [{ assessmentId: ASSESSMENT, itemId, expectedVersion: 0, answer: { optionKey: "TIDAK" }, narrative: "ditimpa?" }],
  );
  expect(stale).toMatchObject({ ok: false, code: "CONFLICT", current: { narrative: "SK Tim Kerja, disimpan lewat instance A" } });
  await context.close();
});

// Sessions are rows of the Session table: a sign-out on one instance deletes the row every instance checks.
test("a sign-out on one instance ends the session on both", async ({ browser }) => {
  const context = await contextOn(browser, a);
  const page = await context.newPage();
  await signIn(page, "anggota@zi.demo");
  // What another tab or a copied cookie would still hold after the sign-out.
  const held = await context.cookies();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);

  for (const instance of [b, a]) {
    const elsewhere = await contextOn(browser, instance);
    await elsewhere.addCookies(held);
    const other = await elsewhere.newPage();
    await other.goto(AREA_PAGE);
    await expect(other, instance.baseUrl).toHaveURL(/\/masuk/);
    const session = await sessionOf(elsewhere, instance);
    const saved = await session.action<{ ok: boolean; code?: string }>(AREA_PAGE, actionId("saveAnswerAction"), [
      { assessmentId: ASSESSMENT, itemId: "x", expectedVersion: 0, answer: { optionKey: "YA" }, narrative: "" },
    ]);
    expect(saved).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await elsewhere.close();
  }
  await context.close();
});
