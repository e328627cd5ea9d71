/** The spreadsheet keys, for everyone (and as the grid's description for screen readers). */
export function KeyboardHelp() {
  return (
    <details className="text-sm text-slate-700">
      <summary className="cursor-pointer text-brand-700">Pintasan papan ketik</summary>
      <ul id="pintasan-lembar-kerja" className="mt-1 list-disc space-y-0.5 pl-5">
        <li>Panah: pindah sel. Tab: ke isian berikutnya.</li>
        <li>Enter atau F2: ubah sel; Enter lagi: simpan dan turun. Esc: batalkan ubahan.</li>
        <li>Ketik huruf opsi (A–E, Y untuk Ya, T untuk Tidak) untuk memilih jawaban.</li>
        <li>Pada uraian, Shift+Enter: baris baru.</li>
      </ul>
    </details>
  );
}
