// Runs once as each server instance starts: every instance runs a job worker on the shared
// PostgreSQL queue (lib/jobs), so no extra process is needed and any instance may pick up a job.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL || process.env.JOB_WORKER === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  const runner = await startJobWorker({ connectionString: process.env.DATABASE_URL });
  const stop = () => void runner.stop().catch(() => {});
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
