import "server-only";

// Aggregates over the scope's node scores (the heat map, area averages, weakest indicators) are
// the dashboard's heaviest reads: tens of thousands of NodeScore rows for a large agency. They
// are kept per process under the score fingerprint of their period and scope, so a view reads
// them again only after a score in scope was written. A stale value can never be served: the
// fingerprint is taken in the same request. Per process, bounded; safe with several instances.

type TEntry = { fingerprint: string; value: Promise<unknown> };

const LIMIT = 200;
const store = ((globalThis as { __dashboardAggregates?: Map<string, TEntry> }).__dashboardAggregates ??= new Map());

export function cachedAggregate<T>(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
  const hit = store.get(key);
  if (hit && hit.fingerprint === fingerprint) return hit.value as Promise<T>;
  const value = compute();
  store.delete(key);
  store.set(key, { fingerprint, value });
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  if (store.size > LIMIT) store.delete(store.keys().next().value!);
  return value;
}
