import { describe, expect, it } from 'vitest';
import { run } from './run.ts';

describe('npm run validate', () => {
  it('passes valid data and says what it checked', () => {
    const result = run(['scripts/validate.ts'], { ATLAS_DATA_DIR: 'test/fixtures/valid' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ 7 files valid: 2 creators, 3 models, 2 providers, 5 offers');
  });

  it('prints every problem as file:line:col: field: message and exits 1', () => {
    const result = run(['scripts/validate.ts'], { ATLAS_DATA_DIR: 'test/fixtures/broken' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      'test/fixtures/broken/providers/openai.yaml:10:14: offers[0].price.input: expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    );
    expect(lines.at(-1)).toMatch(/^✗ \d+ problems in 12 of \d+ files$/);
    // No annotations outside GitHub Actions, and never a stack trace.
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes GitHub annotations in Actions', () => {
    const result = run(['scripts/validate.ts'], {
      ATLAS_DATA_DIR: 'test/fixtures/broken',
      GITHUB_ACTIONS: 'true',
    });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toContain(
      '::error file=test/fixtures/broken/providers/openai.yaml,line=10,col=14,title=Invalid data%3A offers[0].price.input::expected a non-negative number (USD per 1M tokens), got "0.15 USD"',
    );
  });
});
