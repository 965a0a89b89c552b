/**
 * Reading a JSON endpoint without trusting it: a timeout on every attempt, bounded retries on 429
 * and 5xx that honour Retry-After, a cap on the body's size, and errors that say what came back
 * (an HTML error page, truncated JSON) rather than a parser's stack trace.
 */

export interface FetchOptions {
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Attempts after the first, for 429, 5xx and network errors. */
  retries: number;
  /** The most bytes a response may have; a bigger one is refused while it is read. */
  maxBytes: number;
  /** The longest wait a Retry-After may ask for before a retry, in milliseconds. */
  maxRetryWaitMs: number;
  /** The first wait between attempts when the server does not say; it doubles each time. */
  backoffMs: number;
  /** Sent with every request (an API key's Authorization header, for example). */
  headers?: Record<string, string> | undefined;
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 30_000,
  retries: 3,
  maxBytes: 64 * 1024 * 1024,
  maxRetryWaitMs: 60_000,
  backoffMs: 1000,
};

/** A source that could not be read; the message is for the report. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** HTTP statuses worth another attempt: rate limiting and the server's own failures. */
const retryable = (status: number) => status === 429 || status >= 500;

/** Retry-After in milliseconds: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Reads at most `max` bytes of the body, refusing the response as soon as it is bigger. */
async function readCapped(response: Response, max: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    throw new SourceError(
      `${url} answered with ${declared.toLocaleString('en-US')} bytes; the most expected is ${max.toLocaleString('en-US')}`,
    );
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new SourceError(`${url} sent more than ${max.toLocaleString('en-US')} bytes; refused`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as JSON, or an error that says what it was instead. */
function parseJson(text: string, url: string, type: string | null): unknown {
  const start = text.trimStart().slice(0, 1);
  if (start === '<' || type?.includes('text/html')) {
    throw new SourceError(
      `${url} answered with an HTML page, not JSON: ${JSON.stringify(text.trim().slice(0, 80))}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SourceError(
      `${url} answered with malformed or truncated JSON (${text.length.toLocaleString('en-US')} bytes): ${why}`,
    );
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * GETs `url` and parses its JSON. Returns undefined for 404, which some endpoints use for "nothing
 * here"; throws a SourceError for everything else that is not a JSON answer, after the retries.
 */
export async function fetchJson(
  url: string,
  options: FetchOptions = DEFAULT_FETCH,
): Promise<unknown> {
  const backoff = (attempt: number) => options.backoffMs * 2 ** attempt;
  const timedOut = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';
  let last = 'no attempt';
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    let response: Response;
    // One deadline for the whole attempt: the answer and its body (a source that sends its body
    // slowly is retried like one slow to answer).
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      response = await fetch(url, {
        signal,
        headers: {
          accept: 'application/json',
          'user-agent': 'model-atlas-refresh',
          ...options.headers,
        },
      });
    } catch (error) {
      last = timedOut(error)
        ? `no answer within ${options.timeoutMs / 1000} s`
        : `could not connect (${error instanceof Error ? error.message : String(error)})`;
      if (attempt < options.retries) await wait(backoff(attempt));
      continue;
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (retryable(response.status)) {
      await response.body?.cancel();
      last = `HTTP ${response.status}`;
      if (attempt === options.retries) break;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined && asked > options.maxRetryWaitMs) {
        throw new SourceError(
          `${url}: HTTP ${response.status}, and it asks to wait ${Math.round(asked / 1000)} s; giving up for today`,
        );
      }
      await wait(asked ?? backoff(attempt));
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new SourceError(`${url}: HTTP ${response.status}`);
    }
    let text: string;
    try {
      text = await readCapped(response, options.maxBytes, url);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      last = timedOut(error)
        ? `the body did not arrive within ${options.timeoutMs / 1000} s`
        : `the body broke off (${error instanceof Error ? error.message : String(error)})`;
      if (attempt < options.retries) await wait(backoff(attempt));
      continue;
    }
    return parseJson(text, url, response.headers.get('content-type'));
  }
  throw new SourceError(`${url}: ${last} after ${options.retries + 1} attempts`);
}
