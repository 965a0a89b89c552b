/**
 * `npm run new`, the contributors' scaffold, run as a contributor runs it: with flags on a copy of
 * the valid fixture catalog (each written file loads without a problem, holds exactly the fields
 * given after its schema line, and no other file changes by a byte), refusing what the schemas
 * refuse (nothing written), and typed at in a real terminal: a pseudo-terminal made by util-linux's
 * `script`, driven key by key, each key sent only once the question it answers is on the screen.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { childEnv, run } from '../src/harness/run.ts';

const TODAY = '2026-12-02';
const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the valid fixture catalog, for one test. */
function freshData(): string {
  const data = path.join(root, `data-${++copies}`);
  cpSync('test/fixtures/valid', data, { recursive: true });
  return data;
}

/** Every file under a folder, by path relative to it, with the hash of its bytes. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(
      path.relative(dir, full),
      createHash('sha256').update(readFileSync(full)).digest('hex'),
    );
  }
  return out;
}

/** The files whose bytes differ between two hash maps (added, removed or changed). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files].filter((f) => before.get(f) !== after.get(f)).sort();
}

/** The YAML of a written file, below its schema line, as plain data. */
const fields = (text: string): unknown => parse(text, { version: '1.2', schema: 'core' });

describe('npm run new, with flags', () => {
  let data = '';
  let before = new Map<string, string>();
  const scaffold = (...args: string[]) =>
    run(['scripts/new.ts', ...args], { ATLAS_DATA_DIR: data, ATLAS_TODAY: TODAY });
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
      '--summary',
      'The smallest GPT-5, for classification and short answers.',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The calls it made itself are printed, with their reasons, for review.
    expect(result.stdout).toContain('--id gpt-5-nano (from the name)');
    expect(result.stdout).toContain('--tier lightweight ("nano" names a small tier)');
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
    });
    const { problems, data: loaded } = await loadData(data);
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
    });
    expect((await loadData(data)).problems).toEqual([]);
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

  it('names every missing required flag when it may not ask', () => {
    const result = scaffold('model', '--name', 'Claude Opus 5', '--yes');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('new: model needs --released (the release date, YYYY-MM-DD)');
    expect(result.stderr).toContain('new: model needs --context (a whole number of tokens)');
    expect(result.stderr).toContain('new: model needs --input (comma-separated: text, image');
    expect(result.stderr).toContain('new: model needs --open-weights (yes or no)');
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

// CSI sequences (colours, cursor moves, erasing), OSC sequences, and carriage returns: what is
// left is the text a person would read, in the order it was drawn.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\r/g;

const KEY = {
  down: '\x1b[B',
  up: '\x1b[A',
  enter: '\r',
  space: ' ',
  clearLine: '\x15',
  ctrlC: '\x03',
};

/**
 * A program running in a pseudo-terminal. `script -qfec` gives it a terminal of its own (its
 * stdin and stdout are a tty, so the scaffold asks); our pipe is that terminal's keyboard and
 * screen. The terminal is sized with stty first: a pty made without a terminal around it starts
 * at 0×0 columns, and the prompts would wrap after every character.
 */
class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private screen = '';
  /** How far into the screen the waits have read: each wait looks only at what came after. */
  private read = 0;
  private readonly listeners = new Set<() => void>();
  readonly exit: Promise<number | null>;

  constructor(args: string[], env: Record<string, string>) {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = `stty cols 200 rows 60 && exec ${[process.execPath, ...args].map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: childEnv({ ...env, TERM: 'xterm-256color', COLUMNS: '200', LINES: '60' }),
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.screen += chunk;
      for (const listener of this.listeners) listener();
    });
    this.exit = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** What has been drawn so far, without escape sequences. */
  text(): string {
    return this.screen.replace(ANSI, '');
  }

  /** Resolves once `needle` is drawn after everything read so far; fails after `timeout` ms. */
  waitFor(needle: string, timeout = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = this.text().indexOf(needle, this.read);
        if (at === -1) return false;
        this.read = at + needle.length;
        return true;
      };
      if (check()) return resolve();
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        if (error) reject(error);
        else resolve();
      };
      const listener = () => {
        if (check()) done();
      };
      const timer = setTimeout(
        () =>
          done(
            new Error(
              `no ${JSON.stringify(needle)} on the screen; it shows:\n${this.text().slice(this.read)}`,
            ),
          ),
        timeout,
      );
      this.listeners.add(listener);
      void this.exit.then(() => {
        if (this.listeners.has(listener) && !check())
          done(new Error(`exited before ${JSON.stringify(needle)}; it showed:\n${this.text()}`));
      });
    });
  }

  /** Types the keys, as one burst (a prompt handles each in turn). */
  type(...keys: string[]): void {
    this.child.stdin.write(keys.join(''));
  }

  /** Waits for the question to be drawn, then types the keys. */
  async answer(question: string, ...keys: string[]): Promise<void> {
    await this.waitFor(question);
    this.type(...keys);
  }

  kill(): void {
    this.child.kill();
  }
}

describe('npm run new, in a terminal', () => {
  const env = (data: string) => ({ ATLAS_DATA_DIR: data, ATLAS_TODAY: TODAY });

  it('asks for each field, refuses a wrong answer as it is typed and asks again', async () => {
    const data = freshData();
    const before = hashes(data);
    const term = new Terminal(['scripts/new.ts', 'model'], env(data));
    try {
      await term.answer('Name, as the maker writes it', 'GPT-4.5', KEY.enter);
      // Enter takes the id suggested from the name.
      await term.answer('Id (the file name)', KEY.enter);
      // The creators there are, then a typo refused with the one it was meant to be.
      await term.waitFor('creators: anthropic, openai');
      await term.answer('Creator (an id in data/creators/)', 'opnai', KEY.enter);
      await term.waitFor('no creator "opnai" in data/creators/; did you mean openai?');
      term.type(KEY.clearLine, 'openai', KEY.enter);
      await term.answer('Family', KEY.enter);
      // The select starts at the inferred tier (balanced: no tier word in the id); one down.
      await term.waitFor("Tier in the maker's line-up");
      await term.answer('suggested: no size or tier word in the id', KEY.down, KEY.enter);
      await term.answer('Released', '2026-13-01', KEY.enter);
      await term.waitFor(
        'expected a real calendar date as YYYY-MM-DD (or a month as YYYY-MM), got "2026-13-01"',
      );
      term.type(KEY.clearLine, '2025-02-27', KEY.enter);
      await term.answer('Context window', '128000', KEY.enter);
      await term.answer('Max output tokens', '16384', KEY.enter);
      await term.answer('Knowledge cutoff', KEY.enter);
      // text is first, image second: toggle both.
      await term.answer('Input modalities', KEY.space, KEY.down, KEY.space, KEY.enter);
      await term.answer('Output modalities', KEY.space, KEY.enter);
      // Each capability starts at unknown, the last of yes, no, unknown.
      await term.answer('Tool (function) calling?', KEY.up, KEY.up, KEY.enter);
      await term.answer('Structured output', KEY.enter);
      await term.answer('A reasoning', KEY.up, KEY.enter);
      await term.answer('Open weights', KEY.down, KEY.enter);
      await term.answer('Status', KEY.enter);
      await term.answer('Summary', 'A test model.', KEY.enter);
      await term.waitFor('✓ wrote data/models/openai/gpt-4.5.yaml');
      await term.waitFor('next: add an offer: npm run new -- offer --model gpt-4.5');
      expect(await term.exit).toBe(0);
    } finally {
      term.kill();
    }
    const text = readFileSync(path.join(data, 'models/openai/gpt-4.5.yaml'), 'utf8');
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../../../schema/model.json',
        'name: GPT-4.5',
        'family: gpt-4',
        'tier: lightweight',
        'released: 2025-02-27',
        'context_window: 128000',
        'max_output: 16384',
        'modalities:',
        '  input: [text, image]',
        '  output: [text]',
        'capabilities:',
        '  tool_calling: true',
        '  reasoning: false',
        'open_weights: false',
        'status: active',
        'summary: A test model.',
        '',
      ].join('\n'),
    );
    expect(changed(before, hashes(data))).toEqual(['models/openai/gpt-4.5.yaml']);
    expect((await loadData(data)).problems).toEqual([]);
  });

  it('asks which record to add, and asks again for a flag it refused, starting from it', async () => {
    const data = freshData();
    const before = hashes(data);
    const term = new Terminal(['scripts/new.ts', '--country', 'France'], env(data));
    try {
      // model, offer, provider, creator: the fourth.
      await term.answer('What do you want to add?', KEY.down, KEY.down, KEY.down, KEY.enter);
      await term.answer('Name, as the organisation writes it', 'Mistral AI', KEY.enter);
      await term.answer('Id (the file name)', KEY.enter);
      await term.answer('Home page', 'http://mistral.ai', KEY.enter);
      await term.waitFor('expected an https:// link, got "http://mistral.ai"');
      term.type(KEY.clearLine, 'https://mistral.ai', KEY.enter);
      // The refused flag is said, and its value is there to be corrected.
      await term.waitFor('--country: expected a two-letter country code');
      await term.waitFor('Country of the headquarters');
      await term.answer('France', KEY.clearLine, 'fr', KEY.enter);
      await term.answer('Summary', KEY.enter);
      await term.waitFor('✓ wrote data/creators/mistral-ai.yaml');
      expect(await term.exit).toBe(0);
    } finally {
      term.kill();
    }
    expect(readFileSync(path.join(data, 'creators/mistral-ai.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=../../schema/creator.json',
        'name: Mistral AI',
        'url: https://mistral.ai',
        'country: FR',
        '',
      ].join('\n'),
    );
    expect(changed(before, hashes(data))).toEqual(['creators/mistral-ai.yaml']);
    expect((await loadData(data)).problems).toEqual([]);
  });

  it('asks only for what the flags did not give, and writes nothing when cancelled', async () => {
    const data = freshData();
    const before = hashes(data);
    const term = new Terminal(
      ['scripts/new.ts', 'offer', '--provider', 'openai', '--model', 'claude-haiku-4.5'],
      env(data),
    );
    try {
      // Provider and model came as flags: the first question is the provider's model id.
      await term.answer("Its id in the provider's API", KEY.enter);
      await term.answer('Input price', '0.15 USD', KEY.enter);
      await term.waitFor('expected a non-negative number (USD per 1M tokens), got "0.15 USD"');
      term.type(KEY.ctrlC);
      await term.waitFor('cancelled: nothing was written');
      expect(await term.exit).toBe(1);
    } finally {
      term.kill();
    }
    expect(term.text()).not.toContain('Provider (an id');
    expect(changed(before, hashes(data))).toEqual([]);
  });
});
