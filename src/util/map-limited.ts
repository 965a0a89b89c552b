/** Bounded concurrency for I/O: reading many files, fetching many endpoints. */

/** Runs `fn` over `items` with at most `limit` at once, keeping the order of results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const queue = items.entries();
  const worker = async () => {
    // Workers share one iterator, so each item is taken exactly once.
    for (const [i, item] of queue) results[i] = await fn(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
