"use client";

import type { TTeamSheet } from "@/lib/pekppp/team-sheet";
import { finaliseIndexAction, recordAgreedScoreAction, saveEvaluatorScoreAction, submitEvaluatorScoresAction } from "@/lib/pekppp/actions";
import { ScoreRow } from "@/components/pekppp/score-row";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EvidencePanel } from "@/components/evidence/evidence-panel";

/**
 * The F-02 form of one evaluator: their own level per indicator until they send it; then the
 * levels the team has sent with the spread, and for the lead the agreed level with its note.
 */
export function F02Sheet({ assessmentId, sheet }: { assessmentId: string; sheet: TTeamSheet }) {
  const everyoneSent = sheet.team.every((member) => member.submitted);
  const agreeing = sheet.isLead && everyoneSent && sheet.writable;
  return (
    <div className="space-y-4">
      <ol className="space-y-3">
        {sheet.rows.map((row) => (
          <li key={row.itemId} data-testid={`f02-${row.code}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <h3 className="font-semibold"><span className="font-mono text-xs text-slate-600">{row.code.replace(/\.F02$/, "")}</span> {row.text}</h3>
            {row.evidence ? (
              <details className="text-sm" open={row.evidence.initial.entries.length > 0}>
                <summary className="cursor-pointer text-brand-700">Bukti dukung unit (F-01): {row.evidence.initial.entries.length} berkas/tautan</summary>
                <EvidencePanel assessmentId={assessmentId} itemId={row.evidence.itemId} item={row.evidence.item} canEdit={false} initial={row.evidence.initial} />
              </details>
            ) : null}
            {!sheet.viewerSubmitted && sheet.writable ? (
              <ScoreRow row={row} current={row.own} label="Nilai" noteLabel="Catatan (sumber data, temuan)"
                save={(input) => saveEvaluatorScoreAction({ assessmentId, ...input })} />
            ) : (
              <TeamLevels row={row} />
            )}
            {agreeing ? (
              <ScoreRow row={row} current={row.agreed} label="Kesepakatan" noteLabel="Catatan kesepakatan tim (wajib)"
                save={(input) => recordAgreedScoreAction({ assessmentId, ...input })} />
            ) : row.agreed ? (
              <p className="text-sm" data-testid="agreed">Nilai kesepakatan: <strong>{row.agreed.level}</strong> · {row.agreed.note}</p>
            ) : null}
          </li>
        ))}
      </ol>
      {sheet.writable && !sheet.viewerSubmitted ? (
        <ConfirmButton label="Kirim penilaian F-02" confirmText="Setelah dikirim, nilai Anda tidak dapat diubah dan dapat dilihat ketua tim. Lanjutkan?"
          run={() => submitEvaluatorScoresAction({ assessmentId })} />
      ) : null}
      {agreeing ? (
        <ConfirmButton label="Finalisasi PEKPPP" confirmText="IPP dan kategori dihitung dari nilai kesepakatan dan jawaban F-03, lalu evaluasi terkunci. Lanjutkan?"
          run={() => finaliseIndexAction({ assessmentId })} />
      ) : null}
    </div>
  );
}

function TeamLevels({ row }: { row: TTeamSheet["rows"][number] }) {
  return (
    <div className="text-sm">
      <p>Nilai Anda: <strong>{row.own ? row.own.level : "-"}</strong>{row.own?.note ? ` · ${row.own.note}` : ""}</p>
      {row.others.length ? (
        <ul className="mt-1 list-disc pl-5">
          {row.others.map((other) => <li key={other.evaluator}>{other.evaluator}: <strong>{other.level}</strong>{other.note ? ` · ${other.note}` : ""}</li>)}
        </ul>
      ) : null}
      {row.spread ? <p className="mt-1" data-testid="spread">Sebaran: {row.spread.min} – {row.spread.max}</p> : null}
    </div>
  );
}
