import { Logger, runOnce } from "graphile-worker";
import { prisma } from "@/lib/db";
import { TASKS } from "@/lib/jobs/tasks";
import { startJobWorker } from "@/lib/jobs/worker";

/** Runs every job waiting now (and those they enqueue) in this process, as an app instance's worker would. */
export async function drainJobs() {
  for (let round = 0; round < 10; round++) {
    await runOnce({ connectionString: process.env.DATABASE_URL!, taskList: TASKS, noHandleSignals: true, logger: quiet });
    if ((await waitingJobs()) === 0) return;
  }
  throw new Error(`jobs still waiting: ${JSON.stringify(await prisma.$queryRaw`SELECT task_identifier, last_error FROM graphile_worker.jobs`)}`);
}

export async function waitingJobs(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
  return row!.n;
}

/** Two long-running workers, like two app instances, until the queue is empty. */
export async function withTwoWorkers(body: () => Promise<void>) {
  const options = { connectionString: process.env.DATABASE_URL!, crontab: "", pollInterval: 100, concurrency: 4 };
  const workers = await Promise.all([startJobWorker(options), startJobWorker(options)]);
  try {
    await body();
    const deadline = Date.now() + 30_000;
    while ((await waitingJobs()) > 0) {
      if (Date.now() > deadline) throw new Error("the workers did not empty the queue");
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

export async function clearJobs() {
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
}

const quiet = new Logger(() => () => {});
