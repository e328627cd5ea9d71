import { percentile } from "../support/stats";
import type { TOutcome } from "./member-client";
import type { TVerdict } from "./verify-writes";

export type TRunFigures = {
  members: number; units: number; paceMs: [number, number]; seconds: number; elapsedSeconds: number; evidenceShare: number;
  /** Averaged over a measurement before and one after the saves. */
  signIn: { perSecond: number; each: number[]; clients: number; seconds: number; requests: number; cpu: TCpu }; load: { before: number[]; after: number[] };
  /** CPU ms spent during the save run by the app server and by PostgreSQL. */
  cpu: TCpu;
};
type TCpu = { server: number; postgres: number };

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

function latencyLine(label: string, outcomes: TOutcome[]) {
  const times = outcomes.filter((o) => o.kind === "ok").map((o) => o.ms).sort((a, b) => a - b);
  if (!times.length) return `  ${label.padEnd(18)} none`;
  return `  ${label.padEnd(18)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1)!)}  (n=${times.length})`;
}

/** Prints the run and returns whether it met the targets of issue 9. */
export function report(run: TRunFigures, outcomes: TOutcome[], verdict: TVerdict): boolean {
  const ok = outcomes.filter((o) => o.kind === "ok");
  const answers = outcomes.filter((o) => o.op === "answer");
  const offered = run.members / ((run.paceMs[0] + run.paceMs[1]) / 2 / 1000);
  const achieved = ok.length / run.elapsedSeconds;
  const errors = new Map<string, number>();
  for (const o of outcomes) {
    if (o.transientAttempts) errors.set("UNAVAILABLE (sent again)", (errors.get("UNAVAILABLE (sent again)") ?? 0) + o.transientAttempts);
    if (o.kind !== "ok" && o.kind !== "CONFLICT") errors.set(o.kind, (errors.get(o.kind) ?? 0) + 1);
  }
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const conflicts = outcomes.filter((o) => o.kind === "CONFLICT").length;
  const share = achieved / run.signIn.perSecond;
  const answerTimes = answers.filter((o) => o.kind === "ok").map((o) => o.ms).sort((a, b) => a - b);
  const p95 = percentile(answerTimes, 95);
  const human = run.paceMs[0] >= 3000;

  console.log(`\nloadtest: ${run.members} members over ${run.units} units, one save every ${run.paceMs[0]}-${run.paceMs[1]} ms each, ${run.seconds} s, ${Math.round(run.evidenceShare * 100)}% of saves are evidence`);
  console.log(`machine: load average ${run.load.before.map((l) => l.toFixed(1)).join(" ")} before, ${run.load.after.map((l) => l.toFixed(1)).join(" ")} after (1/5/15 min)`);
  const perRequest = (cpu: TCpu, count: number) => `server ${(cpu.server / count).toFixed(1)} ms + PostgreSQL ${(cpu.postgres / count).toFixed(1)} ms CPU each`;
  console.log(`sign-in page: ${run.signIn.perSecond.toFixed(0)} requests/s (${run.signIn.each.map((n) => n.toFixed(0)).join(" before, ")} after the saves; ${run.signIn.clients} clients, ${run.signIn.seconds} s; ${perRequest(run.signIn.cpu, run.signIn.requests)})`);
  console.log(`saves: offered ${offered.toFixed(1)}/s, achieved ${achieved.toFixed(1)}/s acknowledged (${ok.length} in ${run.elapsedSeconds.toFixed(1)} s) = ${(share * 100).toFixed(0)}% of the sign-in page`);
  console.log(`cost: ${perRequest(run.cpu, Math.max(1, outcomes.length))} (all requests of the run, conflicts included)`);
  console.log("latency of acknowledged saves (round trip, retries included):");
  console.log(latencyLine("answers", answers));
  console.log(latencyLine("evidence links", outcomes.filter((o) => o.op === "link")));
  console.log(latencyLine("evidence uploads", outcomes.filter((o) => o.op === "upload")));
  console.log(`conflicts (two members of a unit on one item; expected, not errors): ${conflicts}`);
  console.log(`errors by kind: ${errorCount === 0 ? "none" : [...errors].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  console.log(`check: ${Object.entries(verdict.checked).map(([k, n]) => `${n} ${k}`).join(", ")}`);
  console.log(`  lost writes ${verdict.lost.length}, corrupted writes ${verdict.corrupted.length}, audit mismatches ${verdict.auditMismatches.length}, stored scores unlike a recomputation ${verdict.scoreMismatches.length}`);
  for (const problem of [...verdict.lost, ...verdict.corrupted, ...verdict.auditMismatches, ...verdict.scoreMismatches].slice(0, 10)) console.log(`    ${problem}`);

  const intact = verdict.lost.length + verdict.corrupted.length + verdict.auditMismatches.length + verdict.scoreMismatches.length === 0;
  const needed = Math.min(150, 0.6 * run.signIn.perSecond);
  const met = human ? errorCount === 0 && p95 <= 250 : errorCount === 0 && achieved >= needed;
  const target = human ? "0 errors, answer p95 <= 250 ms" : `0 errors, >= ${needed.toFixed(0)} acknowledged saves/s (150/s or 60% of the sign-in page, the lower)`;
  console.log(`target (${human ? "human pace" : "fast pace"}): ${target}: ${met && intact ? "MET" : "NOT MET"}`);
  return met && intact;
}
