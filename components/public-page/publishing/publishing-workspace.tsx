import Link from "next/link";
import type { TPublishingWorkspace, TWorkspaceIndicator } from "@/lib/public-pages/workspace";
import { SERVICE_KIND_LABELS } from "@/lib/public-pages/schemas";
import { formatDateTimeIn } from "@/lib/format";
import { PublishToggle } from "@/components/public-page/publishing/publish-toggle";
import { StatementEditor } from "@/components/public-page/publishing/statement-editor";
import { ServiceEntryForm } from "@/components/public-page/publishing/service-entry-form";
import { DeleteServiceEntry } from "@/components/public-page/publishing/delete-service-entry";

function IndicatorPublishing({ assessmentId, indicator, timeZone }: { assessmentId: string; indicator: TWorkspaceIndicator; timeZone: string }) {
  return (
    <li className="space-y-3 rounded-md border border-slate-200 bg-white p-3" data-testid={`publish-${indicator.code}`}>
      <h4 className="font-medium"><span className="text-slate-600">{indicator.code}</span> {indicator.title}</h4>
      {indicator.takesStatement ? <StatementEditor assessmentId={assessmentId} nodeId={indicator.nodeId} title={indicator.title} statement={indicator.statement} /> : null}
      {indicator.evidence.length ? (
        <ul className="space-y-2 text-sm" aria-label={`Bukti dukung ${indicator.title}`}>
          {indicator.evidence.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-2">
              <span>
                {e.title} <span className="text-slate-600">({e.kind === "FILE" ? "berkas" : "tautan"}, butir {e.itemCode})</span>
                {e.published && e.publishedAt ? <span className="block text-xs text-slate-600">Dipublikasikan {formatDateTimeIn(e.publishedAt, timeZone)}{e.publishedBy ? ` oleh ${e.publishedBy}` : ""}</span> : null}
              </span>
              <PublishToggle target={{ type: "evidence", evidenceId: e.id }} published={e.published} label={e.title} />
            </li>
          ))}
        </ul>
      ) : <p className="text-sm text-slate-600">Belum ada bukti dukung pada indikator ini.</p>}
    </li>
  );
}

/** What the unit publishes: statements and bukti dukung per indicator, and service information. */
export function PublishingWorkspace({ assessmentId, workspace, timeZone }: { assessmentId: string; workspace: TPublishingWorkspace; timeZone: string }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="layanan" className="space-y-3">
        <h2 id="layanan" className="text-lg font-semibold">Informasi pelayanan</h2>
        {workspace.services.length ? (
          <ul className="space-y-2">
            {workspace.services.map((s) => (
              <li key={s.id} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
                <span>
                  <span className="font-medium">{s.title}</span> <span className="text-slate-600">({SERVICE_KIND_LABELS[s.kind]}{s.hasPhoto ? ", dengan foto" : ""})</span>
                  <span className="block whitespace-pre-line">{s.body}</span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <PublishToggle target={{ type: "service", entryId: s.id }} published={s.published} label={s.title} />
                  <DeleteServiceEntry entryId={s.id} title={s.title} />
                </span>
              </li>
            ))}
          </ul>
        ) : <p className="text-sm text-slate-600">Belum ada informasi pelayanan.</p>}
        <ServiceEntryForm assessmentId={assessmentId} />
      </section>
      {workspace.areas.map((area) => (
        <details key={area.key} className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <summary className="cursor-pointer text-lg font-semibold">{area.title}</summary>
          <div className="mt-3 space-y-4">
            {area.groups.map((group) => (
              <section key={group.label} aria-label={`${area.title}, ${group.label}`} className="space-y-2">
                <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-700">{group.label}</h3>
                <ul className="space-y-2">{group.indicators.map((i) => <IndicatorPublishing key={i.code} assessmentId={assessmentId} indicator={i} timeZone={timeZone} />)}</ul>
              </section>
            ))}
          </div>
        </details>
      ))}
      <p className="text-sm"><Link href={`/lke/${assessmentId}`} className="underline">Kembali ke ringkasan LKE</Link></p>
    </div>
  );
}
