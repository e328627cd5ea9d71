import type { TPublicIndicator } from "@/lib/public-pages/content-types";

/**
 * One indicator: the unit's published statement and its published bukti dukung, by year. Links are
 * styled from the list (not per link): an active unit's page holds hundreds of them.
 */
export function PublicIndicator({ indicator }: { indicator: TPublicIndicator }) {
  const empty = !indicator.statement && indicator.evidenceByYear.length === 0;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <h4 className="font-medium">{indicator.title}</h4>
      {indicator.statement ? <p className="mt-1 whitespace-pre-line text-sm">{indicator.statement}</p> : null}
      {indicator.evidenceByYear.length ? (
        <dl className="mt-2 space-y-1 text-sm [&_a]:text-brand-700 [&_a]:underline">
          {indicator.evidenceByYear.map(({ year, items }) => (
            <div key={year}>
              <dt className="inline font-medium">{year}: </dt>
              <dd className="inline">
                {items.map((item, index) => (
                  <span key={item.id}>
                    {index ? "; " : null}
                    {item.kind === "LINK" ? <a href={item.href} rel="noopener noreferrer nofollow">{item.title}</a> : <a href={item.href}>{item.title}</a>}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {empty ? <p className="mt-1 text-sm text-slate-600">Belum ada yang dipublikasikan.</p> : null}
    </li>
  );
}
