import { z } from "zod";
import { isPlainText } from "@/lib/validation";

// NIST SP 800-63B: a minimum length, a generous maximum, any characters, no composition rules,
// and passwords known from breaches refused (that list is checked on the server: common-passwords.ts).

export const NEW_PASSWORD_MIN = 10;
export const NEW_PASSWORD_MAX = 200;

/** The rules a form can check by itself; the server adds the common-password list. */
export const ZPasswordRules = z
  .string()
  .min(NEW_PASSWORD_MIN, `Kata sandi minimal ${NEW_PASSWORD_MIN} karakter.`)
  .max(NEW_PASSWORD_MAX, "Kata sandi terlalu panjang.")
  .refine(isPlainText, "Kata sandi tidak boleh berisi karakter kontrol.");

/** Setting a password from an emailed link: the token and the new password twice. */
export const ZSetPassword = z
  .object({
    token: z.string().min(20, "Tautan tidak valid.").max(100, "Tautan tidak valid."),
    newPassword: ZPasswordRules,
    confirmPassword: z.string().max(NEW_PASSWORD_MAX),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Konfirmasi kata sandi tidak sama." });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZResetRequest = z.object({
  email: z.string().max(254, "Alamat email terlalu panjang.").trim().toLowerCase().email("Masukkan alamat email yang valid."),
});
