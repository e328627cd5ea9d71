import pg from "pg";
import type { TManifest } from "@/lib/backup/manifest";

// Jobs waiting in the queue (graphile-worker) are part of the state a backup keeps: a job is
// enqueued in the same transaction as the change that asks for it (a submitted LKE's
// notifications, a set-password email), so a snapshot holding the change without its job would
// silently lose that work. They are kept as jobs, not as graphile-worker's private tables, and
// put back with add_job, so a restore does not depend on the queue's internal layout. Hourly cron
// runs are left out: the restored instances' crontab makes its own.

type TPendingJob = NonNullable<TManifest["jobs"]>[number];

/** The jobs still to run in the client's snapshot (not given up after their last attempt). */
export async function readPendingJobs(client: pg.ClientBase): Promise<TPendingJob[]> {
  const installed = await client.query<{ present: boolean }>(`SELECT to_regclass('graphile_worker._private_jobs') IS NOT NULL AS present`);
  if (!installed.rows[0]?.present) return [];
  const rows = await client.query<{ task: string; payload: unknown; run_at: string; max_attempts: number; key: string | null; priority: number; queue_name: string | null }>(`
    SELECT t.identifier AS task, j.payload, to_char(j.run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS run_at, j.max_attempts, j.key, j.priority, q.queue_name
    FROM graphile_worker._private_jobs j
    JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    LEFT JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
    WHERE j.attempts < j.max_attempts AND NOT (j.payload::jsonb ? '_cron')
    ORDER BY j.id`);
  return rows.rows.map((r) => ({
    task: r.task, payload: r.payload, runAt: r.run_at, maxAttempts: r.max_attempts, key: r.key, priority: r.priority, queueName: r.queue_name,
  }));
}

/** Enqueues the backup's jobs again (the queue's schema comes with applyMigrations). */
export async function requeueJobs(databaseUrl: string, jobs: TPendingJob[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const job of jobs) {
      await client.query(
        `SELECT graphile_worker.add_job($1::text, $2::json, queue_name := $3::text, run_at := $4::timestamptz, max_attempts := $5::int, job_key := $6::text, priority := $7::int)`,
        [job.task, JSON.stringify(job.payload), job.queueName, job.runAt, job.maxAttempts, job.key, job.priority],
      );
    }
  } finally {
    await client.end();
  }
}
