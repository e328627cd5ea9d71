import Link from "next/link";
import type { TSectionItem } from "@/lib/assessments/section-queries";
import { NoteThread } from "@/components/review/note-thread";
import { VerdictBadge } from "@/components/review/verdict-badge";

/** Under a unit's item: the TPI verdict, the note thread (reply while revising) and the history link. */
export function ItemReviewFooter({ assessmentId, entry, canReply }: { assessmentId: string; entry: TSectionItem; canReply: boolean }) {
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {entry.review ? <span>Putusan TPI: <VerdictBadge verdict={entry.review.verdict} /></span> : null}
        {entry.answer ? <Link href={`/lke/${assessmentId}/riwayat/${entry.id}`} className="text-brand-700 underline">Riwayat</Link> : null}
      </div>
      <NoteThread assessmentId={assessmentId} itemId={entry.id} itemCode={entry.item.code} notes={entry.notes} canWrite={canReply} replyLabel="Balas catatan TPI" />
    </div>
  );
}
