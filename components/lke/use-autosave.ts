"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TActionResult } from "@/lib/action-result";

export type TSaveState =
  | { kind: "idle" | "dirty" | "saving" | "saved" }
  | { kind: "invalid" | "error"; message: string }
  | { kind: "conflict"; message: string; current: unknown };

/**
 * Runs one save at a time; a change made while a save is in flight is saved right after it.
 * Nothing typed is ever dropped: on failure the values stay in the form.
 */
export function useAutosave<T>(save: () => Promise<TActionResult<T> | "invalid">, onSaved: (data: T) => void) {
  const [state, setState] = useState<TSaveState>({ kind: "idle" });
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await save();
      if (result === "invalid") setState({ kind: "invalid", message: "" });
      else if (result.ok) {
        onSaved(result.data);
        setState({ kind: "saved" });
      } else if (result.code === "CONFLICT") setState({ kind: "conflict", message: result.message, current: result.current });
      else setState({ kind: "error", message: result.message });
    } catch {
      setState({ kind: "error", message: "Gagal menyimpan: koneksi terputus. Jawaban Anda masih ada di layar." });
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void run();
      }
    }
  }, [save, onSaved]);

  const schedule = useCallback((delayMs: number) => {
    setState((s) => (s.kind === "conflict" ? s : { kind: "dirty" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), delayMs);
  }, [run]);

  // Warn before leaving while something is not saved yet.
  const unsaved = state.kind === "dirty" || state.kind === "saving" || state.kind === "error" || state.kind === "conflict" || state.kind === "invalid";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return { state, setState, schedule, saveNow: run };
}
