/**
 * `npm run refresh` for real: the script in a child process, reading the sources over HTTP from a
 * server on 127.0.0.1 that serves the recorded responses in reference/ (rewritten per test),
 * editing a copy of the real data/. The assertions are on the files it leaves and on its report:
 * the changes it applies, holds and refuses, and the runs that must not write. How it survives a
 * source that fails is in refresh-faults.test.ts.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import {
  dataCopy,
  offerIn,
  refresh,
  server,
  snapshot,
  TODAY,
  useSourceServer,
  type Run,
} from './helpers/refresh.ts';

useSourceServer();

/** LiteLLM's recorded file with OpenAI's gpt-4o-mini at other prices. */
const litellmGpt4oMini = (input: number, output: number) => (json: Record<string, unknown>) => ({
  ...json,
  'gpt-4o-mini': {
    ...(json['gpt-4o-mini'] as object),
    input_cost_per_token: input / 1e6,
    output_cost_per_token: output / 1e6,
  },
});

/** models.dev's api.json with OpenAI's gpt-4o-mini at other prices. */
const modelsdevGpt4oMini = (input: number, output: number) => (json: Record<string, unknown>) => {
  const openai = json['openai'] as { models: Record<string, { cost: object }> };
  const model = openai.models['gpt-4o-mini'];
  if (!model) throw new Error('no openai/gpt-4o-mini in the snapshot');
  model.cost = { ...model.cost, input, output };
  return json;
};

/** genai-prices' data.json (an array of providers) with OpenAI's gpt-4o-mini at other prices. */
const genaiGpt4oMini = (input: number, output: number) => (json: unknown) => {
  type Model = { id: string; prices: Record<string, unknown> };
  const openai = (json as { id: string; models: Model[] }[]).find((p) => p.id === 'openai');
  const model = openai?.models.find((m) => m.id === 'gpt-4o-mini');
  if (!model) throw new Error('no openai/gpt-4o-mini in the genai-prices snapshot');
  model.prices = { ...model.prices, input_mtok: input, output_mtok: output };
  return json;
};

/** Every catalogue that lists OpenAI's gpt-4o-mini shows it at these prices. */
function everyCatalogueSays(input: number, output: number): void {
  server.rewrite.set('/litellm/prices.json', litellmGpt4oMini(input, output));
  server.rewrite.set('/modelsdev/api.json', modelsdevGpt4oMini(input, output));
  server.rewrite.set('/genai-prices/data.json', genaiGpt4oMini(input, output));
}

describe('npm run refresh against the recorded responses', () => {
  let dir: string;
  let before: Map<string, string>;
  let first: Run;
  beforeAll(async () => {
    dir = await dataCopy();
    before = await snapshot(dir);
    // A 20% cut of gpt-4o-mini, as every catalogue that lists OpenAI's price would show it.
    everyCatalogueSays(0.12, 0.48);
    first = await refresh(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('applies the new price, appends the old one to the history, and cites the new source', async () => {
    const text = await readFile(path.join(dir, 'providers/openai.yaml'), 'utf8');
    const offer = offerIn(text, 'gpt-4o-mini');
    expect(offer?.['price']).toMatchObject({ input: 0.12, output: 0.48 });
    expect(offer?.['updated']).toBe(TODAY);
    expect(offer?.['source']).toBe(`litellm@${TODAY}`);
    const old = offerIn(before.get('providers/openai.yaml') ?? '', 'gpt-4o-mini');
    // The history it had, then the price just replaced.
    expect(offer?.['history']).toEqual([
      ...((old?.['history'] as unknown[] | undefined) ?? []),
      { price: old?.['price'], from: old?.['updated'], until: TODAY, source: old?.['source'] },
    ]);
    expect(first.report).toContain(
      '| openai / gpt-4o-mini | input $0.15 → $0.12 (−20%); output $0.60 → $0.48 (−20%) |',
    );
  });

  it('applies what the recordings say differs from the files, and refuses what looks wrong', () => {
    // OpenRouter's list of 2026-08-01 gives Gemini 3.5 Flash a cache-write price the file lacks.
    expect(first.report).toContain(
      '| openrouter / gemini-3.5-flash | cache_write $0.083333 (new) |',
    );
    // models.dev's snapshot gives a cache read dearer than the input itself: held for a person.
    expect(first.report).toContain(
      '- cloudflare-ai-gateway / gpt-3.5-turbo: cached_input 1.25 is dearer than input 0.5 (modelsdev)',
    );
    expect(first.code).toBe(2);
  });

  it('keeps every comment and every untouched line of every file', async () => {
    const after = await snapshot(dir);
    for (const [file, text] of before) {
      const now = after.get(file) ?? '';
      const comments = text.split('\n').filter((l) => l.trim().startsWith('#'));
      for (const comment of comments) expect(now, file).toContain(comment);
      // Besides the offers that changed, a refresh only adds `checked:` lines, and the speed
      // OpenRouter's recorded endpoints measured for the providers they name.
      if (file === 'providers/openai.yaml' || file === 'providers/openrouter.yaml') continue;
      const added = now.split('\n').filter((l) => !text.includes(l));
      const speed = /^ {4}speed:$|^ {6}(tokens_per_second|ttft_ms|uptime_pct|measured|source): /;
      expect(
        added.filter((l) => !/^ {4}checked: \d{4}-\d{2}-\d{2}$/.test(l) && !speed.test(l)),
        file,
      ).toEqual([]);
    }
  });

  it('leaves data that still validates, and records when each source was read', async () => {
    const { problems, data } = await loadData(dir);
    expect(problems).toEqual([]);
    expect(data.refreshState?.sources.litellm?.models).toBeGreaterThan(2000);
    expect(data.refreshState?.sources.openrouter?.offers_matched).toBeGreaterThan(100);
  });

  it('changes nothing on a second run: every file byte-identical', async () => {
    const once = await snapshot(dir);
    everyCatalogueSays(0.12, 0.48);
    const again = await refresh(dir);
    expect(again.stdout).toContain('0 changed');
    expect(await snapshot(dir)).toEqual(once);
  });
});

describe('sources that disagree', () => {
  it('holds a change one catalogue makes while the other still lists the old price', async () => {
    const dir = await dataCopy();
    server.rewrite.set('/litellm/prices.json', litellmGpt4oMini(0.12, 0.48));
    const run = await refresh(dir, '--sources', 'litellm,modelsdev');
    expect(run.code).toBe(2);
    expect(
      offerIn(await readFile(path.join(dir, 'providers/openai.yaml'), 'utf8'), 'gpt-4o-mini')?.[
        'price'
      ],
    ).toMatchObject({ input: 0.15, output: 0.6 });
    expect(run.report).toContain(
      '- openai / gpt-4o-mini, input: now $0.15; litellm@2026-11-24 says $0.12, modelsdev@2026-11-24 says $0.15',
    );
    await rm(dir, { recursive: true, force: true });
  });
});

describe('refusals', () => {
  it.each([
    ['a price 10 times off', 1.5, 6, 'input: 0.15 → 1.5, more than 3× in one step'],
    ['paid to free', 0, 0, 'input: 0.15 → 0, paid to free'],
  ])('refuses %s and leaves the offer as it was', async (_what, input, output, reason) => {
    const dir = await dataCopy();
    const file = path.join(dir, 'providers/openai.yaml');
    const text = await readFile(file, 'utf8');
    server.rewrite.set('/litellm/prices.json', litellmGpt4oMini(input, output));
    server.rewrite.set('/modelsdev/api.json', modelsdevGpt4oMini(input, output));
    const run = await refresh(dir, '--sources', 'litellm,modelsdev');
    expect(run.code).toBe(2);
    expect(run.report).toContain(`- openai / gpt-4o-mini: ${reason} (litellm)`);
    expect(offerIn(await readFile(file, 'utf8'), 'gpt-4o-mini')).toEqual(
      offerIn(text, 'gpt-4o-mini'),
    );
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a source that returns far fewer models than last time, and uses none of it', async () => {
    const dir = await dataCopy();
    await refresh(dir, '--sources', 'modelsdev');
    const before = await snapshot(dir);
    // Only OpenAI's models: a fraction of the 5,000 entries of the last read.
    server.rewrite.set('/modelsdev/api.json', (json) => ({ openai: json['openai'] }));
    const run = await refresh(dir, '--sources', 'modelsdev');
    expect(run.code).toBe(2);
    expect(run.report).toMatch(/modelsdev returned \d+ models, against 5276 last time/);
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('runs that must not write', () => {
  it('--dry-run prints the plan and writes nothing', async () => {
    const dir = await dataCopy();
    const before = await snapshot(dir);
    const run = await refresh(dir, '--dry-run');
    expect(run.stdout).toContain('# Price refresh, 2026-11-24');
    expect(run.stdout).toMatch(/dry run: \d+ files would change; nothing was written/);
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses to start on invalid data, with the problems, and exits 1', async () => {
    const dir = await dataCopy();
    const file = path.join(dir, 'providers/openai.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('input: 0.15\n', 'input: -0.15\n'),
    );
    const before = await snapshot(dir);
    const run = await refresh(dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /providers\/openai\.yaml:\d+:\d+: offers\[\d+\]\.price\.input: expected a non-negative number/,
    );
    expect(await snapshot(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects an unknown option with the usage, and exits 1', async () => {
    const dir = await dataCopy();
    const run = await refresh(dir, '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('usage: npm run refresh');
    await rm(dir, { recursive: true, force: true });
  });
});
