import type { TPublicArea, TPublicIndicator } from "@/lib/public-pages/content-types";
import { PublicIndicator } from "@/components/public-page/public-indicator";

function IndicatorGroup({ label, indicators, id }: { label: string; indicators: TPublicIndicator[]; id: string }) {
  if (!indicators.length) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold uppercase tracking-wide text-slate-700">{label}</h3>
      <ul className="space-y-2">{indicators.map((i) => <PublicIndicator key={i.code} indicator={i} />)}</ul>
    </section>
  );
}

/** The six areas of change, each with its Pemenuhan and Reform indicators; then Hasil when it holds anything. */
export function PublicAreas({ areas, hasil }: { areas: TPublicArea[]; hasil: TPublicIndicator[] }) {
  return (
    <div className="space-y-6">
      {areas.map((area) => (
        <section key={area.number} aria-labelledby={`area-${area.number}`} className="space-y-3">
          <h2 id={`area-${area.number}`} className="text-xl font-semibold">Area {area.number}: {area.title}</h2>
          <IndicatorGroup id={`area-${area.number}-pemenuhan`} label="Pemenuhan" indicators={area.pemenuhan} />
          <IndicatorGroup id={`area-${area.number}-reform`} label="Reform" indicators={area.reform} />
        </section>
      ))}
      {hasil.length ? (
        <section aria-labelledby="hasil" className="space-y-3">
          <h2 id="hasil" className="text-xl font-semibold">Hasil</h2>
          <ul className="space-y-2">{hasil.map((i) => <PublicIndicator key={i.code} indicator={i} />)}</ul>
        </section>
      ) : null}
    </div>
  );
}
