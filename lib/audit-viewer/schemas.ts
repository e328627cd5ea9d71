import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal tidak valid.").optional().or(z.literal("").transform(() => undefined));
const id = z.string().max(64).optional().or(z.literal("").transform(() => undefined));

/** The audit viewer's filters, from the page's query string or the CSV link's (the same names). */
export const ZAuditFilters = z.object({
  instansi: id,
  unit: id,
  pengguna: id,
  jenis: z.string().max(60).regex(/^[a-z.]*$/, "Jenis tidak valid.").optional().or(z.literal("").transform(() => undefined)),
  dari: day,
  sampai: day,
  hal: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export function parseAuditFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): TAuditFilters {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZAuditFilters.safeParse(entries);
  return parsed.success ? parsed.data : {};
}
