import type { TSaveState } from "@/components/lke/use-autosave";

const TEXT: Record<TSaveState["kind"], string> = {
  idle: "",
  dirty: "Belum tersimpan",
  saving: "Menyimpan...",
  saved: "Tersimpan",
  invalid: "Belum tersimpan: periksa isian",
  error: "Gagal, coba lagi",
  conflict: "Bentrok dengan perubahan lain",
};

const TONE: Record<TSaveState["kind"], string> = {
  idle: "text-slate-500",
  dirty: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-emerald-700",
  invalid: "text-red-700",
  error: "text-red-700",
  conflict: "text-amber-800",
};

export function SaveStatus({ state, onRetry }: { state: TSaveState; onRetry: () => void }) {
  return (
    <span role="status" aria-live="polite" className={`text-xs font-medium ${TONE[state.kind]}`} data-testid="save-status">
      {TEXT[state.kind]}
      {state.kind === "error" ? (
        <>
          {" "}
          <button type="button" onClick={onRetry} className="underline">Coba lagi</button>
        </>
      ) : null}
    </span>
  );
}
