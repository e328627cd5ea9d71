import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getItemHistory } from "@/lib/review/item-history";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { orNotFound } from "@/lib/page-guard";
import { formatDateTimeIn } from "@/lib/format";
import { AssessmentHeading } from "@/components/lke/assessment-heading";

export const metadata: Metadata = { title: "Riwayat butir" };

export default async function ItemHistoryPage({ params }: { params: Promise<{ assessmentId: string; itemId: string }> }) {
  const { assessmentId, itemId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const [header, history] = await Promise.all([getAssessmentHeader(access), getItemHistory(access, itemId)]);
  const item = (await getCatalogue(header.catalogueVersionId)).itemsById.get(itemId)?.item;
  return (
    <div className="space-y-4">
      <AssessmentHeading header={header} crumb={`Riwayat ${item?.code ?? ""}`} />
      {item ? <p className="text-sm"><span className="font-mono">{item.code}</span> {item.text}</p> : null}
      {history.length === 0 ? <p className="text-slate-600">Belum ada perubahan pada butir ini.</p> : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4" data-testid="item-history">
          {history.map((entry) => (
            <li key={entry.id} className="text-sm">
              <p className="text-xs text-slate-500">{formatDateTimeIn(entry.at, header.unit.timeZone)} · {entry.actorName}</p>
              <p>{entry.summary}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="text-xs text-slate-500">Riwayat diambil dari jejak audit yang tidak dapat diubah atau dihapus.</p>
      <Link href={`/lke/${assessmentId}`} className="text-sm text-brand-700 underline">Kembali ke ringkasan</Link>
    </div>
  );
}
