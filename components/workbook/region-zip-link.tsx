/** Every LKE workbook of the chosen region in one zip (shown once a region is filtered). */
export function RegionZipLink({ periodId, regionId }: { periodId: string; regionId: string | undefined }) {
  if (!regionId) return null;
  const query = new URLSearchParams({ periode: periodId, wilayah: regionId });
  return (
    <a href={`/api/dasbor/lke.zip?${query}`} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
      Unduh LKE semua unit wilayah (ZIP)
    </a>
  );
}
