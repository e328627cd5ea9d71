// The framework's own ceiling on this machine: how many sign-in pages (a small server render,
// no database) the server answers per second to `clients` clients asking back to back.
export async function pageThroughput(baseUrl: string, path: string, clients: number, seconds: number) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  let failed = 0;
  const client = async () => {
    while (performance.now() < until) {
      const response = await fetch(`${baseUrl}${path}`).catch(() => null);
      if (response?.ok) {
        await response.arrayBuffer();
        done += 1;
      } else {
        failed += 1;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return { perSecond: done / ((performance.now() - start) / 1000), requests: done, failed };
}
