/**
 * `npm run refresh` for real on the units beside the token prices: the script in a child process,
 * reading LiteLLM's recorded file (reference/litellm-model-prices.json, BerriAI/litellm at
 * 00035b69) over HTTP from 127.0.0.1 with three entries rewritten, editing a copy of data/. A
 * priority price moved tenfold is refused, a web-search fee that appears is applied and reported,
 * and one that is no longer stated is kept and reported as needing a person.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dataCopy,
  offerIn,
  refresh,
  server,
  snapshot,
  useSourceServer,
  type Run,
} from './helpers/refresh.ts';

useSourceServer();

type Entry = Record<string, unknown>;

/** LiteLLM's file with gpt-4o's priority input ×10, a search fee on gpt-4o-mini, none on Opus 4.6. */
const rewriteLiteLLM = (json: Record<string, unknown>) => {
  const gpt4o = json['gpt-4o'] as Entry;
  const mini = json['gpt-4o-mini'] as Entry;
  const opus = { ...(json['claude-opus-4-6'] as Entry) };
  delete opus['search_context_cost_per_query'];
  return {
    ...json,
    'gpt-4o': { ...gpt4o, input_cost_per_token_priority: 0.0000425 },
    'gpt-4o-mini': {
      ...mini,
      search_context_cost_per_query: {
        search_context_size_low: 0.025,
        search_context_size_medium: 0.0275,
        search_context_size_high: 0.03,
      },
    },
    'claude-opus-4-6': opus,
  };
};

describe('npm run refresh on service tiers and fees', () => {
  let dir: string;
  let before: Map<string, string>;
  let run: Run;
  beforeAll(async () => {
    dir = await dataCopy();
    before = await snapshot(dir);
    server.rewrite.set('/litellm/prices.json', rewriteLiteLLM);
    run = await refresh(dir, '--sources', 'litellm');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const offer = async (file: string, model: string) =>
    offerIn(await readFile(path.join(dir, file), 'utf8'), model);

  it('refuses a priority price that moves tenfold, and leaves the offer as it was', async () => {
    expect(run.report).toContain(
      'openai / gpt-4o: tiers.priority.input: 4.25 → 42.5, more than 3× in one step (litellm)',
    );
    expect(await offer('providers/openai.yaml', 'gpt-4o')).toEqual(
      offerIn(before.get('providers/openai.yaml') ?? '', 'gpt-4o'),
    );
  });

  it('applies a web-search fee that appears, at the medium context size, and reports it', async () => {
    const mini = await offer('providers/openai.yaml', 'gpt-4o-mini');
    expect(mini?.['price']).toMatchObject({ fees: { web_search_per_1k: 27.5 } });
    // A fee stated for the first time ends no price: the history is as it was.
    const was = offerIn(before.get('providers/openai.yaml') ?? '', 'gpt-4o-mini');
    expect(mini?.['history']).toEqual(was?.['history']);
    expect(run.report).toContain('## Fees added or no longer stated');
    expect(run.report).toContain(
      '- openai / gpt-4o-mini: fees.web_search_per_1k $27.50 added (litellm), applied with the change',
    );
  });

  it('keeps a fee its source no longer states, and asks a person', async () => {
    const opus = await offer('providers/anthropic.yaml', 'claude-opus-4.6');
    expect(opus?.['price']).toMatchObject({ fees: { web_search_per_1k: 10 } });
    expect(run.report).toContain(
      "- anthropic / claude-opus-4.6: fees.web_search_per_1k $10.00 is no longer stated by litellm; kept, check the provider's page",
    );
    expect(run.code).toBe(2);
  });
});
