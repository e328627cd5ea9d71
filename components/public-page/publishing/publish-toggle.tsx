"use client";

import { useState, useTransition } from "react";
import { setEvidencePublishedAction, setServiceEntryPublishedAction, setStatementPublishedAction } from "@/lib/public-pages/actions";

export type TPublishTarget =
  | { type: "evidence"; evidenceId: string }
  | { type: "statement"; assessmentId: string; nodeId: string }
  | { type: "service"; entryId: string };

function send(target: TPublishTarget, published: boolean) {
  switch (target.type) {
    case "evidence":
      return setEvidencePublishedAction({ evidenceId: target.evidenceId, published });
    case "statement":
      return setStatementPublishedAction({ assessmentId: target.assessmentId, nodeId: target.nodeId, published });
    case "service":
      return setServiceEntryPublishedAction({ entryId: target.entryId, published });
  }
}

/** The deliberate act: "Publikasikan" / "Tarik dari publikasi", with the state shown beside it. */
export function PublishToggle({ target, published: initial, label, disabled }: { target: TPublishTarget; published: boolean; label: string; disabled?: boolean }) {
  const [published, setPublished] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const toggle = () => start(async () => {
    setError(undefined);
    const result = await send(target, !published);
    if (!result.ok) return setError(result.message);
    setPublished(result.data.published);
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span className={published ? "rounded bg-green-100 px-2 py-0.5 text-green-900" : "rounded bg-slate-100 px-2 py-0.5 text-slate-700"}>
        {published ? "Dipublikasikan" : "Belum dipublikasikan"}
      </span>
      <button type="button" onClick={toggle} disabled={pending || disabled} aria-label={`${published ? "Tarik dari publikasi" : "Publikasikan"}: ${label}`}
        className={published ? "rounded-md border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:opacity-60" : "rounded-md bg-brand-700 px-2 py-1 font-medium text-white hover:bg-brand-800 disabled:opacity-60"}>
        {pending ? "Menyimpan..." : published ? "Tarik dari publikasi" : "Publikasikan"}
      </button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </span>
  );
}
