"use client";

import { useCallback, useEffect, useState } from "react";
import type { TItem } from "@/lib/scoring/types";
import type { TEvidenceDto, TItemEvidence } from "@/lib/evidence/types";
import { EvidenceChecklist, withTick } from "@/components/evidence/evidence-checklist";
import { useFillingPage } from "@/components/lke/filling-page";
import { EvidenceEntry } from "@/components/evidence/evidence-entry";
import { LinkForm } from "@/components/evidence/link-form";
import { UploadProgressList } from "@/components/evidence/upload-progress-list";
import { UploadZone } from "@/components/evidence/upload-zone";
import { useUploads } from "@/components/evidence/use-uploads";
import { PlanFileOffers } from "@/components/plans/plan-file-offers";

type TProps = { assessmentId: string; itemId: string; item: TItem; canEdit: boolean; initial: TItemEvidence };

/** Bukti dukung of one item: its files and links, uploads with progress, the expected documents. */
export function EvidencePanel({ assessmentId, itemId, item, canEdit, initial }: TProps) {
  const [entries, setEntries] = useState(initial.entries);
  const [ticks, setTicks] = useState(() => new Set(initial.ticks));
  const [addingLink, setAddingLink] = useState(false);
  const [notice, setNotice] = useState<string>();

  // The list here is the truth for this item; the page's "Bukti dukung: X dari Y" follows it.
  const { setEvidenceCount } = useFillingPage();
  useEffect(() => setEvidenceCount(itemId, entries.length), [itemId, entries.length, setEvidenceCount]);

  const added = useCallback((entry: TEvidenceDto) => {
    setEntries((current) => [...current, entry]);
    // Named as one of the expected documents: the server ticked it.
    if (entry.expectedEntry !== null) setTicks((current) => withTick(current, entry.expectedEntry!, true));
  }, []);

  const stored = useCallback((entry: TEvidenceDto, replaced: boolean) => {
    if (replaced) setEntries((current) => current.map((e) => (e.id === entry.id ? entry : e)));
    else added(entry);
    setNotice(replaced ? `Berkas '${entry.title}' diganti (versi ${entry.file?.version}).` : `'${entry.title}' ditambahkan sebagai bukti dukung.`);
  }, [added]);

  const uploads = useUploads({ assessmentId, itemId, maxFileBytes: initial.maxFileBytes, onStored: stored });

  const changed = (entry: TEvidenceDto) => {
    setEntries((current) => current.map((e) => (e.id === entry.id ? entry : e)));
    setNotice(`Nama diganti menjadi '${entry.title}'.`);
  };
  const deleted = (id: string) => {
    const gone = entries.find((e) => e.id === id);
    setEntries((current) => current.filter((e) => e.id !== id));
    setNotice(`'${gone?.title ?? "Bukti dukung"}' dihapus.`);
  };

  return (
    <section aria-labelledby={`bukti-${item.code}`} data-testid={`evidence-${item.code}`} data-item-id={itemId} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <h4 id={`bukti-${item.code}`} className="flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold">
        Berkas dan tautan bukti dukung
        <span className="font-normal text-slate-600" data-testid="evidence-count">{entries.length} bukti</span>
      </h4>
      <EvidenceChecklist assessmentId={assessmentId} itemId={itemId} expected={item.expectedEvidence} ticks={ticks} onTicks={setTicks} canEdit={canEdit} />
      {entries.length ? (
        <ul className="space-y-2" aria-label={`Bukti dukung butir ${item.code}`}>
          {entries.map((entry) => (
            <EvidenceEntry key={entry.id} entry={entry} canEdit={canEdit} onChanged={changed} onDeleted={deleted}
              documentLabel={entry.expectedEntry === null ? undefined : item.expectedEvidence[entry.expectedEntry]}
              onReplace={(target, file) => uploads.enqueue([file], target.id)} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">Belum ada berkas atau tautan bukti dukung.</p>
      )}
      {canEdit ? (
        <>
          <PlanFileOffers itemId={itemId} offers={initial.planOffers ?? []} onAttached={(entry) => { added(entry); setNotice(`'${entry.title}' dari rencana aksi ditambahkan sebagai bukti dukung.`); }} />
          <UploadZone itemCode={item.code} maxFileBytes={initial.maxFileBytes} expected={item.expectedEvidence} onFiles={(files, expectedEntry) => uploads.enqueue(files, undefined, expectedEntry)} />
          <UploadProgressList rows={uploads.rows} onDismiss={uploads.dismiss} />
          {addingLink
            ? <LinkForm assessmentId={assessmentId} itemId={itemId} expected={item.expectedEvidence} onClose={() => setAddingLink(false)}
                onAdded={(entry) => { added(entry); setNotice(`Tautan '${entry.title}' ditambahkan.`); }} />
            : <button type="button" onClick={() => setAddingLink(true)} className="text-sm font-medium text-brand-700 underline">Tambah tautan</button>}
        </>
      ) : null}
      <p role="status" className="sr-only">{notice}</p>
    </section>
  );
}
