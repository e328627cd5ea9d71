"use client";

import { useCallback, useRef, useState } from "react";
import { formatLimit } from "@/lib/evidence/format-size";
import type { TEvidenceDto } from "@/lib/evidence/types";
import { uploadFile } from "@/components/evidence/upload-file";

export type TUploadRow = {
  key: number;
  name: string;
  size: number;
  loaded: number;
  state: "waiting" | "uploading" | "error";
  message?: string;
};

type TOptions = {
  assessmentId: string;
  itemId: string;
  maxFileBytes: number;
  /** A stored entry, new or (with evidenceId) a new version of an existing one. */
  onStored: (evidence: TEvidenceDto, replaced: boolean) => void;
};

/** The upload queue of one item: files go one after another, each with its own progress. */
export function useUploads({ assessmentId, itemId, maxFileBytes, onStored }: TOptions) {
  const [rows, setRows] = useState<TUploadRow[]>([]);
  const nextKey = useRef(1);
  const queue = useRef(Promise.resolve());

  const patch = useCallback((key: number, change: Partial<TUploadRow>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }, []);

  const enqueue = useCallback((files: File[], evidenceId?: string, expectedEntry?: number) => {
    for (const file of files) {
      const key = nextKey.current++;
      // Checked here only to spare a long wait; the server checks again, by content too.
      const tooLarge = file.size > maxFileBytes;
      setRows((current) => [...current, {
        key, name: file.name, size: file.size, loaded: 0, state: tooLarge ? "error" : "waiting",
        message: tooLarge ? `Berkas melebihi batas ${formatLimit(maxFileBytes)}: '${file.name}' tidak dapat diunggah.` : undefined,
      }]);
      if (tooLarge) continue;
      queue.current = queue.current.then(async () => {
        patch(key, { state: "uploading" });
        const result = await uploadFile({ assessmentId, itemId, evidenceId, expectedEntry, file, onProgress: (loaded) => patch(key, { loaded }) });
        if (result.ok) {
          // The entry is in the list now: its progress line goes, so the file is not listed twice.
          setRows((current) => current.filter((row) => row.key !== key));
          onStored(result.data.evidence, Boolean(evidenceId));
        } else {
          patch(key, { state: "error", message: result.message });
        }
      });
    }
  }, [assessmentId, itemId, maxFileBytes, onStored, patch]);

  const dismiss = useCallback((key: number) => setRows((current) => current.filter((row) => row.key !== key)), []);

  return { rows, enqueue, dismiss };
}
