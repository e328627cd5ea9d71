import "server-only";
import { once } from "node:events";
import { ZipArchive, type Archiver } from "archiver";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { dashboardUnitWhere, type TDashboardAccess } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { lkeFileName, regionZipName } from "@/lib/workbook/file-names";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";

export type TRegionZip = { fileName: string; unitCount: number; archive: Archiver };

/**
 * Every LKE of a region (a unit and its subtree) in one period as a zip, for leaders and admins
 * whose dashboard scope holds the region (404 otherwise). Workbooks are built one at a time and
 * the next only once the previous left for the client: memory stays flat for hundreds of units.
 */
export async function openRegionZip(access: TDashboardAccess, periodId: string | undefined, regionId: string, baseUrl: string): Promise<TRegionZip> {
  const context = await getDashboardContext(access, periodId);
  if (!isReady(context)) throw new NotFoundError("Belum ada periode penilaian.");
  const visible = dashboardUnitWhere(access);
  const region = await prisma.unit.findFirst({ where: { AND: [visible, { id: regionId, agencyId: context.period.agencyId }] }, select: { name: true, path: true } });
  if (!region) throw new NotFoundError("Wilayah tidak ditemukan.");
  const assessments = await prisma.assessment.findMany({
    where: { periodId: context.period.id, unit: { AND: [visible, { path: { startsWith: region.path } }] } },
    orderBy: { unit: { name: "asc" } },
    select: { id: true, unit: { select: { code: true, name: true } } },
  });
  // Stored, not deflated: an XLSX is already a zip.
  const archive = new ZipArchive({ store: true });
  void fill(archive, assessments, async (id) => lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(access.user, id, "assessment.read"), baseUrl)), context.period.year);
  return { fileName: regionZipName(region.name, context.period.year), unitCount: assessments.length, archive };
}

type TEntry = { id: string; unit: { code: string; name: string } };

async function fill(archive: Archiver, entries: TEntry[], build: (id: string) => Promise<Buffer>, year: number) {
  const stopped = new Promise<never>((_, reject) => {
    archive.once("close", () => reject(new Error("client went away")));
    archive.once("error", reject);
  });
  stopped.catch(() => undefined);
  try {
    for (const entry of entries) {
      const buffer = await build(entry.id);
      archive.append(buffer, { name: `${entry.unit.code}-${lkeFileName(entry.unit.name, year)}` });
      // 'entry' fires once the workbook went into the zip stream, which waits for the client.
      await Promise.race([once(archive, "entry"), stopped]);
    }
    await archive.finalize();
  } catch (error) {
    if (!archive.destroyed) {
      console.error("[workbook] region zip failed", error);
      archive.abort();
    }
  }
}
