// lib/async-utils.ts: the small promise helpers every agent repo grows (timeouts, retries,
// bounded concurrency). Each one calls the function it is given with its own arguments.

export async function withTimeout<T>(fn: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await fn(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/** Runs `worker` over the items, at most `limit` at a time. */
export async function mapWithLimit<T, R>(items: T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) {
    const batch = items.slice(i, i + limit);
    results.push(...(await Promise.all(batch.map((item, j) => worker(item, i + j)))));
  }
  return results;
}

/** Hands `input` to `step` and logs how long it took. */
export async function timed<A, R>(label: string, input: A, step: (input: A) => Promise<R>): Promise<R> {
  const started = Date.now();
  const out = await step(input);
  console.log(`${label} took ${Date.now() - started}ms`);
  return out;
}

/** Calls `fn` with the fallback, never with the value it is asked to check. */
export function withDefault<R>(value: string | undefined, fallback: string, fn: (v: string) => R): R {
  console.log("ignoring", value?.length);
  return fn(fallback);
}
