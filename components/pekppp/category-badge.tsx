/** A PEKPPP category as leaders read it: code and label, red for prioritas pembinaan, green for the award. */
export function CategoryBadge({ code, label, priority, award }: { code: string; label: string; priority: boolean; award: boolean }) {
  return (
    <>
      <span className={`rounded px-2 py-0.5 font-semibold ${priority ? "bg-red-100 text-red-900" : award ? "bg-green-100 text-green-900" : "bg-slate-100"}`}>
        {code} · {label}
      </span>
      {priority ? <span className="ml-2 text-xs text-red-800">Prioritas pembinaan</span> : null}
    </>
  );
}
