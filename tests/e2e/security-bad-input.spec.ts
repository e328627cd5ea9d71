import { expect, test } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

// Forged and malformed requests against the real server: each is refused with a 4xx and an
// Indonesian message (never a 500), and nothing changes.

const AREA = "/lke/asm-2026-kejari-bantaeng/A.I.6";
const CODE = "A.I.6.2.b";
const CONTROL = "Teks berisi karakter kontrol yang tidak diizinkan";

test("a narrative with a NUL character is refused with a message; the stored narrative stays", async ({ page }) => {
  await signIn(page, "anggota@zi.demo");
  await page.goto(AREA);
  const narrative = item(page, CODE).getByLabel("Bukti dukung (uraian)");
  const sent = page.waitForRequest((r) => r.method() === "POST" && (r.postData() ?? "").includes("Laporan survei"));
  await narrative.fill("Laporan survei kepuasan 2026");
  const request = await sent;
  await expectSaved(page, CODE);

  // The browser cannot type NUL: the same call, forged, with the version now stored.
  const [args] = JSON.parse(request.postData()!) as [{ expectedVersion: number }];
  const forged = JSON.stringify([{ ...args, expectedVersion: args.expectedVersion + 1, narrative: "Laporan\u0000survei" }]);
  const response = await page.request.post(request.url(), {
    headers: { "next-action": request.headers()["next-action"]!, "content-type": "text/plain;charset=UTF-8", origin: new URL(request.url()).origin },
    data: forged,
  });
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain('"code":"INVALID_INPUT"');
  expect(body).toContain(CONTROL);

  await page.reload();
  await expect(narrative).toHaveValue("Laporan survei kepuasan 2026");
});

test("malformed server action bodies, foreign origins and control characters in URLs get 4xx, never 500", async ({ page, baseURL }) => {
  await signIn(page, "anggota@zi.demo");
  const action = { "next-action": "40" + "0".repeat(40), origin: baseURL! };
  const cases: { name: string; path: string; headers?: Record<string, string>; data?: string; status: number; message: string }[] = [
    { name: "not JSON", path: AREA, headers: { ...action, "content-type": "text/plain" }, data: "bukan json", status: 400, message: "Permintaan tidak dapat dibaca" },
    { name: "a dangling reference", path: AREA, headers: { ...action, "content-type": "text/plain" }, data: '["$1"]', status: 400, message: "Permintaan tidak dapat dibaca" },
    { name: "broken multipart", path: AREA, headers: { ...action, "content-type": "multipart/form-data; boundary=zz" }, data: "sampah", status: 400, message: "Permintaan tidak dapat dibaca" },
    { name: "a form post from another site", path: "/masuk", headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=zz" }, data: "--zz--\r\n", status: 403, message: "tidak berasal dari halaman aplikasi ini" },
    { name: "an action from another site", path: AREA, headers: { ...action, origin: "https://evil.example", "content-type": "text/plain" }, data: "[]", status: 403, message: "tidak berasal dari halaman aplikasi ini" },
    { name: "NUL in the path", path: "/lke/%00", status: 400, message: "karakter kontrol" },
    { name: "NUL in a query", path: "/dasbor/unit?q=a%00", status: 400, message: "karakter kontrol" },
  ];
  for (const c of cases) {
    const response = c.data === undefined ? await page.request.get(c.path) : await page.request.post(c.path, { headers: c.headers, data: c.data });
    expect(response.status(), c.name).toBe(c.status);
    expect(await response.text(), c.name).toContain(c.message);
  }
  // The session and the app are unharmed.
  await page.goto("/lke/asm-2026-kejari-bantaeng");
  await expect(page.getByTestId("total-score")).toBeVisible();
});

test("a forged X-Forwarded-For does not dodge sign-in throttling", async ({ page }) => {
  // An address that exists nowhere else in the suite, so no other test is locked out.
  const email = "penebak@zi.demo";
  for (let i = 1; i <= 5; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i}`, "X-Real-IP": `203.0.113.${i}` });
    await page.goto("/masuk");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(`tebakan-${i}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  }
  // Five failures from this one machine, whatever the header claimed: the sixth is throttled.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.77" });
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("tebakan-6");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ menit\.$/);
});
