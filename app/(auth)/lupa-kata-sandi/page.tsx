import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Lupa kata sandi" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Lupa kata sandi" intro="Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
