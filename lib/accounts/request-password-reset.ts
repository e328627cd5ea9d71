import "server-only";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { ZResetRequest } from "@/lib/auth/password-rules";
import { InvalidStateError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { parseInput } from "@/lib/validation";

/** Per hour: links sent to one address, and requests from one address on the network. */
export const RESET_LIMITS = { perEmail: 3, perIp: 20 };

export const RESET_ANSWER = "Jika email tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. Periksa kotak masuk Anda; tautan berlaku 1 jam.";

/**
 * "Lupa kata sandi". Known and unknown emails take the same path (a request row and a job; the
 * job alone looks the address up), so the answer and its timing reveal nothing. Past the
 * per-email limit the request is quietly dropped; past the per-network one it is refused.
 */
export async function requestPasswordReset(raw: unknown, ip: string): Promise<string> {
  const { email } = parseInput(ZResetRequest, raw);
  const since = new Date(clock.now().getTime() - 3_600_000);
  await prisma.$transaction(async (tx) => {
    const [byEmail, byIp] = await Promise.all([
      tx.passwordResetRequest.count({ where: { email, createdAt: { gt: since } } }),
      tx.passwordResetRequest.count({ where: { ip, createdAt: { gt: since } } }),
    ]);
    if (byIp >= RESET_LIMITS.perIp) throw new InvalidStateError("Terlalu banyak permintaan dari jaringan Anda. Coba lagi dalam 1 jam.");
    await tx.passwordResetRequest.create({ data: { email, ip, createdAt: clock.now() } });
    if (byEmail < RESET_LIMITS.perEmail) await enqueueJob(tx, "password-link", { email, purpose: "RESET" });
  });
  return RESET_ANSWER;
}
