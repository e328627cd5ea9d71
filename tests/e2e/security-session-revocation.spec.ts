import { expect, test, type Page, type Request } from "@playwright/test";
import { expectSaved, item, signIn } from "./support";

// Sign-out ends the session on the server: a copy of the old cookie (a shared computer, a stolen
// one) can neither open pages nor save answers, although it is still validly signed.

const AREA = "/lke/asm-2026-kejari-bantaeng/A.I.6";
const CODE = "A.I.6.1.b";
const EXPIRED = "Sesi Anda telah berakhir. Silakan masuk kembali.";

/** The autosave request the page sends while the narrative is typed. */
async function typeNarrative(page: Page, text: string): Promise<Request> {
  const sent = page.waitForRequest((r) => r.method() === "POST" && "next-action" in r.headers() && (r.postData() ?? "").includes(text));
  await item(page, CODE).getByLabel("Bukti dukung (uraian)").fill(text);
  const request = await sent;
  await expectSaved(page, CODE);
  return request;
}

/** The same server action call, with another narrative and the version now stored. */
function replay(request: Request, narrative: string, expectedVersion: number) {
  const [args] = JSON.parse(request.postData()!) as [Record<string, unknown>];
  return {
    headers: { "next-action": request.headers()["next-action"]!, "content-type": "text/plain;charset=UTF-8", origin: new URL(request.url()).origin },
    data: JSON.stringify([{ ...args, narrative, expectedVersion }]),
  };
}

test("after sign-out the old cookie opens no page and saves nothing", async ({ page, browser, baseURL }) => {
  await signIn(page, "anggota2@zi.demo");
  await page.goto(AREA);
  const sent = await typeNarrative(page, "Uraian sebelum keluar");
  const stored = (JSON.parse(sent.postData()!) as [{ expectedVersion: number }])[0].expectedVersion + 1;

  // Control: the replayed call is accepted while the session lives, so the refusal below is the session's.
  const live = await page.request.post(sent.url(), replay(sent, "Uraian lewat permintaan ulang", stored));
  expect(await live.text()).toContain('"ok":true');

  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);

  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(cookies);
  const tab = await copy.newPage();
  await tab.goto(AREA);
  await expect(tab).toHaveURL(/\/masuk/);
  const replayed = await copy.request.post(sent.url(), replay(sent, "Uraian dari cookie lama", stored + 1));
  expect(replayed.status()).toBe(200);
  expect(await replayed.text()).toContain(EXPIRED);
  await copy.close();

  // Nothing changed: the narrative is the last one saved with a live session.
  await signIn(page, "anggota2@zi.demo");
  await page.goto(AREA);
  await expect(item(page, CODE).getByLabel("Bukti dukung (uraian)")).toHaveValue("Uraian lewat permintaan ulang");
});

test("signing in again after sign-out gives a new session; the old one stays dead", async ({ page, browser, baseURL }) => {
  await signIn(page, "kepala@zi.demo");
  const old = await page.context().cookies();
  await page.getByRole("button", { name: "Keluar" }).click();
  await signIn(page, "kepala@zi.demo");
  await page.goto("/lke/asm-2026-kejari-bantaeng");
  await expect(page.getByTestId("total-score")).toBeVisible();

  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(old);
  const tab = await copy.newPage();
  await tab.goto("/lke/asm-2026-kejari-bantaeng");
  await expect(tab).toHaveURL(/\/masuk/);
  await copy.close();
});
