import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTeamSheet } from "@/lib/pekppp/team-sheet";
import { InvalidStateError } from "@/lib/errors";
import { orNotFound } from "@/lib/page-guard";
import { F02Sheet } from "@/components/pekppp/f02-sheet";

export const metadata: Metadata = { title: "Penilaian F-02 PEKPPP" };

export default async function PekpppScoringPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const sheet = await orNotFound(getTeamSheet(user, assessmentId).catch((error: unknown) => {
    // An LKE assessment has no F-02: say so instead of failing.
    if (error instanceof InvalidStateError) return null;
    throw error;
  }));
  if (!sheet) return <p className="rounded-md border border-slate-200 bg-white p-4">Penilaian ini bukan evaluasi PEKPPP.</p>;
  const sent = sheet.team.filter((member) => member.submitted).length;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href="/evaluasi" className="text-brand-700 underline">Antrian evaluasi</Link></p>
        <h1 className="text-2xl font-semibold">Penilaian F-02 PEKPPP · {sheet.unitName}</h1>
        <p className="text-slate-700">{sheet.periodName}{sheet.final ? " · Final" : ""}</p>
      </header>
      <section aria-labelledby="tim" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 id="tim" className="font-semibold">Tim evaluator ({sheet.team.length}; minimal {sheet.minEvaluators}) · {sent} sudah mengirim</h2>
        <ul className="mt-2 space-y-1">
          {sheet.team.map((member) => (
            <li key={member.id}>{member.name} · {member.role === "LEAD" ? "Ketua" : "Anggota"} · {member.submitted ? "sudah mengirim" : "belum mengirim"}</li>
          ))}
        </ul>
        <p className="mt-2 text-slate-600">Setiap evaluator menilai sendiri; nilai evaluator lain terlihat setelah Anda mengirim penilaian Anda.</p>
        {sheet.final ? (
          <p className="mt-2"><a href={`/api/pekppp/${assessmentId}/berita-acara`} className="text-brand-700 underline">Berita Acara (PDF)</a></p>
        ) : null}
      </section>
      <F02Sheet assessmentId={assessmentId} sheet={sheet} />
    </div>
  );
}
