import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { pickTemplate } from "@/lib/plan-templates/pick-template";
import { getTemplate, listCopyablePlans } from "@/lib/plan-templates/queries";
import { PageHeading } from "@/components/admin/page-heading";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { CopyPlanForm } from "@/components/plan-templates/copy-plan-form";
import { TemplateIndicator } from "@/components/plan-templates/template-indicator";

export const metadata: Metadata = { title: "Templat rencana aksi" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function PlanTemplatePage({ searchParams }: { searchParams: TSearch }) {
  const query = await searchParams;
  const user = await requireUser();
  const { agencies, versions, agency, versionId } = await orNotFound(() => pickTemplate(user, { agencyId: one(query.instansi), versionId: one(query.katalog) }));
  const [template, copyable] = await Promise.all([getTemplate(agency, versionId), listCopyablePlans(agency, versionId)]);
  return (
    <div className="space-y-6">
      <PageHeading title="Templat rencana aksi"
        description={`Rencana aksi bawaan ${agency.name} per indikator: unit dapat memulai rencana aksinya dari templat ini lalu menyesuaikan penanggung jawab dan tanggalnya.`} />
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Pilih templat">
        <div>
          <label htmlFor="instansi" className="font-medium">Instansi</label>
          <select id="instansi" name="instansi" defaultValue={agency.id} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="katalog" className="font-medium">Katalog LKE</label>
          <select id="katalog" name="katalog" defaultValue={versionId} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {versions.map((v) => <option key={v.id} value={v.id}>{v.label}</option>)}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>Tampilkan</button>
      </form>
      <CopyPlanForm agencyId={agency.id} plans={copyable} />
      <p className="text-sm text-slate-700" data-testid="template-total">{template.stepCount ? `${template.stepCount} langkah aksi dalam templat.` : "Templat masih kosong."}</p>
      {template.areas.map((area) => (
        <details key={area.code} className="rounded-md border border-slate-200 bg-white p-3" open={area.indicators.some((i) => i.steps.length > 0)}>
          <summary className="cursor-pointer font-semibold">
            {area.code} {area.title} ({area.indicators.reduce((n, i) => n + i.steps.length, 0)} langkah)
          </summary>
          <ul className="mt-2">
            {area.indicators.map((indicator) => <TemplateIndicator key={indicator.nodeId} agencyId={agency.id} indicator={indicator} />)}
          </ul>
        </details>
      ))}
    </div>
  );
}
