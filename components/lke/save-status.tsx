import type { TSaveState } from "@/components/lke/use-autosave";

const TEXT: Record<TSaveState["kind"], string> = {
  idle: "",
  dirty: "Belum tersimpan",
  saving: "Menyimpan...",
  saved: "Tersimpan",
  invalid: "Belum tersimpan: periksa isian",
  retrying: "Belum tersimpan: menunggu koneksi",
  error: "Gagal, coba lagi",
  conflict: "Bentrok dengan perubahan lain",
};

const TONE: Record<TSaveState["kind"], string> = {
  idle: "text-slate-600",
  dirty: "text-slate-600",
  saving: "text-slate-600",
  saved: "text-emerald-700",
  invalid: "text-red-700",
  retrying: "text-amber-900",
  error: "text-red-700",
  conflict: "text-amber-900",
};

type TProps = { state: TSaveState; onRetry: () => void; onDiscard?: () => void };

/** The item's save state; an unsent answer can be sent now, or (after a refusal) dropped. */
export function SaveStatus({ state, onRetry, onDiscard }: TProps) {
  return (
    <span role="status" aria-live="polite" className={`text-xs font-medium ${TONE[state.kind]}`} data-testid="save-status" data-state={state.kind}>
      {TEXT[state.kind]}
      {state.kind === "error" || state.kind === "retrying" ? (
        <>
          {" "}
          <button type="button" onClick={onRetry} className="underline">{state.kind === "error" ? "Coba lagi" : "Kirim sekarang"}</button>
        </>
      ) : null}
      {state.kind === "error" && onDiscard ? (
        <>
          {" · "}
          <button type="button" onClick={onDiscard} className="underline">Batalkan perubahan</button>
        </>
      ) : null}
    </span>
  );
}
