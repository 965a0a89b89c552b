/**
 * `npm run new` with flags, when it must write nothing, on a copy of the valid fixture catalog:
 * a dry run, which prints the file instead, and everything it refuses (what the schemas refuse,
 * ids that exist, flags it does not know, a catalog with problems already), each with its message
 * and exit code, and not a byte of the catalog changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogCopies, changed, hashes, scaffoldIn, TODAY } from './helpers/new-cli.ts';

const freshData = catalogCopies();

describe('npm run new, with flags', () => {
  let data = '';
  let before = new Map<string, string>();
  const scaffold = (...args: string[]) => scaffoldIn(data, ...args);
  beforeEach(() => {
    data = freshData();
    before = hashes(data);
  });

  it('prints the file on --dry-run and writes nothing', () => {
    const result = scaffold(
      'creator',
      '--name',
      'Mistral AI',
      '--url',
      'https://mistral.ai',
      '--dry-run',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'data/creators/mistral-ai.yaml:\n# yaml-language-server: $schema=../../schema/creator.json\nname: Mistral AI\n',
    );
    expect(result.stdout).toContain('dry run: would write data/creators/mistral-ai.yaml');
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('refuses an id that exists, under its own name or as an alias', () => {
    const model = scaffold(
      'model',
      '--name',
      'GPT-4o mini',
      '--creator',
      'openai',
      '--released',
      '2024-07-18',
      '--context',
      '128000',
      '--input',
      'text',
      '--output',
      'text',
      '--open-weights',
      'no',
    );
    expect(model.status).toBe(2);
    expect(model.stderr).toContain(
      'new: --id: gpt-4o-mini exists already: data/models/openai/gpt-4o-mini.yaml',
    );
    const provider = scaffold(
      'provider',
      '--name',
      'OpenAI',
      '--url',
      'https://openai.com',
      '--pricing-url',
      'https://openai.com/api/pricing/',
      '--kind',
      'first-party',
    );
    expect(provider.status).toBe(2);
    expect(provider.stderr).toContain(
      'new: --id: openai exists already: data/providers/openai.yaml',
    );
    const offered = scaffold(
      'offer',
      '--provider',
      'openai',
      '--model',
      'gpt-4o',
      '--input-price',
      '2',
      '--output-price',
      '8',
    );
    expect(offered.status).toBe(2);
    expect(offered.stderr).toContain(
      'new: --model: openai already offers gpt-4o (offers[1]); pass --variant to add another offer of it',
    );
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('refuses an unknown creator, suggesting the ids that exist', () => {
    const result = scaffold(
      'model',
      '--name',
      'Grok 5',
      '--creator',
      'xai',
      '--released',
      '2026-01-01',
      '--context',
      '256000',
      '--input',
      'text',
      '--output',
      'text',
      '--open-weights',
      'no',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'new: --creator: no creator "xai" in data/creators/; known: anthropic, openai (add it first: npm run new -- creator)',
    );
    expect(result.stderr).not.toContain('    at ');
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('refuses an invalid price, date or source with the message validate gives, all at once', () => {
    const result = scaffold(
      'offer',
      '--provider',
      'openai',
      '--model',
      'claude-haiku-4.5',
      '--input-price',
      '0.15 USD',
      '--output-price',
      '0.0000006',
      '--updated',
      '2026-13-01',
      '--source',
      'http://example.com',
    );
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      'new: --input-price: expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
      'new: --output-price: expected USD per 1M tokens, got 6e-7, which looks like a price per token: multiply by 1,000,000',
      'new: --updated: expected a real calendar date as YYYY-MM-DD, got "2026-13-01"',
      'new: --source: expected an https:// link or a source id (openrouter, litellm, modelsdev, genai-prices, optionally @revision), got "http://example.com"',
    ]);
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it("refuses a model's source that is not an https page, or read after today", () => {
    const result = scaffold(
      'model',
      '--name',
      'Claude Opus 5',
      '--creator',
      'anthropic',
      '--released',
      '2026-03-01',
      '--context',
      '1000000',
      '--input',
      'text',
      '--output',
      'text',
      '--open-weights',
      'no',
      '--source',
      'http://example.com/models',
      '--read',
      '2099-01-01',
      '--secondary',
      'perhaps',
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'new: --source: expected an https:// link, got "http://example.com/models"',
    );
    expect(result.stderr).toContain(
      `new: --read: expected a day no later than today (${TODAY}), got 2099-01-01`,
    );
    expect(result.stderr).toContain('new: --secondary: expected yes or no, got "perhaps"');
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('names every missing required flag when it may not ask', () => {
    const result = scaffold('model', '--name', 'Claude Opus 5', '--yes');
    expect(result.status).toBe(2);
    // A release day no page states stays out of the file, so --released is not required.
    expect(result.stderr).not.toContain('--released');
    expect(result.stderr).toContain('new: model needs --context (a whole number of tokens)');
    expect(result.stderr).toContain('new: model needs --input (comma-separated: text, image');
    expect(result.stderr).toContain('new: model needs --open-weights (yes or no)');
    // The page the facts were read on: validate refuses a new model without it.
    expect(result.stderr).toContain('new: model needs --source (an https:// link)');
    // What it could work out, it did: the creator of the other claude-opus models is not here.
    expect(result.stderr).toContain('new: model needs --creator');
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('refuses a flag of another command, or one it does not know, with the usage and exit 2', () => {
    const foreign = scaffold('creator', '--name', 'X', '--kind', 'cloud');
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(
      /^new: --kind: not an option of creator \(see --help\)\nusage: /,
    );
    const unknown = scaffold('model', '--bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^new: Unknown option '--bogus'\nusage: /);
    expect(unknown.stderr).not.toContain('    at ');
    const none = scaffold('widget');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(
      'new: unknown command widget: use model, offer, provider or creator',
    );
    const help = scaffold('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run new -- <model \| offer \| provider \| creator>/);
    expect(changed(before, hashes(data))).toEqual([]);
  });

  it('refuses to add to a data set that has problems already (exit 1)', () => {
    const broken = path.join(data, 'models', 'openai', 'gpt-4o.yaml');
    writeFileSync(
      broken,
      readFileSync(broken, 'utf8').replace('context_window:', 'contex_window:'),
    );
    before = hashes(data);
    const result = scaffold('creator', '--name', 'Mistral AI', '--url', 'https://mistral.ai');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('contex_window: unknown field "contex_window"');
    expect(result.stderr).toContain('✗ refused: data/ has 2 problems already');
    expect(changed(before, hashes(data))).toEqual([]);
  });
});
