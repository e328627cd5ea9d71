import { z } from "zod";
import { NEW_PASSWORD_MIN, ZPasswordRules } from "@/lib/auth/password-rules";

export { NEW_PASSWORD_MIN };

export const ZLogin = z.object({
  email: z.string().max(254, "Alamat email terlalu panjang.").trim().toLowerCase().email("Masukkan alamat email yang valid."),
  password: z.string().min(1, "Masukkan kata sandi.").max(200, "Kata sandi terlalu panjang."),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "Masukkan kata sandi saat ini.").max(200, "Kata sandi terlalu panjang."),
    newPassword: ZPasswordRules,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Kata sandi baru harus berbeda dari kata sandi saat ini.",
  });
export type TChangePassword = z.infer<typeof ZChangePassword>;
