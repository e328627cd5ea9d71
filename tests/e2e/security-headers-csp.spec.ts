import { expect, test, type Page } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

// The main pages work under the nonce CSP: they hydrate, save, upload and draw charts, and the
// browser reports no CSP violation on any of them.

const LKE = "/lke/asm-2026-kejari-bantaeng";

/** Collects every CSP violation the page's documents report, from the event and the console. */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  return { violations, install: () => page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  }) };
}

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/masuk", { headers: { "X-Forwarded-Proto": "https" } });
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Plain HTTP, and X-Forwarded-Proto from a client is not believed without a trusted proxy.
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("sign-in, LKE overview, autosave and evidence upload run without CSP violations", async ({ page }) => {
  const { violations, install } = watchViolations(page);
  await install();
  await signIn(page, "anggota@zi.demo");
  await page.goto(LKE);
  await expect(page.getByTestId("total-score")).toBeVisible();

  await page.goto(`${LKE}/A.I.6`);
  await item(page, "A.I.6.1.c").getByRole("radio").first().check();
  await expectSaved(page, "A.I.6.1.c");

  const panel = page.getByTestId("evidence-A.I.6.1.c");
  await panel.getByTestId("file-input-A.I.6.1.c").setInputFiles({ name: "Reviu standar pelayanan.pdf", mimeType: "application/pdf", buffer: samplePdf("Reviu SP") });
  await expect(panel.getByTestId("evidence-title")).toContainText(["Reviu standar pelayanan.pdf"]);
  expect(violations).toEqual([]);
});

test("the dashboard with its charts and the evaluator's pages run without CSP violations", async ({ page }) => {
  const { violations, install } = watchViolations(page);
  await install();
  await signIn(page, "pimpinan@zi.demo");
  await page.goto("/dasbor");
  await expect(page.getByRole("heading", { name: "Sebaran nilai total" })).toBeVisible();
  await expect(page.locator("main svg").first()).toBeVisible();
  // Client-side navigation works: the scripts ran.
  await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Tabel unit" }).click();
  await expect(page).toHaveURL(/\/dasbor\/unit/);
  await page.getByRole("button", { name: "Keluar" }).click();

  await signIn(page, "tpi@zi.demo");
  await page.goto("/evaluasi");
  await page.goto("/evaluasi/asm-2026-kejari-makassar");
  await page.goto("/evaluasi/asm-2026-kejari-makassar/A.I.1");
  await expect(item(page, "A.I.1.1.a")).toBeVisible();
  await page.goto("/halaman-yang-tidak-ada");
  expect(violations).toEqual([]);
});
