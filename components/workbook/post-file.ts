export type TPostResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Sends a file as the raw body to an upload route (/api/unggah/...); always resolves. */
export async function postFile<T>(url: string, file: File): Promise<TPostResult<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
      body: file,
    });
    return (await response.json()) as TPostResult<T>;
  } catch {
    return { ok: false, message: "Berkas tidak dapat dikirim ke server. Periksa koneksi Anda lalu coba lagi." };
  }
}
