import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { authorizeUnit } from "@/lib/access/unit-access";
import { getManagedUnit } from "@/lib/units/tree-queries";
import { PageHeading } from "@/components/admin/page-heading";
import { EditUnitForm } from "@/components/units/edit-unit-form";
import { MoveUnitForm } from "@/components/units/move-unit-form";
import { ConfirmActionButton } from "@/components/admin/confirm-action-button";
import { setUnitActiveAction } from "@/lib/units/actions";

export const metadata: Metadata = { title: "Ubah unit" };

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const user = await requireUser();
  const unit = await orNotFound(async () => getManagedUnit(await authorizeUnit(user, unitId, "unit.manage")));
  return (
    <div className="space-y-8">
      <PageHeading title={unit.name} back={{ href: `/admin/unit?instansi=${unit.agency.id}`, label: "Unit" }}
        description={`${unit.agency.name}${unit.parent ? ` · di bawah ${unit.parent.name}` : " · unit teratas"} · ${unit.active ? "aktif" : "nonaktif"} · ${unit._count.assessments} LKE, ${unit._count.roles} peran`} />
      <section aria-labelledby="data-unit" className="space-y-3">
        <h2 id="data-unit" className="text-lg font-semibold">Data unit</h2>
        <EditUnitForm unit={{ unitId: unit.id, code: unit.code, name: unit.name, level: unit.level, region: unit.region, district: unit.district ?? "", timeZone: unit.timeZone as "Asia/Jakarta" }} />
      </section>
      {unit.parentId ? (
        <section aria-labelledby="pindah-unit" className="space-y-3">
          <h2 id="pindah-unit" className="text-lg font-semibold">Pindahkan</h2>
          <MoveUnitForm unitId={unit.id} parentId={unit.parentId} parents={unit.parents} />
        </section>
      ) : null}
      {unit.parentId ? (
        <section aria-labelledby="status-unit" className="space-y-3">
          <h2 id="status-unit" className="text-lg font-semibold">Status</h2>
          <ConfirmActionButton action={setUnitActiveAction} input={{ unitId: unit.id, active: !unit.active }}
            label={unit.active ? "Nonaktifkan unit" : "Aktifkan kembali"}
            confirm={unit.active ? `Nonaktifkan ${unit.name}? Riwayatnya tetap tersimpan, tetapi unit ini tidak dapat diikutkan pada periode baru atau diberi peran baru.` : undefined} />
        </section>
      ) : null}
    </div>
  );
}
