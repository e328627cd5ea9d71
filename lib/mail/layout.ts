import type { TMail } from "@/lib/mail/send-mail";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One plain and one HTML version of a short Indonesian email with one link. */
export function composeMail(to: string, subject: string, paragraphs: string[], link: { label: string; url: string }, footer?: string): TMail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, ...(footer ? ["", footer] : []), "", "Zona Integritas"].join("\n\n");
  const html = `<!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5;color:#0f172a">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="${escapeHtml(link.url)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">${escapeHtml(link.label)}</a></p>
${footer ? `<p style="color:#475569;font-size:13px">${escapeHtml(footer)}</p>` : ""}
<p style="color:#475569;font-size:13px">Zona Integritas</p></body></html>`;
  return { to, subject, text, html };
}
