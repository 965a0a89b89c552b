/**
 * The tests' static server sends text gzipped to a client that accepts it, as a CDN does, so the
 * browser tests and Lighthouse measure what a visitor downloads.
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../src/harness/serve.ts';

const dist = inject('siteDir');
let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve(dist);
});
afterAll(() => site.close());

/** GET with the given Accept-Encoding: the Content-Encoding header and the body as sent. */
function get(url: string, encoding: string): Promise<{ encoding: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'] ?? '', body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the test server', () => {
  it('gzips a page for a client that accepts gzip, and sends it as is to one that does not', async () => {
    const html = await readFile(path.join(dist, 'index.html'));
    const zipped = await get(`${site.url}/`, 'gzip, deflate, br');
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(html.length / 2);
    expect(gunzipSync(zipped.body).equals(html)).toBe(true);
    const plain = await get(`${site.url}/`, 'identity');
    expect(plain.encoding).toBe('');
    expect(plain.body.equals(html)).toBe(true);
  });
});
