"use client";

import type { TItemFormValues } from "@/lib/assessments/item-form";

// Answers typed but not yet confirmed by the server, kept in the browser (localStorage) so that
// going offline, a failed save or a reload never loses them. One record per assessment, item and
// side; it holds the version the edit was based on, so sending it later still goes through the
// server's version check (a conflict shows the conflict panel).

export type TSide = "SELF" | "EVALUATOR";

export type TUnsentSave = {
  assessmentId: string;
  itemId: string;
  side: TSide;
  itemCode: string;
  /** Who typed it: another user signing in on this browser does not send it in their name. */
  userId: string | null;
  /** The answer version the edit was based on (0: no answer yet). */
  expectedVersion: number;
  values: TItemFormValues;
  /** Where the item is, to link to it from other pages. */
  href: string;
  updatedAt: string;
};

const PREFIX = "zi:belum-tersimpan:";
/** Fired on window whenever this tab changes a record (other tabs get the "storage" event). */
export const UNSENT_EVENT = "zi-unsent-change";

const keyOf = (assessmentId: string, itemId: string, side: TSide) => `${PREFIX}${assessmentId}:${itemId}:${side}`;

export function readUnsent(assessmentId: string, itemId: string, side: TSide): TUnsentSave | null {
  return parse(safeStorage()?.getItem(keyOf(assessmentId, itemId, side)) ?? null);
}

/** Returns false when the browser refused to store it (private mode, storage full). */
export function writeUnsent(record: TUnsentSave): boolean {
  try {
    safeStorage()?.setItem(keyOf(record.assessmentId, record.itemId, record.side), JSON.stringify(record));
    notify();
    return true;
  } catch {
    return false;
  }
}

export function removeUnsent(assessmentId: string, itemId: string, side: TSide) {
  safeStorage()?.removeItem(keyOf(assessmentId, itemId, side));
  notify();
}

/** Every unsent record of one assessment (any side), oldest first. */
export function listUnsent(assessmentId: string): TUnsentSave[] {
  const storage = safeStorage();
  if (!storage) return [];
  const records: TUnsentSave[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(`${PREFIX}${assessmentId}:`)) continue;
    const record = parse(storage.getItem(key));
    if (record) records.push(record);
  }
  return records.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

function parse(text: string | null): TUnsentSave | null {
  if (!text) return null;
  try {
    const record = JSON.parse(text) as TUnsentSave;
    return typeof record?.itemId === "string" && typeof record.expectedVersion === "number" && record.values ? record : null;
  } catch {
    return null;
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function notify() {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(UNSENT_EVENT));
}
