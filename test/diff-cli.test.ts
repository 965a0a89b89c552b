/**
 * `npm run diff` on real revisions: a temporary git repository holding the fixture catalog, one
 * commit of changes a contributor makes (a price cut cited from a page with its history, a new
 * model with its offer, a removed offer, a renamed model, a cut that moves the cheapest provider),
 * and the command's Markdown read back: each change once, in words, with the numbers and the pages
 * worked out here by hand.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/harness/run.ts';

const repo = mkdtempSync(path.join(os.tmpdir(), 'atlas-diff-test-'));
const data = path.join(repo, 'data');
const git = (...args: string[]) => {
  const r = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};
const edit = (file: string, from: string, to: string) => {
  const full = path.join(data, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(full, text.replace(from, to));
};

cpSync('test/fixtures/valid', data, { recursive: true });
git('init', '-q', '-b', 'main');
git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'base');

// A price cut of 20% on GPT-4o at OpenAI, read from OpenAI's page, the old price kept as history:
// the offer's source turns from models.dev to a hand-cited page.
edit(
  'providers/openai.yaml',
  `      input: 2.5
      output: 10
      cached_input: 1.25
    updated: 2026-07-02
    source: modelsdev@f3fc692
`,
  `      input: 2
      output: 10
      cached_input: 1.25
    updated: 2026-08-01
    source: https://openai.com/api/pricing/
    history:
      - price: { input: 2.5, output: 10, cached_input: 1.25 }
        until: 2026-08-01
`,
);
// OpenRouter undercuts OpenAI on GPT-4o mini: the cheapest provider and "input from" move.
edit(
  'providers/openrouter.yaml',
  'price: { input: 0.15, output: 0.6, cached_input: 0.075 }',
  'price: { input: 0.12, output: 0.6, cached_input: 0.075 }',
);
// OpenRouter stops listing Claude Haiku 4.5: its offer goes.
edit(
  'providers/openrouter.yaml',
  `  - model: claude-haiku-4.5
    provider_model_id: anthropic/claude-haiku-4.5
    price: { input: 1, output: 5, cached_input: 0.1, cache_write: 1.25 }
    updated: 2026-07-02
    source: modelsdev@f3fc692
`,
  '',
);
// GPT-4o is renamed.
edit('models/openai/gpt-4o.yaml', 'name: GPT-4o\n', 'name: GPT-4o (2024-08)\n');
// A new model, and its offer at OpenAI.
writeFileSync(
  path.join(data, 'models/openai/gpt-4.1.yaml'),
  readFileSync(path.join(data, 'models/openai/gpt-4o.yaml'), 'utf8')
    .replace('name: GPT-4o (2024-08)', 'name: GPT-4.1')
    .replace('family: gpt-4o', 'family: gpt-4.1')
    .replace('released: 2024-05-13', 'released: 2025-04-14'),
);
edit(
  'providers/openai.yaml',
  'offers:\n',
  `offers:
  - model: gpt-4.1
    provider_model_id: gpt-4.1
    price: { input: 2, output: 8 }
    updated: 2026-07-02
    source: https://openai.com/api/pricing/
`,
);
git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-am', 'head');
git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'new model');

const diff = (...args: string[]) => run(['scripts/diff.ts', ...args], { ATLAS_DATA_DIR: data });
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** How many lines of `text` are exactly `line`. */
const times = (text: string, line: string) => text.split('\n').filter((l) => l === line).length;

describe('npm run diff', () => {
  const result = diff('HEAD~2', 'HEAD');
  const text = result.stdout;
  /** The lines under one heading, up to the next blank line. */
  const under = (heading: string, level = '###') =>
    (text.split(`${level} ${heading}\n\n`)[1]?.split('\n\n')[0]?.split('\n') ?? []).filter(
      (line) => line !== '',
    );

  it('runs, with nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(text).toMatch(/^## What changes on the site \(HEAD~2…HEAD\)\n/);
  });

  it('says each change once, in words, with its numbers', () => {
    for (const line of [
      '- GPT-4o (2024-08) at OpenAI: input $2.50 → $2.00 (-20%) per 1M tokens',
      '- GPT-4o mini at OpenRouter: input $0.15 → $0.12 (-20%) per 1M tokens',
      '- GPT-4.1 at OpenAI',
      '- GPT-4.1 (`gpt-4.1`)',
      '- Claude Haiku 4.5 at OpenRouter',
      '- GPT-4o (2024-08) (model): name GPT-4o → GPT-4o (2024-08)',
      '- GPT-4o mini: cheapest input OpenAI → OpenRouter',
      '- GPT-4o mini: input from $0.15 per 1M tokens → $0.12 per 1M tokens',
    ]) {
      expect(times(text, line), line).toBe(1);
    }
    // Under the right headings.
    expect(under('Offers added')).toEqual(['- GPT-4.1 at OpenAI']);
    expect(under('Offers removed')).toEqual(['- Claude Haiku 4.5 at OpenRouter']);
    expect(under('Models added')).toEqual(['- GPT-4.1 (`gpt-4.1`)']);
    expect(under('Prices changed')).toHaveLength(2);
    expect(text).not.toContain('### Models removed');
  });

  it('says the cut offer left the daily refresh, and its history', () => {
    expect(under('Sources that join or leave the daily refresh')).toEqual([
      '- OpenAI · GPT-4o (2024-08): source now a hand-cited page (https://openai.com/api/pricing/), whose prices the daily refresh does not check or change; before: models.dev (modelsdev@f3fc692)',
    ]);
    expect(under('Price history')).toEqual([
      '- GPT-4o (2024-08) at OpenAI: past price input $2.50, output $10.00 until 2026-08-01 added',
    ]);
  });

  it('lists the pages affected, grouped with their counts and what changes on each', () => {
    const site = 'http://localhost:4321';
    expect(text).toContain('### Pages affected (24 pages)\n');
    // Four rows: GPT-4o (cut and renamed), GPT-4o mini (cheapest now at OpenRouter), Claude
    // Haiku 4.5 (no price left), GPT-4.1 (new). The cut is kept as history: /changes/ lists it.
    // The overview holds the first rows (all four are among them here), /models/ every row.
    expect(under('Overview and lists (7)', '####')).toEqual([
      `- ${site}/ (its counts, 4 rows of the table, latest price changes)`,
      `- ${site}/changes/ (1 change added)`,
      `- ${site}/compare/ (its list)`,
      `- ${site}/creators/ (its list)`,
      `- ${site}/find/ (the finder's ready-made answers)`,
      `- ${site}/models/ (its counts, 4 rows of the table)`,
      `- ${site}/providers/ (its list)`,
    ]);
    // Claude Haiku 4.5 and GPT-4o mini list each other as competitors, so each one's card on the
    // other's page moves; Haiku, unpriced now, also leaves its tier's price ranking.
    expect(under('Model pages (4)', '####')).toEqual([
      `- ${site}/models/claude-haiku-4.5/ (its own data, competitor cards, FAQ, place in its tier)`,
      `- ${site}/models/gpt-4.1/ (new)`,
      `- ${site}/models/gpt-4o-mini/ (its own data, competitor cards, FAQ)`,
      `- ${site}/models/gpt-4o/ (its own data, FAQ)`,
    ]);
    expect(under('Comparison pages (1)', '####')).toEqual([
      `- ${site}/compare/claude-haiku-4.5-vs-gpt-4o-mini/ (Claude Haiku 4.5's data, GPT-4o mini's data)`,
    ]);
    expect(under('Provider pages (2)', '####')).toEqual([
      `- ${site}/providers/openai/ (its offers or facts)`,
      `- ${site}/providers/openrouter/ (its offers or facts)`,
    ]);
    expect(under('Maker pages (2)', '####')).toEqual([
      `- ${site}/creators/anthropic/ (its models)`,
      `- ${site}/creators/openai/ (its models)`,
    ]);
    expect(under('JSON API, finder data and feed (8)', '####')).toEqual([
      `- ${site}/api/v1/models.json (its content)`,
      `- ${site}/api/v1/models/claude-haiku-4.5.json (its content)`,
      `- ${site}/api/v1/models/gpt-4.1.json (new)`,
      `- ${site}/api/v1/models/gpt-4o-mini.json (its content)`,
      `- ${site}/api/v1/models/gpt-4o.json (its content)`,
      `- ${site}/api/v1/providers.json (its content)`,
      `- ${site}/changes.xml (its content)`,
      `- ${site}/find-data.json (its content)`,
    ]);
    expect(text).not.toContain('#### Pages gone');
  });

  it('compares with the working tree when no head is given, and says when nothing changes', () => {
    expect(diff('HEAD').stdout).toContain('No change to what the site shows.');
    edit('providers/openai.yaml', '      cached_input: 0.075\n', '      cached_input: 0.08\n');
    try {
      const now = diff('HEAD');
      expect(now.stdout).toContain('(HEAD → working tree)');
      expect(now.stdout).toContain(
        '- GPT-4o mini at OpenAI: cached input $0.075 → $0.08 (+6.7%) per 1M tokens',
      );
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('refuses an unknown revision with exit 2 and its usage, no stack trace', () => {
    const bad = diff('no-such-branch');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^diff: git rev-parse/);
    expect(bad.stderr).toContain('usage: npm run diff -- <base-ref>');
    expect(bad.stderr).not.toContain('    at ');
  });
});
