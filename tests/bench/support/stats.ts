export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function measure(runs: number, body: (i: number) => Promise<void>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await body(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, runs };
}

export function report(label: string, stats: { p50: number; p95: number; max: number; runs: number }, targetP95: number) {
  const verdict = stats.p95 <= targetP95 ? "OK" : "OVER TARGET";
  console.log(
    `${label.padEnd(34)} p50 ${stats.p50.toFixed(1).padStart(6)} ms   p95 ${stats.p95.toFixed(1).padStart(6)} ms   max ${stats.max.toFixed(1).padStart(6)} ms   (n=${stats.runs}, target p95 <= ${targetP95} ms: ${verdict})`,
  );
}
