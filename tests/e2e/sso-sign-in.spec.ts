import { expect, test } from "@playwright/test";
import { freePort } from "@/scripts/lib/embedded-db.mjs";
import { startAppInstance, startSystemDatabase, type TAppInstance } from "@/tests/support/app-instance";
import { OIDC_CLIENT, startOidcServer, type TOidcServer } from "@/tests/support/oidc-server";
import { query } from "@/tests/support/sql";

// Single sign-on against a real OpenID Connect provider: an app instance configured by the
// AUTH_OIDC_* variables, the provider's own sign-in pages in the browser. The verified email signs
// in as the demo account with it and nothing more; an unknown email is refused in Indonesian.

test.describe.configure({ mode: "serial", timeout: 180_000 });

let db: Awaited<ReturnType<typeof startSystemDatabase>>;
let app: TAppInstance;
let idp: TOidcServer;
/**
 * The app as the browser opens it. Next.js reports a request to 127.0.0.1 as one to localhost in
 * route handlers (not in server actions): one name on both sides keeps the redirect URI the same.
 */
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  db = await startSystemDatabase();
  const idpPort = await freePort();
  app = await startAppInstance({
    DATABASE_URL: db.url, AUTH_OIDC_ISSUER: `http://127.0.0.1:${idpPort}/`, AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.clientId,
    AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT.clientSecret, AUTH_OIDC_NAME: "SSO Kejaksaan",
  });
  origin = app.baseUrl.replace("127.0.0.1", "localhost");
  idp = await startOidcServer(idpPort, `${origin}/api/auth/callback/oidc`, {
    andi: { email: "Anggota@zi.demo", email_verified: true, name: "Andi di SSO" },
    tamu: { email: "tamu@kejaksaan.go.id", email_verified: true, name: "Tamu" },
  });
});
test.afterAll(async () => {
  await app?.stop();
  await idp?.stop();
  await db?.stop();
});

async function signInAtProvider(page: import("@playwright/test").Page, login: string) {
  await page.goto(`${origin}/masuk`);
  await page.getByRole("button", { name: "Masuk dengan SSO Kejaksaan" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("sandi-di-penyedia");
  await page.locator('button[type="submit"]').click();
  // The provider's consent page.
  await page.locator('button[type="submit"]').click();
}

test("the provider's verified email signs in as the existing account, with its roles only", async ({ page }) => {
  const roles = async () => (await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "RoleAssignment" WHERE "userId" = 'user-anggota'`))[0]!.n;
  const before = await roles();
  await signInAtProvider(page, "andi");
  // Andi's unit team member page: the unit's one LKE of the period.
  await expect(page).toHaveURL(/\/lke\/asm-2026-kejari-bantaeng$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kejaksaan Negeri Bantaeng");
  expect(await roles()).toBe(before);
  expect((await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "Session" WHERE "userId" = 'user-anggota'`))[0]!.n).toBe(1);
});

test("an email with no account is refused with a clear message, and no account appears", async ({ page }) => {
  await signInAtProvider(page, "tamu");
  await expect(page).toHaveURL(/\/masuk\?sso=no-account/);
  await expect(page.getByRole("alert").filter({ hasText: "Email akun SSO Anda tidak terdaftar sebagai pengguna aktif aplikasi ini." })).toBeVisible();
  expect((await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "User" WHERE "email" = 'tamu@kejaksaan.go.id'`))[0]!.n).toBe(0);
});
