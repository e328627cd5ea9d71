import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TJobName, TJobPayloads } from "@/lib/jobs/job-names";

type TEnqueueOptions = {
  /** One pending job per key: enqueuing the same key again replaces the waiting one. */
  jobKey?: string;
  runAt?: Date;
};

/**
 * Puts a job on the PostgreSQL queue (graphile-worker) inside the caller's transaction: the job
 * exists exactly when the change that asked for it commits, and a crash before it runs loses
 * nothing (any app instance's worker picks it up).
 */
export async function enqueueJob<N extends TJobName>(tx: TTransaction, name: N, payload: TJobPayloads[N], options: TEnqueueOptions = {}) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${name}::text, ${JSON.stringify(payload)}::json,
    job_key := ${options.jobKey ?? null}::text, run_at := ${options.runAt ?? null}::timestamptz, max_attempts := 10)`;
}
