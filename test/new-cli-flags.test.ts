/**
 * `npm run new`, the contributors' scaffold, run with flags as a contributor runs it, on a copy of
 * the valid fixture catalog: each written file loads without a problem, holds exactly the fields
 * given after its schema line, and no other file changes by a byte. Its dry run and what it
 * refuses are in new-cli-refusals.test.ts, the terminal in new-cli-terminal.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { catalogCopies, changed, hashes, scaffoldIn, TODAY } from './helpers/new-cli.ts';

const freshData = catalogCopies();

/** The YAML of a written file, below its schema line, as plain data. */
const fields = (text: string): unknown => parse(text, { version: '1.2', schema: 'core' });

describe('npm run new, with flags', () => {
  let data = '';
  let before = new Map<string, string>();
  const scaffold = (...args: string[]) => scaffoldIn(data, ...args);
  const written = (file: string) => readFileSync(path.join(data, file), 'utf8');
  beforeEach(() => {
    data = freshData();
    before = hashes(data);
  });

  it('writes a model with exactly the fields given, unknown capabilities left out', async () => {
    const result = scaffold(
      'model',
      '--name',
      'GPT-5 nano',
      '--creator',
      'openai',
      '--released',
      '2025-08-07',
      '--context',
      '400,000',
      '--max-output',
      '128000',
      '--cutoff',
      '2024-05',
      '--input',
      'text,image',
      '--output',
      'text',
      '--tools',
      'yes',
      '--json',
      'unknown',
      '--reasoning',
      'no',
      '--open-weights',
      'no',
      '--source',
      'https://developers.openai.com/api/docs/models/gpt-5-nano',
      '--summary',
      'The smallest GPT-5, for classification and short answers.',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The calls it made itself are printed, with their reasons, for review.
    expect(result.stdout).toContain('--id gpt-5-nano (from the name)');
    expect(result.stdout).toContain('--tier lightweight ("nano" names a small tier)');
    expect(result.stdout).toContain(`--read ${TODAY} (today)`);
    expect(result.stdout).toContain('✓ wrote data/models/openai/gpt-5-nano.yaml');
    expect(result.stdout).toContain('next: add an offer: npm run new -- offer --model gpt-5-nano');

    expect(changed(before, hashes(data))).toEqual(['models/openai/gpt-5-nano.yaml']);
    const text = written('models/openai/gpt-5-nano.yaml');
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../../../schema/model.json',
        'name: GPT-5 nano',
        'family: gpt-5',
        'tier: lightweight',
        'released: 2025-08-07',
        'knowledge_cutoff: 2024-05',
        'context_window: 400000',
        'max_output: 128000',
        'modalities:',
        '  input: [text, image]',
        '  output: [text]',
        'capabilities:',
        '  tool_calling: true',
        '  reasoning: false',
        'open_weights: false',
        'status: active',
        'summary: The smallest GPT-5, for classification and short answers.',
        'sources:',
        '  - url: https://developers.openai.com/api/docs/models/gpt-5-nano',
        `    read: ${TODAY}`,
        '    fields: [released, knowledge_cutoff, context_window, max_output, modalities, capabilities]',
        '',
      ].join('\n'),
    );
    expect(fields(text)).toEqual({
      name: 'GPT-5 nano',
      family: 'gpt-5',
      tier: 'lightweight',
      released: '2025-08-07',
      knowledge_cutoff: '2024-05',
      context_window: 400000,
      max_output: 128000,
      modalities: { input: ['text', 'image'], output: ['text'] },
      capabilities: { tool_calling: true, reasoning: false },
      open_weights: false,
      status: 'active',
      summary: 'The smallest GPT-5, for classification and short answers.',
      sources: [
        {
          url: 'https://developers.openai.com/api/docs/models/gpt-5-nano',
          read: TODAY,
          fields: [
            'released',
            'knowledge_cutoff',
            'context_window',
            'max_output',
            'modalities',
            'capabilities',
          ],
        },
      ],
    });
    // validate's rule for a new model (its limits and dates sourced) holds for it.
    const { problems, data: loaded } = await loadData(data, { requireSources: true });
    expect(problems).toEqual([]);
    expect(loaded.models.find((m) => m.id === 'gpt-5-nano')?.creator).toBe('openai');
  });

  it('writes an open-weights model with its licence, and a retired one with its date', async () => {
    const result = scaffold(
      'model',
      '--name',
      'GPT OSS 20B',
      '--id',
      'gpt-oss-20b',
      '--creator',
      'openai',
      '--family',
      'gpt-oss',
      '--tier',
      'lightweight',
      '--released',
      '2025-08',
      '--context',
      '131072',
      '--input',
      'text',
      '--output',
      'text',
      '--open-weights',
      'yes',
      '--license',
      'Apache-2.0',
      '--status',
      'retired',
      '--retired',
      '2026-11-01',
      '--source',
      'https://huggingface.co/openai/gpt-oss-20b',
      '--read',
      '2026-11-30',
      '--secondary',
      'yes',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = written('models/openai/gpt-oss-20b.yaml');
    expect(text.startsWith('# yaml-language-server: $schema=../../../schema/model.json\n')).toBe(
      true,
    );
    expect(fields(text)).toEqual({
      name: 'GPT OSS 20B',
      family: 'gpt-oss',
      tier: 'lightweight',
      released: '2025-08',
      context_window: 131072,
      modalities: { input: ['text'], output: ['text'] },
      capabilities: {},
      open_weights: true,
      license: 'Apache-2.0',
      status: 'retired',
      retired: '2026-11-01',
      // Capabilities left unknown are not named; the licence and the retirement are.
      sources: [
        {
          url: 'https://huggingface.co/openai/gpt-oss-20b',
          read: '2026-11-30',
          secondary: true,
          fields: ['released', 'context_window', 'modalities', 'license', 'retired'],
        },
      ],
    });
    expect((await loadData(data, { requireSources: true })).problems).toEqual([]);
  });

  it('appends an offer to the provider file, every byte before it kept', async () => {
    const old = written('providers/openai.yaml');
    const result = scaffold(
      'offer',
      '--provider',
      'openai',
      '--model',
      'claude-haiku-4.5',
      '--provider-model-id',
      'claude-haiku-4-5',
      '--input-price',
      '1',
      '--output-price',
      '5',
      '--cached-price',
      '0.1',
      '--source',
      'https://example.com/pricing',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`--updated ${TODAY} (today)`);
    expect(result.stdout).toContain('✓ wrote data/providers/openai.yaml');
    expect(changed(before, hashes(data))).toEqual(['providers/openai.yaml']);
    const now = written('providers/openai.yaml');
    expect(now.startsWith(old)).toBe(true);
    expect(now.slice(old.length)).toBe(
      [
        '  - model: claude-haiku-4.5',
        '    provider_model_id: claude-haiku-4-5',
        '    price:',
        '      input: 1',
        '      output: 5',
        '      cached_input: 0.1',
        `    updated: ${TODAY}`,
        '    source: https://example.com/pricing',
        '',
      ].join('\n'),
    );
    const { problems, data: loaded } = await loadData(data);
    expect(problems).toEqual([]);
    expect(loaded.providers.find((p) => p.id === 'openai')?.offers.at(-1)).toEqual({
      model: 'claude-haiku-4.5',
      provider_model_id: 'claude-haiku-4-5',
      price: { input: 1, output: 5, cached_input: 0.1 },
      updated: TODAY,
      source: 'https://example.com/pricing',
    });
  });

  it("keeps a provider file's own layout (padded flow maps) when appending to it", async () => {
    const old = written('providers/openrouter.yaml');
    expect(old).toContain('price: { input: 0.15, output: 0.6, cached_input: 0.075 }');
    const result = scaffold(
      'offer',
      '--provider',
      'openrouter',
      '--model',
      'gpt-4o',
      '--variant',
      'nitro',
      '--input-price',
      '3',
      '--output-price',
      '12',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The source defaults to the provider's pricing_url, and says so.
    expect(result.stdout).toContain(
      "--source https://openrouter.ai/models (the provider's pricing_url)",
    );
    const now = written('providers/openrouter.yaml');
    expect(now.startsWith(old)).toBe(true);
    expect(fields(now.slice(old.length))).toEqual([
      {
        model: 'gpt-4o',
        variant: 'nitro',
        provider_model_id: 'gpt-4o',
        price: { input: 3, output: 12 },
        updated: TODAY,
        source: 'https://openrouter.ai/models',
      },
    ]);
    expect(changed(before, hashes(data))).toEqual(['providers/openrouter.yaml']);
    expect((await loadData(data)).problems).toEqual([]);
  });

  it('writes a provider with no offers yet, then takes an offer for it', async () => {
    const result = scaffold(
      'provider',
      '--name',
      'Groq',
      '--url',
      'https://groq.com',
      '--pricing-url',
      'https://groq.com/pricing',
      '--kind',
      'inference-platform',
      '--summary',
      'Fast inference of open models on its own chips.',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('next: add its offers: npm run new -- offer --provider groq');
    const text = written('providers/groq.yaml');
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../../schema/provider.json',
        'name: Groq',
        'url: https://groq.com',
        'pricing_url: https://groq.com/pricing',
        'kind: inference-platform',
        'summary: Fast inference of open models on its own chips.',
        'offers: []',
        '',
      ].join('\n'),
    );
    expect(changed(before, hashes(data))).toEqual(['providers/groq.yaml']);
    expect((await loadData(data)).problems).toEqual([]);

    const offer = scaffold(
      'offer',
      '--provider',
      'groq',
      '--model',
      'gpt-4o-mini',
      '--input-price',
      '0.1',
      '--output-price',
      '0.3',
      '--updated',
      '2026-11-30',
      '--source',
      'modelsdev@f3fc692',
    );
    expect(offer.stderr).toBe('');
    expect(offer.status).toBe(0);
    // `offers: []` becomes a list; everything above it stays.
    const now = written('providers/groq.yaml');
    expect(now.startsWith(text.replace('offers: []\n', 'offers:\n'))).toBe(true);
    const { problems, data: loaded } = await loadData(data);
    expect(problems).toEqual([]);
    expect(loaded.providers.find((p) => p.id === 'groq')?.offers).toEqual([
      {
        model: 'gpt-4o-mini',
        provider_model_id: 'gpt-4o-mini',
        price: { input: 0.1, output: 0.3 },
        updated: '2026-11-30',
        source: 'modelsdev@f3fc692',
      },
    ]);
  });

  it('writes a creator, its country code as ISO writes it', async () => {
    const result = scaffold(
      'creator',
      '--name',
      'Mistral AI',
      '--id',
      'mistral',
      '--url',
      'https://mistral.ai',
      '--country',
      'fr',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('next: add a model: npm run new -- model --creator mistral');
    expect(written('creators/mistral.yaml')).toBe(
      [
        '# yaml-language-server: $schema=../../schema/creator.json',
        'name: Mistral AI',
        'url: https://mistral.ai',
        'country: FR',
        '',
      ].join('\n'),
    );
    expect(changed(before, hashes(data))).toEqual(['creators/mistral.yaml']);
    expect((await loadData(data)).problems).toEqual([]);
  });
});
