import { z } from "zod";

export const ZLogin = z.object({
  email: z.string().trim().toLowerCase().email("Masukkan alamat email yang valid."),
  password: z.string().min(1, "Masukkan kata sandi.").max(200, "Kata sandi terlalu panjang."),
});
export type TLogin = z.infer<typeof ZLogin>;
