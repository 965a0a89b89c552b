/**
 * The four price sources, served on 127.0.0.1 from the recorded responses in reference/, for the
 * refresher's tests: OpenRouter's /api/v1/models and /endpoints, LiteLLM's price file, models.dev's
 * api.json (built from the models.dev snapshot by its generator's rules, see modelsdev-api.ts) and
 * genai-prices' data.json (the array bundled in @pydantic/genai-prices 0.1.8, which is
 * pydantic/genai-prices' prices/new_data/v2/data.json with a `type` added to each constraint, taken
 * off again by scripts/snapshot-genai-prices.ts; see reference/README.md). A test can rewrite a
 * response before it is served, or make a route misbehave: answer late or never, fail a few times, send an
 * HTML page, truncated JSON or far too many bytes.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { modelsDevApi } from './modelsdev-api.ts';

const REFERENCE = 'reference';
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(`${REFERENCE}/${file}`, 'utf8'));

type Json = Record<string, unknown>;

export const ENDPOINT_FIXTURES: Record<string, string> = {
  'moonshotai/kimi-k3': 'openrouter/endpoints-moonshotai--kimi-k3-2026-08-04.json',
  'qwen/qwen3.8-max': 'openrouter/endpoints-qwen--qwen3.8-max-2026-08-04.json',
};

/** How one route misbehaves. */
export interface Fault {
  /** Answer with this status (and body) instead of the data. */
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer: the request is read and the connection held open until the client gives up. */
  hang?: boolean;
  /** Answer 200 and send the first half of the body, then nothing more until the client gives up. */
  stallBody?: boolean;
  /** Misbehave this many times, then answer properly; forever when absent. */
  times?: number;
}

export interface SourceServer {
  url: string;
  urls: { openrouter: string; litellm: string; modelsdev: string; genaiPrices: string };
  /**
   * Rewrites a route's JSON before it is served (`/litellm/prices.json`, …). genai-prices' file is
   * an array, passed as it is.
   */
  rewrite: Map<string, (json: Json) => unknown>;
  faults: Map<string, Fault>;
  /**
   * Routes a test adds, answered with what the function returns; it is told whether the request
   * carried an `Authorization: Bearer …` header (OpenRouter's statistics need one).
   */
  routes: Map<string, (authenticated: boolean) => unknown>;
  /** Every path requested, in order, and the Authorization header each carried. */
  requests: string[];
  authorizations: (string | undefined)[];
  close: () => Promise<void>;
}

export async function startSourceServer(): Promise<SourceServer> {
  const data = new Map<string, () => Json>([
    ['/openrouter/api/v1/models', () => readJson('openrouter/models-2026-08-01.json') as Json],
    ['/litellm/prices.json', () => readJson('litellm-model-prices.json') as Json],
    ['/modelsdev/api.json', () => modelsDevApi(readJson('modelsdev-snapshot.json') as Json)],
    ['/genai-prices/data.json', () => readJson('genai-prices-0.1.8.json') as Json],
    ...Object.entries(ENDPOINT_FIXTURES).map(
      ([id, file]) =>
        [`/openrouter/api/v1/models/${id}/endpoints`, () => readJson(file) as Json] as const,
    ),
  ]);
  const rewrite = new Map<string, (json: Json) => unknown>();
  const faults = new Map<string, Fault>();
  const routes = new Map<string, (authenticated: boolean) => unknown>();
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    authorizations.push(req.headers.authorization);
    const fault = faults.get(path);
    let stalled = false;
    if (fault && (fault.times === undefined || fault.times > 0)) {
      if (fault.times !== undefined) fault.times--;
      if (fault.hang) return;
      stalled = fault.stallBody === true;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status !== undefined || fault.body !== undefined) {
        res.writeHead(fault.status ?? 200, {
          'content-type': 'application/json',
          ...fault.headers,
        });
        res.end(fault.body ?? '');
        return;
      }
    }
    const added = routes.get(path);
    const authenticated = /^Bearer \S+$/.test(req.headers.authorization ?? '');
    const load = data.get(path) ?? (added && (() => added(authenticated) as Json));
    if (!load) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":404,"message":"Not found"}}');
      return;
    }
    const json = (rewrite.get(path) ?? ((j: Json) => j))(load());
    res.writeHead(200, { 'content-type': 'application/json' });
    const body = JSON.stringify(json);
    if (stalled) {
      res.write(body.slice(0, body.length / 2));
      return;
    }
    res.end(body);
  };
  const server = createServer((req, res) => void answer(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    urls: {
      openrouter: `${url}/openrouter`,
      litellm: `${url}/litellm/prices.json`,
      modelsdev: `${url}/modelsdev/api.json`,
      genaiPrices: `${url}/genai-prices/data.json`,
    },
    rewrite,
    faults,
    routes,
    requests,
    authorizations,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A hanging route holds its connections open; close() would wait for them forever.
        server.closeAllConnections();
      }),
  };
}
