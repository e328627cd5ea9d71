import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support";
import { samplePdf } from "../support/evidence-files";

// Issue 13: nothing unpublished leaks from the public ZI page. Unpublished bukti dukung and
// unpublished (draft) statements are absent from the page's HTML and from its RSC payload, and
// every guessed file URL (unpublished evidence of the unit, another unit's, another period's,
// withdrawn, unknown) answers the same 404. Withdrawing takes effect at once. A survey's results
// are there only while the unit publishes them.

const BANTAENG_2026 = "asm-2026-kejari-bantaeng";
const BANTAENG_2025 = "asm-2025-kejari-bantaeng";
const PUBLIC_PAGE = "/zi/kejaksaan-negeri-bantaeng/2026";

/** Uploads a PDF through the LKE page and returns the new entry's id. */
async function uploadFile(page: Page, assessmentId: string, code: string, name: string): Promise<string> {
  await page.goto(`/lke/${assessmentId}/${code.split(".").slice(0, 3).join(".")}`);
  const panel = page.getByTestId(`evidence-${code}`);
  await panel.getByTestId(`file-input-${code}`).setInputFiles({ name, mimeType: "application/pdf", buffer: samplePdf(name) });
  const open = panel.getByTestId("evidence-entry").filter({ hasText: name.replace(/\.pdf$/, "") }).getByRole("link", { name: /^Buka/ });
  await expect(open).toBeVisible();
  return (await open.getAttribute("href"))!.split("/").pop()!.split("?")[0]!;
}

/** The public page as a signed-out visitor gets it: HTML, and the RSC payload a client navigation fetches. */
async function publicBodies(request: APIRequestContext, path = PUBLIC_PAGE) {
  const html = await request.get(path);
  expect(html.status()).toBe(200);
  const rsc = await request.get(path, { headers: { RSC: "1" } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  return { html: await html.text(), rsc: await rsc.text() };
}

async function toggle(page: Page, assessmentId: string, area: RegExp, button: string) {
  await page.goto(`/lke/${assessmentId}/publikasi`);
  await page.getByText(area).click();
  await page.getByRole("button", { name: button }).click();
  const opposite = button.startsWith("Publikasikan") ? button.replace("Publikasikan", "Tarik dari publikasi") : button.replace("Tarik dari publikasi", "Publikasikan");
  await expect(page.getByRole("button", { name: opposite })).toBeVisible();
}

test("unpublished evidence and statements are unreachable from the public page, its RSC payload and guessed file URLs", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, "anggota@zi.demo");
  const shownId = await uploadFile(page, BANTAENG_2026, "A.I.2.3.a", "Daftar informasi publik terbit.pdf");
  const hiddenId = await uploadFile(page, BANTAENG_2026, "A.I.2.3.a", "Telaah internal rahasia.pdf");

  // Publish one file and one statement; leave the other file and a draft statement unpublished.
  await toggle(page, BANTAENG_2026, /^Area 2:/, "Publikasikan: Daftar informasi publik terbit");
  const open = page.getByTestId("publish-A.I.2.3");
  await open.getByRole("textbox").fill("Pernyataan terbit: daftar informasi publik diperbarui setiap triwulan.");
  await open.getByRole("button", { name: "Simpan pernyataan" }).click();
  await open.getByRole("button", { name: /^Publikasikan: pernyataan/ }).click();
  await expect(open.getByRole("button", { name: /^Tarik dari publikasi: pernyataan/ })).toBeVisible();
  const draft = page.getByTestId("publish-A.I.2.2");
  await draft.getByRole("textbox").fill("RAHASIA-DRAF pernyataan SPBE yang belum siap.");
  await draft.getByRole("button", { name: "Simpan pernyataan" }).click();
  await expect(draft.getByRole("status")).toHaveText("Tersimpan");

  // Another unit's evidence (never published) gives an id to guess with.
  const bps = await browser.newContext({ baseURL });
  const bpsPage = await bps.newPage();
  await signIn(bpsPage, "anggota.bps@zi.demo");
  const otherUnitId = await uploadFile(bpsPage, "asm-2026-bps-makassar", "A.I.2.3.a", "Berkas unit lain.pdf");
  await bps.close();

  const visitor = await browser.newContext({ baseURL });
  const { html, rsc } = await publicBodies(visitor.request);
  for (const body of [html, rsc]) {
    expect(body).toContain("Daftar informasi publik terbit");
    expect(body).toContain("Pernyataan terbit: daftar informasi publik");
    expect(body).toContain(shownId);
    for (const secret of ["Telaah internal rahasia", hiddenId, "RAHASIA-DRAF", "Berkas unit lain", otherUnitId]) expect(body, secret).not.toContain(secret);
  }

  // Guessed file URLs: only the published one answers.
  expect((await visitor.request.get(`/api/publik/bukti/${shownId}`)).status()).toBe(200);
  for (const id of [hiddenId, otherUnitId, "tidak-ada", `${shownId}x`, encodeURIComponent(`../../bukti/${hiddenId}`)]) {
    const response = await visitor.request.get(`/api/publik/bukti/${id}`);
    expect({ id, status: response.status() }).toEqual({ id, status: 404 });
    expect(await response.text()).toBe("Berkas tidak ditemukan.");
  }
  // The signed-in download route stays closed to visitors too, published or not.
  expect((await visitor.request.get(`/api/bukti/${shownId}`)).status()).toBe(404);
  // Pages of units that published nothing, and years without an LKE, are 404.
  for (const path of ["/zi/kejaksaan-negeri-makassar/2026", "/zi/kejaksaan-negeri-bantaeng/2024", "/zi/kejaksaan-negeri-bantaeng/abc"]) {
    expect({ path, status: (await visitor.request.get(path)).status() }).toEqual({ path, status: 404 });
  }

  // Another period: last year's file is public (the seed published it) until it is withdrawn.
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(PUBLIC_PAGE);
  const lastYearHref = (await visitorPage.getByRole("link", { name: "SK Tim Kerja ZI 2025.pdf" }).getAttribute("href"))!;
  const lastYearId = lastYearHref.split("/").pop()!;
  expect((await visitor.request.get(lastYearHref)).status()).toBe(200);
  await toggle(page, BANTAENG_2025, /^Area 1:/, "Tarik dari publikasi: SK Tim Kerja ZI 2025.pdf");
  const after = await publicBodies(visitor.request);
  for (const body of [after.html, after.rsc]) {
    expect(body).not.toContain("SK Tim Kerja ZI 2025.pdf");
    expect(body).not.toContain(lastYearId);
  }
  expect((await visitor.request.get(lastYearHref)).status()).toBe(404);

  // The signed-in preview shows exactly the public content.
  await page.goto(`/lke/${BANTAENG_2026}/publikasi/pratinjau`);
  await expect(page.getByRole("link", { name: "Daftar informasi publik terbit.pdf" })).toBeVisible();
  for (const secret of ["Telaah internal rahasia", "RAHASIA-DRAF", "SK Tim Kerja ZI 2025.pdf"]) await expect(page.getByText(secret)).toHaveCount(0);

  // Published again: back on the page and downloadable (the demo stays as seeded).
  await toggle(page, BANTAENG_2025, /^Area 1:/, "Publikasikan: SK Tim Kerja ZI 2025.pdf");
  expect((await visitor.request.get(lastYearHref)).status()).toBe(200);
  expect((await publicBodies(visitor.request)).html).toContain("SK Tim Kerja ZI 2025.pdf");
  await visitor.close();
});

// The demo seeds Bantaeng's 2025 SPAK survey (24 responses) with its results published.
const PUBLIC_PAGE_2025 = "/zi/kejaksaan-negeri-bantaeng/2025";
const SPAK_QUESTION = "Tidak ada penerimaan imbalan uang/barang/fasilitas di luar ketentuan";

test("a survey's results are on the public page only while published: not in the HTML nor the RSC payload once withdrawn", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, "anggota@zi.demo");
  await page.goto(`/lke/${BANTAENG_2025}/survei`);
  await page.getByRole("link", { name: "Survei Persepsi Anti Korupsi (SPAK)" }).click();
  const state = page.getByTestId("results-publication-state");
  await expect(state).toHaveText(/^Dipublikasikan .* dengan 24 responden\.$/);
  const index = (await page.getByTestId("survey-index").textContent())!.trim();
  const formSlug = (await page.getByTestId("survey-url").textContent())!.trim().split("/").pop()!;

  // Published: the same index as the unit sees, the count, the questions; not the respondents' form address.
  const visitor = await browser.newContext({ baseURL });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(PUBLIC_PAGE_2025);
  const card = visitorPage.getByTestId("public-survey-SPAK-2021");
  await expect(card.getByTestId("public-survey-index")).toHaveText(index);
  await expect(card.getByTestId("public-survey-respondents")).toHaveText("24");
  const shown = await publicBodies(visitor.request, PUBLIC_PAGE_2025);
  for (const body of [shown.html, shown.rsc]) {
    expect(body).toContain(SPAK_QUESTION);
    expect(body).not.toContain(formSlug);
  }

  // Withdrawn: gone from the HTML and the RSC payload at once.
  await page.getByRole("button", { name: "Tarik dari publikasi" }).click();
  await expect(state).toHaveText("Belum dipublikasikan.");
  const hidden = await publicBodies(visitor.request, PUBLIC_PAGE_2025);
  for (const body of [hidden.html, hidden.rsc]) {
    for (const secret of [SPAK_QUESTION, "public-survey-SPAK-2021", "Survei Persepsi Anti Korupsi"]) expect(body, secret).not.toContain(secret);
  }
  expect(hidden.html).toContain("Belum ada hasil survei yang dipublikasikan.");

  // Published again (a deliberate act, confirmed): back on the page; the demo stays as seeded.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Publikasikan hasil" }).click();
  await expect(state).toHaveText(/^Dipublikasikan /);
  expect((await publicBodies(visitor.request, PUBLIC_PAGE_2025)).html).toContain(SPAK_QUESTION);
  await visitor.close();
});
