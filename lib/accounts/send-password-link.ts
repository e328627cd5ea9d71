import "server-only";
import { prisma } from "@/lib/db";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";
import { composeMail } from "@/lib/mail/layout";
import { appUrl, sendMail } from "@/lib/mail/send-mail";
import { issuePasswordToken } from "@/lib/accounts/password-tokens";

const WORDING: Record<PasswordTokenPurpose, { subject: string; intro: (name: string) => string[]; label: string; footer: string }> = {
  RESET: {
    subject: "Atur ulang kata sandi Zona Integritas",
    intro: (name) => [`Yth. ${name},`, "Kami menerima permintaan untuk mengatur ulang kata sandi akun Zona Integritas Anda. Tautan di bawah berlaku 1 jam dan hanya dapat dipakai sekali."],
    label: "Atur ulang kata sandi",
    footer: "Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.",
  },
  INVITE: {
    subject: "Undangan ke aplikasi Zona Integritas",
    intro: (name) => [`Yth. ${name},`, "Admin instansi Anda telah membuatkan akun di aplikasi Zona Integritas (LKE ZI). Buat kata sandi Anda melalui tautan di bawah; tautan berlaku 7 hari dan hanya dapat dipakai sekali."],
    label: "Buat kata sandi",
    footer: "Setelah kata sandi dibuat, masuk dengan alamat email ini.",
  },
};

/**
 * The "password-link" job: a fresh token for an active user with that email, mailed at once.
 * Unknown or inactive addresses end here silently (the request already answered alike).
 */
export async function sendPasswordLink({ email, purpose }: { email: string; purpose: PasswordTokenPurpose }) {
  const user = await prisma.user.findFirst({ where: { email, active: true }, select: { id: true, name: true, email: true } });
  if (!user) return;
  const token = await prisma.$transaction((tx) => issuePasswordToken(tx, user.id, purpose));
  const wording = WORDING[purpose];
  const url = appUrl(`/atur-kata-sandi?token=${encodeURIComponent(token)}`);
  await sendMail(composeMail(user.email, wording.subject, wording.intro(user.name), { label: wording.label, url }, wording.footer));
}
