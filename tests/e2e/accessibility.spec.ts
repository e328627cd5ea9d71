import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// axe-core on the main page of every role, on a desktop and a 360 px phone: no violation of
// WCAG 2.2 level A or AA (contrast, labels, landmarks, names, ...).

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [1280, 360];

type TRole = { role: string; email: string | null; paths: string[]; landsOn?: RegExp };

const ROLES: TRole[] = [
  { role: "anonymous (sign-in page)", email: null, paths: ["/masuk"] },
  { role: "unit member", email: "anggota@zi.demo", paths: ["/", "/lke/asm-2026-kejari-bantaeng/publikasi", "/lke/asm-2026-kejari-bantaeng/publikasi/pratinjau"], landsOn: /\/lke\/asm-2026-kejari-bantaeng$/ },
  { role: "unit head", email: "kepala@zi.demo", paths: ["/"], landsOn: /\/lke\/asm-2026-kejari-bantaeng$/ },
  { role: "evaluator", email: "tpi@zi.demo", paths: ["/"], landsOn: /\/evaluasi$/ },
  { role: "leader", email: "pimpinan@zi.demo", paths: ["/", "/dasbor/unit"], landsOn: /\/dasbor$/ },
  { role: "regional leader", email: "pimpinan.sulsel@zi.demo", paths: ["/", "/dasbor/unit"], landsOn: /\/dasbor$/ },
  { role: "admin", email: "admin@zi.demo", paths: ["/", "/admin/periode"] },
  { role: "unit member, rencana aksi", email: "anggota.makassar@zi.demo", paths: ["/lke/asm-2026-kejari-makassar/rencana-aksi", "/lke/asm-2026-kejari-makassar/rencana-aksi/monev"] },
  { role: "pimpinan PEKPPP", email: "walikota@zi.demo", paths: ["/dasbor/pekppp"] },
  { role: "evaluator PEKPPP", email: "evaluator.pekppp@zi.demo", paths: ["/evaluasi/asm-pekppp-2026-dpmptsp/pekppp"] },
];

/** One line per failing element, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help}`));
}

for (const { role, email, paths, landsOn } of ROLES) {
  test(`${role}: main page without WCAG 2.2 AA violations at ${WIDTHS.join(" and ")} px`, async ({ page }) => {
    if (email) await signIn(page, email);
    for (const path of paths) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        if (path === "/" && landsOn) await expect(page).toHaveURL(landsOn);
        await expect(page.getByRole("main")).toBeVisible();
        expect(await violations(page), `${path} at ${width} px`).toEqual([]);
      }
    }
  });
}
