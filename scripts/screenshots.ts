/**
 * Takes the README's screenshots from a running app with the demo data:
 *   npm run app            (in one terminal)
 *   npm run screenshots    (in another; BASE_URL defaults to http://localhost:3000)
 * Writes public/screenshots/*.png. A page that fails to load stops the script with its name.
 */
import { chromium, type Browser, type Page } from "@playwright/test";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const PASSWORD = "demo12345";
const OUT = "public/screenshots";

/** `email` absent: a public page, taken signed out. `path` may be found on the page first (a slug). */
type TShot = { file: string; email?: string; path: string | ((page: Page) => Promise<string>); width?: number; fullPage?: boolean };

/** The first unit listed on the public ZI index (its slug is made when the unit publishes). */
async function firstPublicPage(page: Page): Promise<string> {
  await page.goto(`${BASE_URL}/zi`);
  const href = await page.locator('main a[href^="/zi/"]').first().getAttribute("href");
  if (!href) throw new Error("no public ZI page is published in the demo data");
  return href;
}

const SHOTS: TShot[] = [
  { file: "lke-overview.png", email: "anggota.makassar@zi.demo", path: "/lke/asm-2026-kejari-makassar" },
  { file: "worksheet.png", email: "anggota.makassar@zi.demo", path: "/lke/asm-2026-kejari-makassar/lembar-kerja" },
  { file: "area-phone.png", email: "anggota.makassar@zi.demo", path: "/lke/asm-2026-kejari-makassar/A.I.1", width: 360 },
  { file: "review-final.png", email: "tpi2@zi.demo", path: "/evaluasi/asm-2025-kejari-bantaeng" },
  { file: "dashboard.png", email: "pimpinan@zi.demo", path: "/dasbor" },
  { file: "publishing.png", email: "anggota@zi.demo", path: "/lke/asm-2026-kejari-bantaeng/publikasi" },
  { file: "public-page.png", path: firstPublicPage },
  { file: "surveys.png", email: "anggota@zi.demo", path: "/lke/asm-2025-kejari-bantaeng/survei" },
  { file: "pekppp-dashboard.png", email: "walikota@zi.demo", path: "/dasbor/pekppp" },
  { file: "unit-tree.png", email: "admin@zi.demo", path: "/admin/unit" },
  { file: "agencies.png", email: "admin@zi.demo", path: "/admin/instansi/daftar" },
];

async function signIn(page: Page, email: string) {
  await page.goto(`${BASE_URL}/masuk`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
}

async function take(browser: Browser, shot: TShot) {
  const width = shot.width ?? 1280;
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, locale: "id-ID" });
  const page = await context.newPage();
  if (shot.email) await signIn(page, shot.email);
  const target = typeof shot.path === "string" ? shot.path : await shot.path(page);
  const response = await page.goto(`${BASE_URL}${target}`, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${shot.file}: ${target} answered ${response?.status()}`);
  await page.screenshot({ path: `${OUT}/${shot.file}`, fullPage: shot.fullPage ?? false });
  await context.close();
  console.log(`${OUT}/${shot.file}`);
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    for (const shot of SHOTS) await take(browser, shot);
  } finally {
    await browser.close();
  }
}

void main();
