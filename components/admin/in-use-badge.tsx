/** A version used by a period is frozen: a change to it can only be imported as a new version. */
export function InUseBadge({ inUse }: { inUse: boolean }) {
  return inUse ? (
    <span className="inline-flex items-center rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900"
      title="Versi ini dipakai periode penilaian sehingga tidak dapat diubah">
      Dipakai periode<span className="sr-only"> (tidak dapat diubah)</span>
    </span>
  ) : (
    <span className="inline-flex items-center rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">
      Belum dipakai
    </span>
  );
}
