import type { TPublicIndicator } from "@/lib/public-pages/content-types";

/** One indicator: the unit's published statement and its published bukti dukung, by year. */
export function PublicIndicator({ indicator }: { indicator: TPublicIndicator }) {
  const empty = !indicator.statement && indicator.evidenceByYear.length === 0;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <h4 className="font-medium">{indicator.title}</h4>
      {indicator.statement ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{indicator.statement}</p> : null}
      {indicator.evidenceByYear.length ? (
        <dl className="mt-2 space-y-1 text-sm">
          {indicator.evidenceByYear.map(({ year, items }) => (
            <div key={year} className="flex flex-wrap gap-x-2">
              <dt className="font-medium text-slate-700">{year}:</dt>
              <dd>
                <ul className="inline">
                  {items.map((item, index) => (
                    <li key={item.id} className="inline">
                      <a href={item.href} className="text-brand-700 underline" {...(item.kind === "LINK" ? { rel: "noopener noreferrer nofollow" } : {})}>
                        {item.title}
                      </a>
                      {item.kind === "FILE" ? <span className="sr-only"> (berkas)</span> : null}
                      {index < items.length - 1 ? "; " : ""}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {empty ? <p className="mt-1 text-sm text-slate-600">Belum ada yang dipublikasikan.</p> : null}
    </li>
  );
}
