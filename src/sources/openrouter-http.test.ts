/**
 * readOpenRouter over HTTP, against a server on 127.0.0.1 (a free port) that serves the spec
 * fixtures: the list, then the endpoints of each id asked for, with or without an API key.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH, type FetchOptions } from '../refresh/http.ts';
import { readOpenRouter } from '../refresh/sources/openrouter.ts';
import { DAY, REF, specEndpoints, specModels } from './openrouter.fixtures.ts';

describe('readOpenRouter over HTTP', () => {
  const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
  const routes = new Map<string, () => unknown>();
  let base = '';
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const body = routes.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body()));
  });
  const options: FetchOptions = { ...DEFAULT_FETCH, retries: 0, timeoutMs: 5000 };
  const ids = ['openai/gpt-4', 'openrouter/auto', 'not/listed'];

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const serve = (models: unknown = specModels()) => {
    requests.length = 0;
    routes.clear();
    routes.set('/api/v1/models', () => models);
    routes.set('/api/v1/models/openai/gpt-4/endpoints', specEndpoints);
  };

  it('sends the API key as a bearer token on every request and says it did', async () => {
    serve();
    const withHeader = { ...options, headers: { 'x-title': 'model-atlas', authorization: 'old' } };
    const read = await readOpenRouter(base, ids, REF, DAY, withHeader, 'sk-or-test');
    expect(read.authenticated).toBe(true);
    // The list, then the endpoints of each listed id (openrouter/auto answers 404: none).
    expect(requests.map((r) => r.url).sort()).toEqual([
      '/api/v1/models',
      '/api/v1/models/openai/gpt-4/endpoints',
      '/api/v1/models/openrouter/auto/endpoints',
    ]);
    for (const r of requests) {
      expect(r.headers['authorization']).toBe('Bearer sk-or-test');
      expect(r.headers['x-title']).toBe('model-atlas');
      expect(r.headers['accept']).toBe('application/json');
    }
    expect(read.entries.map((e) => e.id)).toEqual(['openai/gpt-4', 'openrouter/auto']);
    expect(read.endpoints.map((e) => [e.tag, e.variant, e.ttftMs])).toEqual([
      ['openai', false, 612.4],
      ['openai/fast', true, undefined],
    ]);
    expect(read.endpointFailures).toEqual([]);
    expect(read.skipped).toEqual([]);
    expect(read.notes).toEqual([]);
  });

  it('sends no Authorization header without a key, and says so', async () => {
    for (const key of [undefined, '', '  ']) {
      serve();
      const read = await readOpenRouter(base, ids, REF, DAY, options, key);
      expect(read.authenticated).toBe(false);
      expect(requests).toHaveLength(3);
      for (const r of requests) expect(r.headers['authorization']).toBeUndefined();
    }
  });

  it('reports the models and endpoints it skipped, and still reads the rest', async () => {
    const models = specModels();
    models.data.push({ id: 'bad/model', pricing: { prompt: 1 } });
    serve(models);
    routes.set('/api/v1/models/openai/gpt-4/endpoints', () => {
      const json = specEndpoints();
      json.data.endpoints.push({ provider_name: 'Azure', pricing: { prompt: 0.1 } });
      return json;
    });
    const read = await readOpenRouter(base, ids, REF, DAY, options);
    expect(read.entries.map((e) => e.id)).toEqual(['openai/gpt-4', 'openrouter/auto']);
    expect(read.endpoints).toHaveLength(2);
    expect(read.skipped).toEqual([
      expect.stringMatching(/^\/api\/v1\/models data\[2\] \(bad\/model\): pricing\.prompt: /),
      expect.stringMatching(/^openai\/gpt-4 endpoints\[2\] \(Azure\): pricing\.prompt: /),
    ]);
  });

  it('fails the source only when the list is not a list', async () => {
    serve({ error: { code: 500, message: 'oops' } });
    await expect(readOpenRouter(base, ids, REF, DAY, options)).rejects.toThrow(
      /api\/v1\/models: not the expected shape: not a model list: data: /,
    );
  });
});
