"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TActionResult } from "@/lib/action-result";
import { isTransientCode, retryDelayMs } from "@/lib/assessments/save-retry";

export type TSaveState =
  | { kind: "idle" | "dirty" | "saving" | "saved" }
  | { kind: "invalid" | "error"; message: string }
  /** Not sent for a passing reason (offline, server failure): kept and sent again by itself. */
  | { kind: "retrying"; message: string }
  | { kind: "conflict"; message: string; current: unknown };

const SERVER_MESSAGE = "Belum tersimpan: server sedang bermasalah. Jawaban Anda disimpan di peramban ini dan dikirim ulang otomatis.";
const OFFLINE_MESSAGE = "Belum tersimpan: koneksi ke server terputus. Jawaban Anda disimpan di peramban ini dan dikirim otomatis saat koneksi kembali.";

/**
 * Runs one save at a time; a change made while a save is in flight is saved right after it.
 * A save that failed for a passing reason is sent again, with the same expected version, when the
 * browser is back online and with a growing delay (2 s ... 1 min). Refusals (invalid input, no
 * right, wrong state) and conflicts are not retried: they wait for the user.
 */
export function useAutosave<T>(save: () => Promise<TActionResult<T> | "invalid">, onSaved: (data: T) => void) {
  const [state, setState] = useState<TSaveState>({ kind: "idle" });
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const run = useCallback(async () => {
    clearTimer();
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    let retry = false;
    try {
      const result = await save();
      if (result === "invalid") setState({ kind: "invalid", message: "" });
      else if (result.ok) {
        attempt.current = 0;
        onSaved(result.data);
        // A change made while this save was on its way is still to be sent: "Tersimpan" would be untrue.
        setState(timer.current || again.current ? { kind: "dirty" } : { kind: "saved" });
      } else if (result.code === "CONFLICT") setState({ kind: "conflict", message: result.message, current: result.current });
      else if (isTransientCode(result.code)) {
        retry = true;
        setState({ kind: "retrying", message: SERVER_MESSAGE });
      } else setState({ kind: "error", message: result.message });
    } catch {
      // The request never got an answer: offline, or the server is down (HTTP 5xx).
      retry = true;
      setState({ kind: "retrying", message: navigator.onLine ? SERVER_MESSAGE : OFFLINE_MESSAGE });
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void run();
      } else if (retry) {
        attempt.current += 1;
        timer.current = setTimeout(() => void run(), retryDelayMs(attempt.current));
      }
    }
  }, [save, onSaved]);

  const schedule = useCallback((delayMs: number) => {
    setState((s) => (s.kind === "conflict" ? s : { kind: "dirty" }));
    clearTimer();
    timer.current = setTimeout(() => void run(), delayMs);
  }, [run]);

  /** Drops a save that is only scheduled (the change was taken back); false when one is on its way. */
  const cancel = useCallback(() => {
    if (inFlight.current) return false;
    clearTimer();
    attempt.current = 0;
    setState({ kind: "idle" });
    return true;
  }, []);

  // Back online: send at once instead of waiting for the next retry.
  const retrying = state.kind === "retrying";
  useEffect(() => {
    if (!retrying) return;
    const now = () => void run();
    window.addEventListener("online", now);
    return () => window.removeEventListener("online", now);
  }, [retrying, run]);

  useEffect(() => clearTimer, []);

  // Warn before leaving while something is not on the server yet (it stays in this browser).
  const unsaved = state.kind !== "idle" && state.kind !== "saved";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return { state, setState, schedule, saveNow: run, cancel };
}
