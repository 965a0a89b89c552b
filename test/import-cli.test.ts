import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { run } from '../src/harness/run.ts';

describe('npm run import', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-import-'));
  const data = path.join(dir, 'data');
  cpSync('test/fixtures/valid', data, { recursive: true });
  const openai = path.join(data, 'providers', 'openai.yaml');
  // Tell the importer which snapshot names this provider goes by; keep a comment to check it survives.
  writeFileSync(
    openai,
    readFileSync(openai, 'utf8').replace(
      'offers:\n',
      '# a comment people wrote\nsources:\n  litellm: openai\n  modelsdev: openai\noffers:\n',
    ),
  );
  const env = { ATLAS_DATA_DIR: data, ATLAS_TODAY: '2026-12-08' };
  const importer = (...args: string[]) => run(['scripts/import.ts', ...args], env);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a valid model file from a snapshot entry and explains its editorial calls', async () => {
    const result = importer('model', 'openai/gpt-4.1-nano');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('gpt-4.1-nano: tier lightweight: "nano" names a small tier');
    const text = readFileSync(path.join(data, 'models/openai/gpt-4.1-nano.yaml'), 'utf8');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=..\/..\/..\/schema\/model.json\n# Facts imported from modelsdev@f3fc692 openai\/gpt-4.1-nano\./,
    );
    expect(text).toContain('context_window: 1047576\n');
    expect(text).toContain('input: [text, image]\n');
    // Each fact names the catalogue file it was copied from, read today, as a secondary page.
    expect(text).toContain(
      [
        'sources:',
        '  - url: https://github.com/anomalyco/models.dev/blob/f3fc692299671838c7c65fd8126bf84d81a2e817/models/openai/gpt-4.1-nano.toml',
        '    read: 2026-12-08',
        '    secondary: true',
        '    fields: [released, knowledge_cutoff, context_window, max_output, modalities, capabilities, open_weights]',
        '',
      ].join('\n'),
    );
    // validate's rule for new models (sourced limits and dates) holds for the file as written.
    expect((await loadData(data, { requireSources: true })).problems).toEqual([]);
  });

  it('prints its usage on --help, and on an option it does not know exits 2 with it, no stack trace', () => {
    const help = importer('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run import -- <command>/);
    const wrong = importer('offers', '--bogus');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^import: Unknown option '--bogus'\nusage: /);
    expect(wrong.stderr).not.toContain('    at ');
  });

  it('never overwrites a model, and refuses one whose creator does not exist', () => {
    const again = importer('model', 'openai/gpt-4.1-nano');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists already');
    const orphan = importer('model', 'xai/grok-4.3');
    expect(orphan.status).toBe(2);
    expect(orphan.stderr).toContain('no creator xai');
    expect(readdirSync(path.join(data, 'models'))).toEqual(['anthropic', 'openai']);
    const badPage = importer('model', 'openai/gpt-4.1-mini', '--facts-page', 'http://example.com');
    expect(badPage.status).toBe(2);
    expect(badPage.stderr).toContain(
      '--facts-page: expected an https:// link, got "http://example.com"',
    );
  });

  it('appends offers for models the provider does not offer yet, keeping the rest of the file', async () => {
    const before = readFileSync(openai, 'utf8');
    const result = importer('offers', 'openai');
    expect(result.status).toBe(0);
    // LiteLLM (2026-07-18) is newer than models.dev (2026-07-02), so its price is taken.
    expect(result.stdout).toContain(
      '+ openai: gpt-4.1-nano (openai/gpt-4.1-nano) 0.1 / 0.4 from litellm@00035b69',
    );
    const after = readFileSync(openai, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      [
        '  - model: gpt-4.1-nano',
        '    provider_model_id: gpt-4.1-nano',
        '    price:',
        '      input: 0.1',
        '      output: 0.4',
        '      cached_input: 0.025',
        '      batch_input: 0.05',
        '      batch_output: 0.2',
        // LiteLLM's priority tier for it comes with the offer, under the same date and source.
        '      tiers:',
        '        priority:',
        '          input: 0.2',
        '          output: 0.8',
        '          cached_input: 0.05',
        '    updated: 2026-07-18',
        '    source: litellm@00035b69',
        '',
      ].join('\n'),
    );
    const { data: loaded, problems } = await loadData(data);
    expect(problems).toEqual([]);
    expect(loaded.providers.find((p) => p.id === 'openai')?.offers.map((o) => o.model)).toContain(
      'gpt-4.1-nano',
    );
  });

  it('leaves every file byte-identical when there is nothing new', () => {
    const before = readFileSync(openai, 'utf8');
    const result = importer('offers', 'openai');
    expect(result.stdout).toContain('nothing to import');
    expect(readFileSync(openai, 'utf8')).toBe(before);
  });

  it('creates a provider with the offers the snapshots know, and refuses bad flags', async () => {
    const bad = importer(
      'provider',
      'groq',
      '--name',
      'Groq',
      '--kind',
      'reseller',
      '--url',
      'http://groq.com',
      '--pricing-url',
      'https://groq.com/pricing',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--url: expected an https:// link, got "http://groq.com"');
    expect(bad.stderr).toContain(
      '--kind: expected one of first-party, cloud, inference-platform, aggregator',
    );
    expect(readdirSync(path.join(data, 'providers'))).not.toContain('groq.yaml');

    const good = importer(
      'provider',
      'openai-router',
      '--name',
      'OR',
      '--kind',
      'aggregator',
      '--url',
      'https://openrouter.ai',
      '--pricing-url',
      'https://openrouter.ai/models',
      '--openrouter',
      'OpenRouter',
    );
    expect(good.status).toBe(0);
    expect(good.stdout).toContain(
      '+ openai-router: gpt-4o-mini (OpenRouter/openai/gpt-4o-mini) 0.15 / 0.6 from openrouter@2026-08-01',
    );
    const { data: loaded, problems } = await loadData(data);
    expect(problems).toEqual([]);
    expect(loaded.providers.find((p) => p.id === 'openai-router')?.sources).toEqual({
      openrouter: 'OpenRouter',
    });
  });

  it('names the page of the facts given as flags, and refuses such a flag without it', async () => {
    const sol = [
      'model',
      'openrouter:openai/gpt-5.6-sol-pro',
      '--creator',
      'openai',
      '--id',
      'gpt-5.6-sol',
      '--family',
      'gpt-5.6',
      '--released',
      '2026-07-09',
      '--closed',
    ];
    const bare = importer(...sol);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(
      'gpt-5.6-sol: the facts given by --released, --open-weights/--closed need the page they were read on: pass --facts-page',
    );
    expect(readdirSync(path.join(data, 'models', 'openai'))).not.toContain('gpt-5.6-sol.yaml');

    const page = 'https://developers.openai.com/api/docs/models/gpt-5.6-sol';
    const cited = importer(...sol, '--facts-page', page);
    expect(cited.stderr).toBe('');
    expect(cited.status).toBe(0);
    const text = readFileSync(path.join(data, 'models/openai/gpt-5.6-sol.yaml'), 'utf8');
    expect(text).toContain(
      [
        'sources:',
        `  - url: ${page}`,
        '    read: 2026-12-08',
        '    fields: [released, open_weights]',
        '  - url: https://openrouter.ai/api/v1/models',
        '    read: 2026-08-01',
        '    secondary: true',
        '    fields: [knowledge_cutoff, context_window, max_output, modalities, capabilities]',
        '',
      ].join('\n'),
    );
    expect((await loadData(data, { requireSources: true })).problems).toEqual([]);
  });

  it("says that a release date taken from OpenRouter's list is the day it listed the model", () => {
    const result = importer(
      'model',
      'openrouter:openai/gpt-5.6-luna-pro',
      '--creator',
      'openai',
      '--id',
      'gpt-5.6-luna',
      '--family',
      'gpt-5.6',
      '--closed',
      '--facts-page',
      'https://developers.openai.com/api/docs/models/gpt-5.6-luna',
      '--dry-run',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '  # released: the day OpenRouter listed openai/gpt-5.6-luna-pro (its created), not a date the maker gave\n  - url: https://openrouter.ai/api/v1/models\n',
    );
    expect(result.stdout).toMatch(/fields: \[released, knowledge_cutoff, /);
  });
});
