import { SERVICE_KIND_LABELS, SERVICE_KINDS } from "@/lib/public-pages/schemas";
import type { TPublicService } from "@/lib/public-pages/content-types";

/** Maklumat pelayanan, service standards and innovations (short entries, innovations with a photo). */
export function PublicServices({ services }: { services: TPublicService[] }) {
  return (
    <section aria-labelledby="informasi-pelayanan" className="space-y-3">
      <h2 id="informasi-pelayanan" className="text-xl font-semibold">Informasi pelayanan</h2>
      {services.length === 0 ? <p className="text-sm text-slate-600">Belum ada informasi pelayanan yang dipublikasikan.</p> : null}
      {SERVICE_KINDS.map((kind) => {
        const entries = services.filter((s) => s.kind === kind);
        if (!entries.length) return null;
        return (
          <section key={kind} aria-labelledby={`layanan-${kind}`} className="space-y-2">
            <h3 id={`layanan-${kind}`} className="font-semibold">{SERVICE_KIND_LABELS[kind]}</h3>
            <ul className="grid gap-3 sm:grid-cols-2">
              {entries.map((entry) => (
                <li key={entry.id} className="overflow-hidden rounded-md border border-slate-200 bg-white">
                  {entry.photoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- stored photos are served by our own route
                    <img src={entry.photoUrl} alt={`Foto: ${entry.title}`} loading="lazy" className="aspect-video w-full bg-slate-100 object-cover" />
                  ) : null}
                  <div className="p-3">
                    <h4 className="font-medium">{entry.title}</h4>
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{entry.body}</p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
