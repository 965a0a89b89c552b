/**
 * `npm run new`, the contributors' scaffold, typed at in a real terminal: a pseudo-terminal made by
 * util-linux's `script`, driven key by key, each key sent only once the question it answers is on
 * the screen; on a copy of the valid fixture catalog, where it writes what was answered and
 * nothing else, or nothing when cancelled.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { childEnv } from '../src/harness/run.ts';
import { catalogCopies, changed, hashes, TODAY } from './helpers/new-cli.ts';

const freshData = catalogCopies();

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
      // One page for the facts above: an http address is refused as typed.
      await term.waitFor('one page for every fact above');
      await term.answer('Where you read these facts', 'http://openai.com/index/gpt-4-5', KEY.enter);
      await term.waitFor('expected an https:// link, got "http://openai.com/index/gpt-4-5"');
      term.type(KEY.clearLine, 'https://openai.com/index/introducing-gpt-4-5/', KEY.enter);
      // Enter takes today, and "no": the maker's own page.
      await term.answer('Read on', KEY.enter);
      await term.answer("Is it someone else's page", KEY.enter);
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
        'sources:',
        '  - url: https://openai.com/index/introducing-gpt-4-5/',
        `    read: ${TODAY}`,
        '    fields: [released, context_window, max_output, modalities, capabilities]',
        '',
      ].join('\n'),
    );
    expect(changed(before, hashes(data))).toEqual(['models/openai/gpt-4.5.yaml']);
    expect((await loadData(data, { requireSources: true })).problems).toEqual([]);
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
